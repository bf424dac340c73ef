import HearsayModel
import HearsayText

/// Splits a document into paragraphs and sentences, and tells body text from captions,
/// bylines, headlines and page boilerplate.
public enum Segmenter {
    /// Splits `document` into paragraphs (one per line that is not blank) with their sentences and roles.
    /// `title`, when known, marks a first line that repeats it as the headline.
    public static func segment(_ document: Document, title: String? = nil) -> Paragraphs {
        let tokens = document.tokens
        let s = document.folded
        var paragraphStarts = RankedBits()
        var sentenceStarts = RankedBits()
        paragraphStarts.reserveCapacity(tokens.count)
        sentenceStarts.reserveCapacity(tokens.count)
        var count = 0
        // Every scalar that is not a space is in a token and no token crosses a line, so a line's
        // paragraph is the run of tokens with no line break between them: from a token, the
        // paragraph runs on while the space after each token holds no line break.
        var first = 0
        while first < tokens.count {
            var end = first + 1
            var lastEnd = tokens[first].end
            while end < tokens.count {
                let next = tokens[end]
                if s[lastEnd..<next.start].contains("\n") { break }
                lastEnd = next.end
                end += 1
            }
            paragraphStarts.append(true)
            for _ in first + 1..<end { paragraphStarts.append(false) }
            forEachSentenceStart(document, first..<end) { start in
                while sentenceStarts.count < start { sentenceStarts.append(false) }
                sentenceStarts.append(true)
            }
            while sentenceStarts.count < end { sentenceStarts.append(false) }
            count += 1
            first = end
        }
        let layout = ArticleLayout(tokens: tokens, paragraphStarts: paragraphStarts, sentenceStarts: sentenceStarts)
        let unread = Paragraphs(layout: layout, roles: [BlockRole](repeating: .body, count: count))
        // A leading metadata line ("Published: 12 May 2025", "Date: 2025-05-12") is not the headline;
        // the line after it is.
        let skip = count > 2 && isMetadataLine(unread[0], document) ? 1 : 0
        var roles: [BlockRole] = []
        roles.reserveCapacity(count)
        for p in unread {
            roles.append(
                p.index < skip
                    ? .boilerplate
                    : role(of: p, in: document, count: count - skip, title: title, first: p.index == skip))
        }
        return Paragraphs(layout: layout, roles: roles)
    }

    static let metadataWords = Lexicon.keys(Lexicons.datelineWords)

    /// True for a short line giving the article's date: a metadata word, then a date.
    static func isMetadataLine(_ p: Paragraph, _ d: Document) -> Bool {
        guard let first = p.tokens.first, metadataWords.contains(d.tokens[first].key) else { return false }
        var words = 0
        var number = false
        for i in p.tokens {
            if d.tokens[i].kind != .punct { words += 1 }
            if d.tokens[i].kind == .number { number = true }
        }
        return number && words <= 8
    }

    static let creditWords = Lexicon.keys(Lexicons.photoCreditWords)
    static let bylineTails = Lexicon.keys(Lexicons.bylineTails)
    static let socialWords = Lexicon.keys(Lexicons.socialMediaWords)

    static func lowerPrefix(_ d: Document, _ span: TextSpan, _ prefix: String) -> Bool {
        lowerPrefix(d, span, Array(prefix.unicodeScalars))
    }

    /// True when the paragraph at `span` starts with `prefix` (lowercase), ignoring case.
    static func lowerPrefix(_ d: Document, _ span: TextSpan, _ prefix: [Unicode.Scalar]) -> Bool {
        // Cheap rejection on the first letter before walking the phrase.
        guard let f = prefix.first, Normalizer.lower(d.folded[span.start]) == f,
            span.end - span.start >= prefix.count
        else { return false }
        var i = span.start
        for c in prefix {
            guard Normalizer.lower(d.folded[i]) == c else { return false }
            i += 1
        }
        return true
    }

    /// How page furniture lines start.
    static let boilerplateOpenings: [[Unicode.Scalar]] = Lexicons.pageFurnitureOpenings.map { Array($0.unicodeScalars) }

    static let likeOpening = Array("like ".unicodeScalars)
    static let followOpening = Array("follow ".unicodeScalars)
    static let byOpening = Array("by ".unicodeScalars)

    /// Scalars that may end a sentence or a quoted line.
    static let terminals: [Unicode.Scalar] = Array(".!?\"”'’:;)]…".unicodeScalars)

    static func role(of p: Paragraph, in d: Document, count: Int, title: String?, first isFirst: Bool) -> BlockRole {
        let toks = d.tokens
        var words = 0
        var hasQuoteMark = false
        for i in p.tokens {
            // Quote marks are punctuation tokens: one pass counts the words and looks for them.
            if toks[i].kind != .punct {
                words += 1
            } else if !hasQuoteMark, QuoteFinder.isDoubleMark(d.scalars[toks[i].start]) {
                hasQuoteMark = true
            }
        }
        let first = d.folded[p.span.start]
        let last = d.folded[p.span.end - 1]
        if first == "©" || first == "•" || first == "·" || first == "|" {
            return words <= 6 && first != "©" ? .byline : .caption
        }
        for phrase in boilerplateOpenings where lowerPrefix(d, p.span, phrase) {
            return .boilerplate
        }
        if first == "(", last == ")", words <= 6 { return .boilerplate }
        if words <= 6, lowerPrefix(d, p.span, byOpening), p.tokens.count > 1, toks[p.tokens.lowerBound + 1].capitalized
        {
            return .byline
        }
        // "Like us on Facebook": the cheap test of the opening first, then the lookups.
        if words <= 40, lowerPrefix(d, p.span, likeOpening) || lowerPrefix(d, p.span, followOpening),
            p.tokens.contains(where: { socialWords.contains(toks[$0].key) })
        {
            return .boilerplate
        }
        if words <= 20 {
            // (The same social-media test again would be moot: a line of 20 words or fewer passed it above.)
            var credit = false
            if let lastWord = p.tokens.last(where: { toks[$0].kind == .word }),
                creditWords.contains(toks[lastWord].key),
                toks[lastWord].capitalized
            {
                credit = true
            }
            // "Sly reported from Beirut." / "Jane Doe contributed reporting."
            if words <= 12, p.tokens.count >= 3, toks[p.tokens.lowerBound].capitalized {
                let second = toks[p.tokens.lowerBound + 1]
                let third = toks[min(p.tokens.upperBound - 1, p.tokens.lowerBound + 2)]
                if bylineTails.contains(second.key) || bylineTails.contains(third.key),
                    !hasQuoteMark, last == "."
                {
                    return .byline
                }
            }
            let terminal = terminals.contains(last)
            if !terminal && !hasQuoteMark {
                if isFirst && count > 1 { return .title }
                return credit ? .caption : .boilerplate
            }
            if credit && !terminal { return .caption }
        }
        if isFirst && count > 1 && words <= 30 { return .title }
        if let title, isFirst, !title.isEmpty, lowerPrefix(d, p.span, title.lowercased()) { return .title }
        return .body
    }

    /// True for a mark that can end a sentence.
    @inline(__always)
    static func isSentenceStop(_ mark: Unicode.Scalar) -> Bool {
        mark == "." || mark == "!" || mark == "?" || mark == "…"
    }

    /// Splits the tokens `range` into sentences, keeping abbreviations ("Gen.", "U.S.") and
    /// initials inside, and breaking glued sentences ("said.The"): calls `body` with the token each
    /// sentence begins with, in order (the first is `range.lowerBound`). A sentence runs to the
    /// token before the next one's first, the last to the end of `range`.
    static func forEachSentenceStart(_ d: Document, _ range: Range<Int>, _ body: (Int) -> Void) {
        let toks = d.tokens
        guard !range.isEmpty else { return }
        body(range.lowerBound)
        var i = range.lowerBound
        while i < range.upperBound {
            let t = toks[i]
            guard t.kind == .punct, isSentenceStop(t.mark) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < range.upperBound, toks[end].kind == .punct, toks[end].start == toks[end - 1].end,
                QuoteFinder.isClosingLike(d.scalars[toks[end].start]) || toks[end].mark == ")"
                    || toks[end].mark == "." || toks[end].mark == "!" || toks[end].mark == "?"
            {
                end += 1
            }
            guard end < range.upperBound else { break }
            let next = toks[end]
            let glued = next.start == toks[end - 1].end
            var boundary = next.capitalized || next.kind == .number || QuoteFinder.isOpeningLike(d.scalars[next.start])
            let closedByDouble = (i + 1..<end).contains { QuoteFinder.isDoubleMark(d.scalars[toks[$0].start]) }
            if boundary, t.mark == ".", i > range.lowerBound, !closedByDouble {
                let prev = toks[i - 1]
                if prev.end == t.start, prev.kind == .word {
                    let len = prev.end - prev.start
                    if Lexicon.abbreviations.contains(prev.key) || (len == 1 && prev.capitalized)
                        || (len >= 3 && d.folded[prev.start + 1] == ".")
                    {
                        boundary = false
                    }
                }
            }
            if boundary && glued {
                // "said.The" breaks; "U.S.Army" or "3.5" do not.
                let prev = i > range.lowerBound ? toks[i - 1] : t
                let closedQuote = end > i + 1
                boundary = closedQuote || (prev.kind == .word && !prev.capitalized && prev.end - prev.start >= 2)
            }
            // A break is only ever taken before a token of `range` (see the guard above).
            if boundary { body(end) }
            i = end
        }
    }
}
