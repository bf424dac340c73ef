/// A word of an article as the claim stages read it: where it lies and its lower-cased form.
struct ClaimWord: Sendable, Hashable {
    /// Where the word lies in the text (scalar offsets).
    var span: TextSpan
    /// The word lower-cased, with curly apostrophes already folded to `'`.
    var lower: String
    /// True when the first scalar is an upper-case letter.
    var capitalised: Bool
    /// True when every scalar is an ASCII digit, comma or full stop between digits ("150,000", "2.5").
    var numeric: Bool
    /// True when the word has two letters or more, all capitals ("NATO", "ANGELES").
    var allCapitals = false
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
        while i < end {
            guard isWordScalar(scalars[i]) else {
                i += 1
                continue
            }
            let start = i
            var allDigits = true
            while i < end {
                let c = scalars[i]
                if isWordScalar(c) {
                    if !isDigit(c) { allDigits = false }
                    i += 1
                    continue
                }
                // Keep joiners that sit between two word scalars.
                if i + 1 < end, isWordScalar(scalars[i + 1]), i > start {
                    if c == "'" || c == "-" {
                        allDigits = false
                        i += 1
                        continue
                    }
                    // "U.S", "U.N": single letters joined by full stops stay one word.
                    if c == ".", isUpper(scalars[i - 1]), isUpper(scalars[i + 1]),
                        i - 1 == start || scalars[i - 2] == ".",
                        i + 2 >= end || !isWordScalar(scalars[i + 2])
                    {
                        i += 1
                        continue
                    }
                    if c == "," || c == ".", isDigit(scalars[i - 1]), isDigit(scalars[i + 1]) {
                        // "150,000" and "2.5" but not "2019, 2020": a thousands comma is followed by 3 digits.
                        if c == "." || digitsRun(scalars, from: i + 1, end: end) == 3 {
                            i += 1
                            continue
                        }
                    }
                }
                break
            }
            // ASCII words (nearly all) are lower-cased byte by byte.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(i - start)
            var capitals = 0
            var letters = 0
            for k in start..<i {
                let c = scalars[k]
                if isWordScalar(c), !isDigit(c) {
                    letters += 1
                    if isUpper(c) { capitals += 1 }
                }
                bytes.append(contentsOf: lowercased(c).utf8)
            }
            out.append(
                ClaimWord(
                    span: TextSpan(start: start, end: i), lower: String(decoding: bytes, as: UTF8.self),
                    capitalised: isUpper(scalars[start]), numeric: allDigits,
                    allCapitals: letters >= 2 && capitals == letters))
        }
        return out
    }

    static func digitsRun(_ s: [Unicode.Scalar], from: Int, end: Int) -> Int {
        var n = 0
        var k = from
        while k < end, isDigit(s[k]) {
            n += 1
            k += 1
        }
        return n
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
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
    /// The original text of `span`, built from UTF-8 bytes: the claim stages call this for every
    /// claim, figure and date, and it is several times faster than appending scalars one by one.
    func claimText(_ span: TextSpan) -> String {
        let a = max(0, span.start)
        let b = min(count, span.end)
        guard a < b else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(b - a)
        for k in a..<b {
            let v = scalars[k].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else {
                bytes.append(contentsOf: scalars[k].utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
