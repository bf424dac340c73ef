/// A fixed array of bits that also answers "how many bits are set before position `i`" in
/// constant time: a count is kept for every 64 bits, so a rank is one count plus one popcount.
///
/// Compact stores use it to keep a value only for the positions that need one (a token's key
/// for the tokens that are not ASCII marks, a scalar's original for the scalars that folding
/// changed) and find that value by rank, instead of a slot for every position (issue 13: memory).
public struct RankedBits: Sendable {
    @usableFromInline var words: [UInt64] = []
    /// The set bits before each word of `words`.
    @usableFromInline var counts: [UInt32] = []
    /// The number of bits.
    public private(set) var count = 0
    /// The number of set bits.
    public private(set) var setCount = 0

    /// An empty array of bits.
    public init() {}

    /// `count` bits, those at `positions` (ascending) set.
    public init(count: Int, set positions: [Int]) {
        let n = (count + 63) / 64
        words = [UInt64](repeating: 0, count: n)
        for p in positions { words[p >> 6] |= 1 << UInt64(p & 63) }
        counts = [UInt32](repeating: 0, count: n)
        var total = 0
        for w in 0..<n {
            counts[w] = UInt32(truncatingIfNeeded: total)
            total += words[w].nonzeroBitCount
        }
        self.count = count
        setCount = total
    }

    /// Reserves room for `n` bits in all.
    package mutating func reserveCapacity(_ n: Int) {
        words.reserveCapacity((n + 63) / 64)
        counts.reserveCapacity((n + 63) / 64)
    }

    /// Appends one bit.
    package mutating func append(_ bit: Bool) {
        if count & 63 == 0 {
            words.append(0)
            counts.append(UInt32(truncatingIfNeeded: setCount))
        }
        if bit {
            words[words.count - 1] |= 1 &<< UInt64(count & 63)
            setCount += 1
        }
        count += 1
    }

    /// The same bits in storage of their exact size.
    package func compacted() -> RankedBits {
        var out = self
        out.words = words.withExactCapacity()
        out.counts = counts.withExactCapacity()
        return out
    }

    /// True when bit `i` is set.
    @inlinable @inline(__always)
    public func contains(_ i: Int) -> Bool {
        words[i &>> 6] & (1 &<< UInt64(i & 63)) != 0
    }

    /// The number of set bits before position `i` (`0 <= i < count`).
    @inlinable @inline(__always)
    public func rank(_ i: Int) -> Int {
        let w = i &>> 6
        let below = words[w] & ((1 &<< UInt64(i & 63)) &- 1)
        return Int(counts[w]) &+ below.nonzeroBitCount
    }

    /// The number of set bits in positions `range` (clamped to the bits).
    public func count(in range: Range<Int>) -> Int {
        let a = max(0, range.lowerBound)
        let b = min(count, range.upperBound)
        guard a < b else { return 0 }
        return (b == count ? setCount : rank(b)) - rank(a)
    }

    /// The number of set bits before position `i`, for any `i` from 0 to ``count`` (``rank(_:)``
    /// takes positions below the count only).
    @inlinable @inline(__always)
    public func rank(upTo i: Int) -> Int {
        i >= count ? setCount : rank(i)
    }

    /// The position of the set bit with `k` set bits before it (`0 <= k < setCount`): a binary
    /// search of the per-word counts, then a walk through one word.
    public func select(_ k: Int) -> Int {
        precondition(k >= 0 && k < setCount, "set bit \(k) of \(setCount)")
        // The first word with more than `k` set bits before it; the bit is in the word before.
        var lo = 0
        var hi = counts.count
        while lo < hi {
            let mid = (lo &+ hi) &>> 1
            if Int(counts[mid]) > k { hi = mid } else { lo = mid &+ 1 }
        }
        let w = lo - 1
        var word = words[w]
        var skip = k - Int(counts[w])
        while skip > 0 {
            word &= word &- 1
            skip -= 1
        }
        return w &<< 6 | word.trailingZeroBitCount
    }

    /// The first set bit at or after position `i`, or ``count`` when there is none: a walk
    /// through the words, for reading the set bits in order.
    @inlinable
    public func nextSet(atOrAfter i: Int) -> Int {
        guard i < count else { return count }
        var w = i &>> 6
        var word = words[w] & ~((1 &<< UInt64(i & 63)) &- 1)
        while word == 0 {
            w &+= 1
            guard w < words.count else { return count }
            word = words[w]
        }
        return w &<< 6 | word.trailingZeroBitCount
    }
}
