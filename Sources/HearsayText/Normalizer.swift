import HearsayModel

/// Folds look-alike characters to plain ones without changing the number of scalars,
/// so offsets found on the folded text hold in the original.
public enum Normalizer {
    /// Returns `scalars` with every kind of space made a plain space, curly single quotes made
    /// apostrophes, and dashes made hyphens; quote marks and everything else are kept.
    public static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = scalars
        for i in out.indices { out[i] = foldOne(out[i]) }
        return out
    }

    /// The folded form of one scalar (see ``fold(_:)``).
    @inlinable @inline(__always)
    package static func foldOne(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return v == 0x09 ? " " : c }
        switch v {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0x2010, 0x2011: return "-"
        default: return c
        }
    }

    /// True for a letter or a decimal digit (ASCII fast path, Unicode properties otherwise).
    @inlinable @inline(__always)
    public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if v == 0x00A0 || (v >= 0x2000 && v <= 0x206F) { return false }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// True for an upper-case letter.
    @inlinable @inline(__always)
    public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isUpper(c)
    }

    /// True for a lower-case letter.
    @inlinable @inline(__always)
    public static func isLower(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isLower(c)
    }

    /// True for an ASCII digit.
    @inlinable @inline(__always)
    public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// True for a space, tab or line break (after folding, all spaces are U+0020).
    @inlinable @inline(__always)
    public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 || v == 0xA0 || (v >= 0x2000 && v <= 0x200B)
            || v == 0x202F || v == 0x3000
    }

    /// The lower-case form of one scalar (its first scalar, for the rare multi-scalar mappings).
    @inlinable @inline(__always)
    public static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(UInt8(v + 32)) : c }
        if !ScalarClass.isUpper(c) { return c }
        return c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }

    /// A 64-bit FNV-1a key of the lower-cased scalars, the form lexicons are looked up by.
    @inlinable @inline(__always)
    public static func key<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in scalars {
            var v = lower(c).value
            if v == 0x2019 || v == 0x2018 { v = 0x27 }
            h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The lexicon key of a plain string (same as ``key(_:)`` over its scalars).
    public static func key(_ word: String) -> UInt64 { key(word.unicodeScalars) }
}
