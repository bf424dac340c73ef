/// A word of an article as the claim stages read it: where it lies and its lower-cased form.
struct ClaimWord: Sendable, Hashable {
    /// Where the word lies in the text (scalar offsets).
    var span: TextSpan
    /// The word lower-cased (curly apostrophes already folded to `'`), as a key: compare it with
    /// a literal (`w.lower == "said"`) or look it up in a ``WordSet``.
    var lower: WordKey
    /// True when the first scalar is an upper-case letter.
    var capitalised: Bool
    /// True when every scalar is an ASCII digit, comma or full stop between digits ("150,000", "2.5").
    var numeric: Bool
    /// True when the word has two letters or more, all capitals ("NATO", "ANGELES").
    var allCapitals = false
    /// True when every scalar of the word is ASCII, so scalar tests equal `String` tests.
    var ascii = true
    /// The joiners inside the word, as ``Joiners`` bits.
    var joiners: UInt8 = 0
}

/// The marks that can join the parts of a word ("al-Asad", "U.S", "150,000", "it's").
enum Joiners {
    static let hyphen: UInt8 = 1
    static let dot: UInt8 = 2
    static let comma: UInt8 = 4
    static let apostrophe: UInt8 = 8

    /// The bit of the mark `c`, 0 for any other scalar.
    @inline(__always) static func bit(_ c: Unicode.Scalar) -> UInt8 {
        switch c {
        case "-": return hyphen
        case ".": return dot
        case ",": return comma
        case "'": return apostrophe
        default: return 0
        }
    }
}

extension ClaimWord {
    /// The lower-cased word as a `String` (built on demand: most words never need it).
    func text(_ s: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for k in span.start..<span.end { out.append(ClaimTokenizer.lowercased(s[k])) }
        return String(out)
    }

    /// True when the lower-cased word ends with `suffix` (an ASCII literal), as `String.hasSuffix` says.
    @inline(__always) func hasSuffix(_ suffix: StaticString, _ s: [Unicode.Scalar]) -> Bool {
        guard ascii else { return text(s).hasSuffix("\(suffix)") }
        let n = suffix.utf8CodeUnitCount
        guard n <= span.length else { return false }
        let p = suffix.utf8Start
        let base = span.end - n
        for k in 0..<n where ClaimTokenizer.lowercased(s[base + k]).value != UInt32(p[k]) { return false }
        return true
    }

    /// True when the lower-cased word starts with `prefix` (an ASCII literal), as `String.hasPrefix` says.
    @inline(__always) func hasPrefix(_ prefix: StaticString, _ s: [Unicode.Scalar]) -> Bool {
        guard ascii else { return text(s).hasPrefix("\(prefix)") }
        let n = prefix.utf8CodeUnitCount
        guard n <= span.length else { return false }
        let p = prefix.utf8Start
        for k in 0..<n where ClaimTokenizer.lowercased(s[span.start + k]).value != UInt32(p[k]) { return false }
        return true
    }

    /// True when the word holds the ASCII mark `c` ("-", ".", ","), as `String.contains` says.
    @inline(__always) func contains(_ c: Unicode.Scalar, _ s: [Unicode.Scalar]) -> Bool {
        guard ascii else { return text(s).contains(Character(c)) }
        let bit = Joiners.bit(c)
        if bit != 0 { return joiners & bit != 0 }
        for k in span.start..<span.end where s[k] == c { return true }
        return false
    }

    /// The number of characters of the word, as `String.count` says.
    @inline(__always) func characterCount(_ s: [Unicode.Scalar]) -> Int { ascii ? span.length : text(s).count }

    /// The integer the word spells when it is all ASCII digits and short enough, else nil.
    func digitsValue(_ s: [Unicode.Scalar]) -> Int? {
        guard span.length > 0, span.length <= 18 else { return nil }
        var v = 0
        for k in span.start..<span.end {
            let d = s[k].value
            guard d >= 48, d <= 57 else { return nil }
            v = v * 10 + Int(d - 48)
        }
        return v
    }
}

/// Splits folded text into words for the claim stages (claims, figures, dates, hedges).
///
/// A word is a run of letters and digits, with inner apostrophes, hyphens, and commas or full
/// stops between digits kept inside it ("it's", "al-Asad", "150,000"). An abbreviation's final
/// full stop ("Jan.", "Gen.") is not part of the word; callers look at the scalar after it.
enum ClaimTokenizer {
    /// The words of `span` in `scalars` (which should be the folded text).
    static func words(_ scalars: [Unicode.Scalar], in span: TextSpan) -> [ClaimWord] {
        var out: [ClaimWord] = []
        var i = max(0, span.start)
        let end = min(scalars.count, span.end)
        guard i < end else { return out }
        out.reserveCapacity((end - i) / 5 + 1)
        // One pass per word finds its end and computes its key, capitals and flags.
        scalars.withUnsafeBufferPointer { s in
            while i < end {
                guard isWordScalar(s[i]) else {
                    i += 1
                    continue
                }
                let start = i
                var allDigits = true
                var joiners: UInt8 = 0
                var h = WordKey.seed
                var capitals = 0
                var letters = 0
                var ascii = true
                while i < end {
                    let c = s[i]
                    let v = c.value
                    if v < 128 {
                        if v >= 97 && v <= 122 {
                            letters += 1
                            allDigits = false
                            h = (h ^ UInt64(v)) &* WordKey.prime
                            i += 1
                            continue
                        }
                        if v >= 65 && v <= 90 {
                            letters += 1
                            capitals += 1
                            allDigits = false
                            h = (h ^ UInt64(v + 32)) &* WordKey.prime
                            i += 1
                            continue
                        }
                        if v >= 48 && v <= 57 {
                            h = (h ^ UInt64(v)) &* WordKey.prime
                            i += 1
                            continue
                        }
                    } else if isWordScalar(c) {
                        ascii = false
                        allDigits = false
                        letters += 1
                        if isUpper(c) { capitals += 1 }
                        h = (h ^ UInt64(lowercased(c).value)) &* WordKey.prime
                        i += 1
                        continue
                    }
                    // Keep joiners that sit between two word scalars.
                    guard i + 1 < end, isWordScalar(s[i + 1]), i > start else { break }
                    var joins = false
                    if c == "'" || c == "-" {
                        allDigits = false
                        joins = true
                    } else if c == ".", isUpper(s[i - 1]), isUpper(s[i + 1]),
                        i - 1 == start || s[i - 2] == ".",
                        i + 2 >= end || !isWordScalar(s[i + 2])
                    {
                        // "U.S", "U.N": single letters joined by full stops stay one word.
                        joins = true
                    } else if c == "," || c == ".", isDigit(s[i - 1]), isDigit(s[i + 1]) {
                        // "150,000" and "2.5" but not "2019, 2020": a thousands comma is followed by 3 digits.
                        var n = 0
                        if c == "," {
                            var k = i + 1
                            while k < end, isDigit(s[k]) {
                                n += 1
                                k += 1
                            }
                        }
                        joins = c == "." || n == 3
                    }
                    guard joins else { break }
                    joiners |= Joiners.bit(c)
                    h = (h ^ UInt64(v)) &* WordKey.prime
                    i += 1
                }
                out.append(
                    ClaimWord(
                        span: TextSpan(start: start, end: i), lower: WordKey(value: h),
                        capitalised: isUpper(s[start]), numeric: allDigits,
                        allCapitals: letters >= 2 && capitals == letters, ascii: ascii, joiners: joiners))
            }
        }
        return out
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        // General punctuation (dashes, curly quotes, spaces) holds no letter: skip the property table.
        if v >= 0x2000 && v <= 0x206F { return false }
        return c.properties.isAlphabetic
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    static func lowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 65 && v <= 90 { return Unicode.Scalar(v + 32) ?? c }
        if v < 128 { return c }
        let m = c.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? (m.first ?? c) : c
    }
}

extension Document {
    /// The original text of `span` (``text(_:)``, which encodes straight into the string's buffer).
    func claimText(_ span: TextSpan) -> String { text(span) }
}
