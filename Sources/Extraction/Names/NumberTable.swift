import HearsayText

/// A hash set of numbers into an array its owner keeps (a name's number in the list of
/// distinct names), found by a hash and a test of the owner's: 4 bytes a slot where a
/// `Dictionary` keyed by the name's parts held a key and a value and, for an array key, a
/// buffer of its own (issue 13: memory, 550,000 distinct names in one article).
///
/// Open addressing with linear probing (``LinearProbe``), at most three quarters full. The owner
/// computes each number's hash, tests a candidate against what it looks for, and grows the table with
/// ``grown(hashOf:)`` before ``insert(_:hash:)`` when ``isFull`` says so.
struct NumberTable: Sendable {
    /// Each slot's number plus one; zero for an empty slot.
    private var slots: [UInt32] = Array(repeating: 0, count: 16)
    /// How many numbers the table holds.
    private(set) var count = 0

    /// True when one more number would make the table more than three quarters full.
    var isFull: Bool { (count + 1) * 4 > slots.count * 3 }

    /// The number whose hash is `hash` and for which `matches` is true, if the table holds one.
    @inline(__always)
    func find(hash: UInt64, where matches: (Int) -> Bool) -> Int? {
        let i = LinearProbe.slot(from: Int(truncatingIfNeeded: hash), mask: slots.count - 1) {
            slots[$0] == 0 || matches(Int(slots[$0] - 1))
        }
        return slots[i] == 0 ? nil : Int(slots[i] - 1)
    }

    /// Adds number `n`, whose hash is `hash`; the table must not be full (see ``isFull``).
    mutating func insert(_ n: Int, hash: UInt64) {
        precondition(!isFull && n >= 0 && n < Int(UInt32.max), "NumberTable: no room for \(n)")
        let i = LinearProbe.slot(from: Int(truncatingIfNeeded: hash), mask: slots.count - 1) { slots[$0] == 0 }
        slots[i] = UInt32(n + 1)
        count += 1
    }

    /// The same numbers in a table twice the size, each placed by `hashOf`.
    func grown(hashOf: (Int) -> UInt64) -> NumberTable {
        var t = NumberTable()
        t.slots = Array(repeating: 0, count: slots.count * 2)
        for s in slots where s != 0 {
            t.insert(Int(s - 1), hash: hashOf(Int(s - 1)))
        }
        return t
    }

    /// A well-spread hash of a sequence of keys (a name's part keys, or one of them).
    static func hash<S: Sequence>(_ keys: S) -> UInt64 where S.Element == UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for k in keys { h = LinearProbe.mix(h ^ k) }
        return h
    }
}
