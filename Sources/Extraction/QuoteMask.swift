/// For every scalar of a paragraph, whether it lies inside quote marks: one bit a scalar.
///
/// A paragraph of 10 MB held 10 MB of flags as an array of `Bool` (issue 13: memory).
struct QuoteMask {
    private var words: [UInt64]
    /// The number of scalars.
    let count: Int

    /// `count` scalars, none inside quote marks.
    init(count: Int) {
        self.count = count
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    /// True when scalar `k` (`0 <= k < count`) lies inside quote marks.
    @inline(__always)
    subscript(k: Int) -> Bool { words[k &>> 6] & (1 &<< UInt64(k & 63)) != 0 }

    /// Marks the scalars of `range` that lie within the paragraph as inside quote marks.
    mutating func mark(_ range: Range<Int>) {
        var k = max(0, range.lowerBound)
        let end = min(count, range.upperBound)
        while k < end {
            // Whole words at once where the range covers them.
            if k & 63 == 0, end - k >= 64 {
                words[k &>> 6] = ~0
                k += 64
                continue
            }
            words[k &>> 6] |= 1 &<< UInt64(k & 63)
            k += 1
        }
    }
}
