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

/// A paragraph: a line or run of lines of the article, with its sentences.
public struct Paragraph: Sendable, Hashable {
    /// Zero-based position among the article's paragraphs.
    public var index: Int
    /// Where the paragraph lies in the text.
    public var span: TextSpan
    /// What the paragraph is.
    public var role: BlockRole
    /// The paragraph's sentences, in order.
    public var sentences: [TextSpan]

    /// Creates a paragraph.
    public init(index: Int, span: TextSpan, role: BlockRole, sentences: [TextSpan]) {
        self.index = index
        self.span = span
        self.role = role
        self.sentences = sentences
    }
}

/// Splits a document into paragraphs and sentences.
public enum Segmenter {
    /// Splits `document` into paragraphs (one per non-empty line) and sentences.
    public static func segment(_ document: Document) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var start = 0
        let s = document.folded
        func flush(_ end: Int) {
            var a = start
            while a < end, s[a] == " " { a += 1 }
            var b = end
            while b > a, s[b - 1] == " " || s[b - 1] == "\r" { b -= 1 }
            if b > a {
                let span = TextSpan(start: a, end: b)
                paragraphs.append(
                    Paragraph(index: paragraphs.count, span: span, role: .body, sentences: sentences(s, in: span)))
            }
        }
        for i in s.indices where s[i] == "\n" {
            flush(i)
            start = i + 1
        }
        flush(s.count)
        return paragraphs
    }

    /// Splits `span` of `s` at sentence-ending punctuation followed by a space.
    static func sentences(_ s: [Unicode.Scalar], in span: TextSpan) -> [TextSpan] {
        var out: [TextSpan] = []
        var a = span.start
        var i = span.start
        while i < span.end {
            let c = s[i]
            if c == "." || c == "!" || c == "?", i + 1 < span.end, s[i + 1] == " " {
                out.append(TextSpan(start: a, end: i + 1))
                a = i + 2
                i += 2
                continue
            }
            i += 1
        }
        if a < span.end { out.append(TextSpan(start: a, end: span.end)) }
        return out
    }
}
