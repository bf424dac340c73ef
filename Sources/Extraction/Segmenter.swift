import HearsayModel
import HearsayText

/// What a block of text is, as far as extraction is concerned.
public enum BlockRole: String, Sendable, Hashable {
    /// Ordinary article prose.
    case body
    /// The headline.
    case title
    /// A photo caption or credit.
    case caption
    /// A byline or a reporting credit ("Sly reported from Beirut.").
    case byline
    /// Page furniture: change-tracking headers, social-media prompts, related links.
    case boilerplate
}

/// A paragraph: a line of the article, with its sentences.
public struct Paragraph: Sendable, Hashable {
    /// Zero-based position among the article's paragraphs.
    public var index: Int
    /// Where the paragraph lies in the text.
    public var span: TextSpan
    /// What the paragraph is.
    public var role: BlockRole
    /// The paragraph's sentences, in order.
    public var sentences: SentenceSpans
    /// The paragraph's tokens (indices into ``Document/tokens``).
    public var tokens: Range<Int> = 0..<0

    /// Creates a paragraph.
    public init(index: Int, span: TextSpan, role: BlockRole, sentences: [TextSpan]) {
        self.index = index
        self.span = span
        self.role = role
        self.sentences = SentenceSpans(sentences)
    }

    /// True when quotes and claims may come from this paragraph (body text or a headline).
    public var isContent: Bool { role == .body || role == .title }
}

/// Splits a document into paragraphs and sentences, and tells body text from captions,
/// bylines, headlines and page boilerplate.
public enum Segmenter {
    /// Splits `document` into paragraphs (one per non-empty line) with their sentences and roles.
    /// `title`, when known, marks a first line that repeats it as the headline.
    public static func segment(_ document: Document, title: String? = nil) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var start = 0
        var cursor = 0
        let s = document.folded
        func flush(_ end: Int) {
            var a = start
            while a < end, Normalizer.isSpace(s[a]) { a += 1 }
            var b = end
            while b > a, Normalizer.isSpace(s[b - 1]) { b -= 1 }
            guard b > a else { return }
            let span = TextSpan(start: a, end: b)
            var p = Paragraph(index: paragraphs.count, span: span, role: .body, sentences: [])
            // Paragraphs come in text order: their tokens are found by walking on from the last
            // paragraph's (the same range as `document.tokenRange(span)`).
            let tokens = document.tokens
            var lo = cursor
            while lo < tokens.count, tokens[lo].start < span.start { lo += 1 }
            var hi = lo
            while hi < tokens.count, tokens[hi].start < span.end { hi += 1 }
            while hi > lo, tokens[hi - 1].end > span.end { hi -= 1 }
            cursor = hi
            p.tokens = lo..<hi
            p.sentences = sentences(document, p.tokens)
            paragraphs.append(p)
        }
        var breaks: [Int] = []
        s.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count where buffer[i] == "\n" { breaks.append(i) }
        }
        for i in breaks {
            flush(i)
            start = i + 1
        }
        flush(s.count)
        // A leading metadata line ("Published: 12 May 2025", "Date: 2025-05-12") is not the headline;
        // the line after it is.
        let skip = paragraphs.count > 2 && isMetadataLine(paragraphs[0], document) ? 1 : 0
        for i in paragraphs.indices {
            if i < skip {
                paragraphs[i].role = .boilerplate
                continue
            }
            paragraphs[i].role = role(
                of: paragraphs[i], in: document, count: paragraphs.count - skip, title: title, first: i == skip)
        }
        return paragraphs
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
    /// initials inside, and breaking glued sentences ("said.The").
    static func sentences(_ d: Document, _ range: Range<Int>) -> SentenceSpans {
        let toks = d.tokens
        var out = SentenceSpans()
        guard !range.isEmpty else { return out }
        if range.count >= 1 << 16 {
            // A long paragraph reserves one sentence per full stop, the most it can have, so that
            // millions of short sentences are not held twice while the array grows (issue 13: memory).
            var stops = 1
            for i in range where toks[i].kind == .punct && Self.isSentenceStop(toks[i].mark) { stops += 1 }
            out.reserveCapacity(stops)
        }
        var sentenceStart = range.lowerBound
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
            if boundary {
                out.append(TextSpan(start: toks[sentenceStart].start, end: toks[end - 1].end))
                sentenceStart = end
            }
            i = end
        }
        if sentenceStart < range.upperBound {
            out.append(TextSpan(start: toks[sentenceStart].start, end: toks[range.upperBound - 1].end))
        }
        return out
    }
}
