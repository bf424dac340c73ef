/// A set of row ids held as one bit each: testing a row against it costs a shift and a mask,
/// where testing the row in SQL costs reading it.
struct RowIDSet {
    fileprivate(set) var words: [UInt64]
    /// How many ids the set holds.
    fileprivate(set) var count = 0

    /// An empty set sized for ids up to `largest` (it grows past it when needed).
    init(largest: Int64) {
        words = Array(repeating: 0, count: Int(max(0, largest) >> 6) + 1)
    }

    /// Adds `id`, which must not be negative.
    mutating func insert(_ id: Int64) {
        precondition(id >= 0, "row ids in a RowIDSet are not negative")
        let word = Int(id >> 6)
        if word >= words.count { words += repeatElement(0, count: word - words.count + 1) }
        let bit: UInt64 = 1 << UInt64(id & 63)
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    /// True when `id` is in the set.
    func contains(_ id: Int64) -> Bool {
        guard id >= 0 else { return false }
        let word = Int(id >> 6)
        return word < words.count && words[word] & (1 << UInt64(id & 63)) != 0
    }

    /// The `limit` smallest ids, ascending.
    func smallest(_ limit: Int) -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(min(limit, count))
        for (index, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                if ids.count >= limit { return ids }
                ids.append(Int64(index << 6 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return ids
    }
}

extension RowIDSet {
    /// The ids in both sets.
    func intersection(_ other: RowIDSet) -> RowIDSet {
        var both = RowIDSet(largest: 0)
        both.words = zip(words, other.words).map { $0 & $1 }
        both.count = both.words.reduce(0) { $0 + $1.nonzeroBitCount }
        return both
    }

    /// The ids in this set and not in `other`.
    func subtracting(_ other: RowIDSet) -> RowIDSet {
        var rest = self
        for index in rest.words.indices where index < other.words.count { rest.words[index] &= ~other.words[index] }
        rest.count = rest.words.reduce(0) { $0 + $1.nonzeroBitCount }
        return rest
    }

    /// The set's ids as ascending, disjoint ranges from a smallest to a largest id: ids closer
    /// than `gap` to the range before them join it, so every id outside the ranges lies in a run
    /// of at least `gap` ids the set does not hold. Empty for an empty set.
    func ranges(joiningGapsBelow gap: Int64) -> [ClosedRange<Int64>] {
        var ranges: [ClosedRange<Int64>] = []
        var low: Int64 = -1
        var high: Int64 = -1
        for (index, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                let id = Int64(index << 6 + bits.trailingZeroBitCount)
                bits &= bits - 1
                if low >= 0 && id - high < gap {
                    high = id
                    continue
                }
                if low >= 0 { ranges.append(low...high) }
                low = id
                high = id
            }
        }
        if low >= 0 { ranges.append(low...high) }
        return ranges
    }
}
