import HearsayModel
import HearsayText

/// The quoted stretches of a paragraph, as the claim finder needs them.
///
/// Sentences come from the segmenter (``Paragraph/sentences``) and quote marks from the shared
/// tokenizer's punctuation tokens, so quotes and claims read one sentence and one quote mark
/// the same way.
enum ClaimSentences {
    /// Abbreviations after which a full stop does not end a name ("Gen.", "Sen.").
    static let abbreviations = WordSet(words: Lexicons.claimAbbreviations)

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201D}" || c == "'" || c == ")" || c == "]" || c == "\u{00BB}"
    }

    /// For every scalar of `paragraph`, whether it lies inside quote marks (the marks included).
    ///
    /// The marks are the paragraph's punctuation tokens. Curly and angle marks open and close; a
    /// straight double quote toggles, and two apostrophes side by side stand for one. A quote left
    /// open runs to the end of the paragraph, as a quote continued in the next paragraph does.
    static func quoteMask(_ document: Document, _ paragraph: Paragraph) -> QuoteMask {
        let span = paragraph.span
        let s = document.folded
        let tokens = document.tokens
        var mask = QuoteMask(count: span.length)
        // Where the current quotation opened (its mark's offset), while one is open.
        var openedAt: Int?
        // A closing mark with nothing open marks everything before it; what an earlier one marked
        // stays marked, so each scalar is marked once however many such marks follow.
        var markedUpTo = span.start
        func mark(_ range: Range<Int>) { mask.mark((range.lowerBound - span.start)..<(range.upperBound - span.start)) }
        func close(at end: Int) {
            if let a = openedAt {
                mark(a..<end)
            } else {
                mark(markedUpTo..<end)
                markedUpTo = max(markedUpTo, end)
            }
            openedAt = nil
        }
        var t = paragraph.tokens.lowerBound
        while t < paragraph.tokens.upperBound {
            defer { t += 1 }
            let token = tokens[t]
            guard token.kind == .punct else { continue }
            var c = token.mark
            var end = token.end
            if c == "'" {
                // Two apostrophes stand for a double quote in some feeds (''like this''); one alone is no mark.
                guard t + 1 < paragraph.tokens.upperBound, tokens[t + 1].kind == .punct, tokens[t + 1].mark == "'",
                    tokens[t + 1].start == token.end
                else { continue }
                t += 1
                end = tokens[t].end
                c = "\""
            }
            switch c {
            case "\u{201C}", "\u{00AB}", "\u{201E}":
                if let a = openedAt { mark(a..<token.start) }
                openedAt = token.start
            case "\u{201D}", "\u{00BB}":
                close(at: end)
            case "\"":
                // A straight mark opens after a space, an opening bracket or a dash, or at the start; it
                // closes after a word or punctuation. A closing mark with nothing open ends a quote begun
                // in an earlier paragraph.
                let prev: Unicode.Scalar = token.start > span.start ? s[token.start - 1] : " "
                let opening = prev == " " || prev == "(" || prev == "[" || prev == "-" || prev == "\u{2014}"
                if opening {
                    if let a = openedAt { mark(a..<token.start) }
                    openedAt = token.start
                } else {
                    close(at: end)
                }
            default:
                continue
            }
        }
        if let a = openedAt { mark(a..<span.end) }
        return mask
    }
}
