/// Values kept by row id: in an array indexed by the id for ids from 0 below a limit (row ids
/// are handed out in order from 1, so they are dense), in a dictionary for any other id.
///
/// An export looks up the entity of every row it writes; hashing the id for a dictionary was
/// a few percent of an export of real articles (issue 14).
struct IDTable<Value> {
    private var dense: [Value?] = []
    private var other: [Int64: Value] = [:]
    private let denseLimit: Int64
    /// Values held.
    private(set) var count = 0

    /// An empty table keeping ids below `denseLimit` in the array (which grows only as far as the
    /// largest id stored).
    init(denseLimit: Int64 = 1 << 18) {
        self.denseLimit = max(0, denseLimit)
    }

    /// The value stored for `id`, nil when there is none.
    subscript(id: Int64) -> Value? {
        @inline(__always) get {
            if id >= 0 && id < denseLimit {
                let index = Int(id)
                return index < dense.count ? dense[index] : nil
            }
            return other[id]
        }
    }

    /// Stores `value` for `id`, replacing any value it had.
    mutating func set(_ value: Value, for id: Int64) {
        if id >= 0 && id < denseLimit {
            let index = Int(id)
            if index >= dense.count {
                let grown = min(Int(denseLimit), max(index + 1, dense.count * 2, 64))
                dense.append(contentsOf: repeatElement(nil, count: grown - dense.count))
            }
            if dense[index] == nil { count += 1 }
            dense[index] = value
        } else {
            if other.updateValue(value, forKey: id) == nil { count += 1 }
        }
    }

    /// Forgets every value, keeping the array's storage.
    mutating func removeAll() {
        for index in dense.indices { dense[index] = nil }
        other.removeAll(keepingCapacity: true)
        count = 0
    }
}
