import HearsayModel

/// Letter, case and digit tests on one scalar that agree exactly with Unicode's properties but
/// answer ASCII (and the punctuation block news text is full of: dashes, curly quotes) with plain
/// comparisons. `Unicode.Scalar.Properties` goes through a table lookup in the runtime that cost
/// a tenth of the extraction time when called on every scalar (issue 6).
public enum ScalarClass {
    /// True for the General Punctuation block (U+2000–U+206F: spaces, dashes, quote marks,
    /// ellipsis), which holds no letters, upper-case or lower-case scalars.
    @inlinable @inline(__always)
    public static func isGeneralPunctuation(_ v: UInt32) -> Bool { v >= 0x2000 && v <= 0x206F }

    /// `c.properties.isAlphabetic`.
    @inlinable @inline(__always)
    public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if isGeneralPunctuation(v) { return false }
        return c.properties.isAlphabetic
    }

    /// `c.properties.isUppercase`.
    @inlinable @inline(__always)
    public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 }
        if isGeneralPunctuation(v) { return false }
        return c.properties.isUppercase
    }

    /// `c.properties.isLowercase`.
    @inlinable @inline(__always)
    public static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x61 < 26 }
        if isGeneralPunctuation(v) { return false }
        return c.properties.isLowercase
    }

    /// True for an ASCII digit 0–9.
    @inlinable @inline(__always)
    public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value &- 0x30 < 10 }

    /// A letter (`isAlphabetic`) or an ASCII digit: the word scalars of ``NameRuns``.
    @inlinable @inline(__always)
    public static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 }
        if isGeneralPunctuation(v) { return false }
        return c.properties.isAlphabetic
    }
}
