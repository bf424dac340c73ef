import HearsayModel
import HearsayText

/// Sentence boundaries and quoted stretches of a paragraph, as the claim finder needs them.
///
/// The claim finder splits paragraphs itself rather than trusting a plain ". " split: a claim
/// runs across abbreviations and initials ("Gen. Mark A. Milley", "the U.S. military") and
/// must split where pasted text glued two sentences ("said.The").
enum ClaimSentences {
    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations = WordSet(words: Lexicons.claimAbbreviations)

    /// The sentences of `span` in the folded text `s`.
    static func split(_ s: [Unicode.Scalar], in span: TextSpan) -> [TextSpan] {
        var out: [TextSpan] = []
        var a = span.start
        var i = span.start
        while i < span.end {
            let c = s[i]
            guard c == "." || c == "!" || c == "?" else {
                i += 1
                continue
            }
            var j = i + 1
            while j < span.end, isCloser(s[j]) { j += 1 }
            var k = j
            while k < span.end, s[k] == " " { k += 1 }
            guard k < span.end else { break }
            let glued = k == j  // "said.The" or "resistance.”The"
            let nextStarts = ClaimTokenRules.isUpper(s[k]) || isOpener(s[k]) || ClaimTokenRules.isDigit(s[k])
            var boundary = nextStarts
            if glued {
                // Only a lower-case word of two letters or more glued to a capital splits: not "U.S.A", not "2.5".
                boundary =
                    ClaimTokenRules.isUpper(s[k]) && i >= 2 && isLowerLetter(s[i - 1]) && isLowerLetter(s[i - 2])
                    || (j > i + 1 && ClaimTokenRules.isUpper(s[k]))
            }
            if boundary, c == ".", j == i + 1, isAbbreviation(s, before: i, from: a) { boundary = false }
            if boundary {
                out.append(TextSpan(start: a, end: j))
                a = k
                i = k
                continue
            }
            i = j
        }
        if a < span.end { out.append(TextSpan(start: a, end: span.end)) }
        return out.compactMap { trimmed($0, s) }
    }

    static func trimmed(_ span: TextSpan, _ s: [Unicode.Scalar]) -> TextSpan? {
        var a = span.start
        var b = span.end
        while a < b, s[a] == " " || s[a] == "\n" || s[a] == "\r" { a += 1 }
        while b > a, s[b - 1] == " " || s[b - 1] == "\n" || s[b - 1] == "\r" { b -= 1 }
        return b > a ? TextSpan(start: a, end: b) : nil
    }

    private static func isLowerLetter(_ c: Unicode.Scalar) -> Bool { c.value >= 97 && c.value <= 122 }

    /// True when the word ending at `i` (a full stop) is an initial or a known abbreviation.
    private static func isAbbreviation(_ s: [Unicode.Scalar], before i: Int, from start: Int) -> Bool {
        var b = i
        while b > start,
            ClaimTokenRules.isWordScalar(s[b - 1])
                || (s[b - 1] == "." && b - 2 >= start && ClaimTokenRules.isWordScalar(s[b - 2]))
        {
            b -= 1
        }
        guard b < i else { return false }
        if i - b == 1, ClaimTokenRules.isUpper(s[b]) { return true }  // "Mark A. Milley"
        return abbreviations.contains(WordKey.lowering(s, b..<i))
    }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201D}" || c == "'" || c == ")" || c == "]" || c == "\u{00BB}"
    }

    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "(" || c == "[" || c == "\u{00AB}" || c == "\u{201E}"
    }

    /// For every scalar of `span`, whether it lies inside quote marks (the marks included).
    ///
    /// Curly and angle marks open and close; a straight double quote toggles. A quote left open
    /// runs to the end of the paragraph, as a quote continued in the next paragraph does.
    static func quoteMask(_ s: [Unicode.Scalar], in span: TextSpan) -> [Bool] {
        var mask = [Bool](repeating: false, count: span.length)
        var open = false
        var i = span.start
        while i < span.end {
            defer { i += 1 }
            var c = s[i]
            // Most scalars are no quote mark: they only take the state.
            let v = c.value
            if v != 0x22 && v != 0x27 && v != 0xAB && v != 0xBB && (v < 0x201C || v > 0x201E) {
                if open { mask[i - span.start] = true }
                continue
            }
            let markStart = i
            // Two apostrophes stand for a double quote in some feeds (''like this'').
            if c == "'", i + 1 < span.end, s[i + 1] == "'" {
                mask[i - span.start] = true
                i += 1
                c = "\""
            }
            switch c {
            case "\u{201C}", "\u{00AB}", "\u{201E}":
                open = true
                mask[i - span.start] = true
            case "\u{201D}", "\u{00BB}":
                mask[i - span.start] = true
                if !open { for k in span.start..<i { mask[k - span.start] = true } }
                open = false
            case "\"":
                // A straight mark opens after a space or at the start, and closes after a word or
                // punctuation; a closing mark with nothing open ends a quote begun in an earlier paragraph.
                mask[i - span.start] = true
                let prev: Unicode.Scalar = markStart > span.start ? s[markStart - 1] : " "
                let opening = prev == " " || prev == "(" || prev == "[" || prev == "-" || prev == "\u{2014}"
                if opening {
                    open = true
                } else if open {
                    open = false
                } else {
                    for k in span.start..<i { mask[k - span.start] = true }
                }
            default:
                mask[i - span.start] = open
            }
        }
        return mask
    }
}
