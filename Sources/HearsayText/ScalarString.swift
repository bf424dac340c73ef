import HearsayModel

/// Strings made from a run of scalars, encoded straight into the string's storage: appending
/// scalar by scalar to a `String.UnicodeScalarView` was a sixth of the extraction time (issue 6).
package enum ScalarString {
    /// The scalars `range` of `s` as a string.
    package static func make(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        // Read straight from the buffer, with no closure per scalar: most strings an article
        // gives (quotes, claims, names) are made here.
        return s.withUnsafeBufferPointer { source in
            let part = UnsafeBufferPointer(rebasing: source[range])
            var size = 0
            for c in part { size += utf8Count(c.value) }
            return String(unsafeUninitializedCapacity: size) { out in
                var n = 0
                for c in part { put(c.value, into: out, at: &n) }
                return n
            }
        }
    }

    /// The scalars `range` of `s` as a string, each passed through `map` (nil leaves it out).
    @inlinable @inline(__always)
    package static func make(
        _ s: [Unicode.Scalar], _ range: Range<Int>, map: (Unicode.Scalar) -> Unicode.Scalar?
    ) -> String {
        guard !range.isEmpty else { return "" }
        return s.withUnsafeBufferPointer { source in make(range) { map(source[$0]) } }
    }

    /// The string of `scalar(k)` for each `k` of `range` in order (nil leaves it out), read twice:
    /// once to size the string, once to fill it.
    @inlinable @inline(__always)
    package static func make(_ range: Range<Int>, scalar: (Int) -> Unicode.Scalar?) -> String {
        // The exact size first: a string keeps the capacity it was made with, and four bytes a
        // scalar held four times the text of every quote and claim of an English article until
        // the import stored it (issue 13: memory).
        var size = 0
        for k in range {
            guard let c = scalar(k) else { continue }
            size += utf8Count(c.value)
        }
        guard size > 0 else { return "" }
        return String(unsafeUninitializedCapacity: size) { out in
            var n = 0
            for k in range {
                guard let c = scalar(k) else { continue }
                put(c.value, into: out, at: &n)
            }
            return n
        }
    }

    /// The number of UTF-8 bytes of the scalar of value `v`.
    @inlinable @inline(__always)
    static func utf8Count(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
    }

    /// Writes the UTF-8 bytes of the scalar of value `v` into `out` at `n`, moving `n` past them.
    @inlinable @inline(__always)
    static func put(_ v: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        if v < 0x80 {
            out[n] = UInt8(truncatingIfNeeded: v)
            n += 1
        } else if v < 0x800 {
            out[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            n += 2
        } else if v < 0x1_0000 {
            out[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            n += 3
        } else {
            out[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            n += 4
        }
    }
}
