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

    /// True when quotes and claims may come from a block of this role (body text or a headline).
    public var isContent: Bool { self == .body || self == .title }
}

/// A paragraph: a line of the article, with its sentences. Read from ``Paragraphs``, which holds
/// every paragraph of an article in a few shared arrays and makes this value on access.
public struct Paragraph: Sendable, Equatable {
    /// Zero-based position among the article's paragraphs.
    public let index: Int
    /// Where the paragraph lies in the text: from its first token's start to its last token's end.
    public let span: TextSpan
    /// What the paragraph is.
    public let role: BlockRole
    /// The paragraph's sentences, in order.
    public let sentences: SentenceSpans
    /// The paragraph's tokens (indices into ``Document/tokens``); never empty.
    public let tokens: Range<Int>

    /// True when quotes and claims may come from this paragraph (body text or a headline).
    public var isContent: Bool { role.isContent }
}

/// Where an article's paragraphs and sentences begin, as one bit per token, shared by its
/// ``Paragraphs`` and every ``SentenceSpans`` read from them.
///
/// The tokens of a document cover every scalar that is not a space and none crosses a line, so a
/// paragraph (a line) is a run of whole tokens, and so is a sentence inside it: the token each
/// begins with is all there is to keep. A bit a token (a rank count every 64 bits) costs 1.5 bits
/// a token for each layout, where an array of spans and its own array of sentences cost 56 bytes
/// and a heap allocation a paragraph: 10 MB of `a` and a blank line (3.5 million paragraphs)
/// peaked at 519 MB (issue 13: memory).
final class ArticleLayout: Sendable {
    /// The document's tokens, to read a paragraph's or a sentence's span from its first and last.
    let tokens: TokenList
    /// Bit `t` is set when token `t` begins a paragraph.
    let paragraphStarts: RankedBits
    /// Bit `t` is set when token `t` begins a sentence (so at every paragraph's first token too).
    let sentenceStarts: RankedBits

    init(tokens: TokenList, paragraphStarts: RankedBits, sentenceStarts: RankedBits) {
        self.tokens = tokens
        self.paragraphStarts = paragraphStarts
        self.sentenceStarts = sentenceStarts
    }

    /// The text from the start of token `first` to the end of token `last` (inclusive).
    @inline(__always)
    func span(from first: Int, through last: Int) -> TextSpan {
        TextSpan(start: tokens[first].start, end: tokens[last].end)
    }

    /// The token after the last of the sentence that begins at token `start`.
    @inline(__always)
    func sentenceEnd(after start: Int) -> Int {
        let next = sentenceStarts.rank(start) + 1
        return next < sentenceStarts.setCount ? sentenceStarts.select(next) : tokens.count
    }
}

/// The paragraphs of an article, in text order, each read as a ``Paragraph``.
///
/// All of them are held together: where each begins and where its sentences begin, as bits over
/// the document's tokens (``ArticleLayout``), and a role of one byte each, so a paragraph costs a
/// byte and no heap allocation of its own. Reading paragraph `i` finds its first token by the
/// bits' counts (a binary search); iterating walks the bits in order.
///
/// ```swift
/// var paragraphs = Segmenter.segment(document)
/// for p in paragraphs where p.isContent { print(p.span, p.sentences.count) }
/// paragraphs.setRole(.caption, at: 1)
/// ```
public struct Paragraphs: RandomAccessCollection, Sendable {
    /// A position, counted from zero.
    public typealias Index = Int
    /// A paragraph, made on access.
    public typealias Element = Paragraph
    /// Every position, in order.
    public typealias Indices = Range<Int>
    /// A run of consecutive positions.
    public typealias SubSequence = Slice<Paragraphs>

    let layout: ArticleLayout
    /// The role of each paragraph.
    private var roles: [BlockRole]

    /// The paragraphs `layout` marks, each with the role at its index in `roles`.
    init(layout: ArticleLayout, roles: [BlockRole]) {
        precondition(roles.count == layout.paragraphStarts.setCount, "\(roles.count) roles")
        self.layout = layout
        self.roles = roles
    }

    @inlinable public var startIndex: Int { 0 }
    /// The number of paragraphs.
    public var endIndex: Int { roles.count }

    /// The paragraph at `i`.
    public subscript(i: Int) -> Paragraph {
        let starts = layout.paragraphStarts
        let first = starts.select(i)
        let end = i + 1 < roles.count ? starts.select(i + 1) : layout.tokens.count
        return paragraph(i, tokens: first..<end)
    }

    /// The role of paragraph `i`.
    public func role(at i: Int) -> BlockRole { roles[i] }

    /// Makes paragraph `i` a `role` (the segmenter's guess, corrected by a later reading).
    public mutating func setRole(_ role: BlockRole, at i: Int) { roles[i] = role }

    /// Paragraph `i`, whose tokens are `tokens`.
    @inline(__always)
    private func paragraph(_ i: Int, tokens: Range<Int>) -> Paragraph {
        let sentenceStarts = layout.sentenceStarts
        let firstSentence = sentenceStarts.rank(tokens.lowerBound)
        let sentences = SentenceSpans(
            layout: layout, first: firstSentence,
            count: sentenceStarts.rank(upTo: tokens.upperBound) - firstSentence, end: tokens.upperBound)
        return Paragraph(
            index: i, span: layout.span(from: tokens.lowerBound, through: tokens.upperBound - 1), role: roles[i],
            sentences: sentences, tokens: tokens)
    }

    /// Reads the paragraphs in order, each found from the last by the next set bit rather than by
    /// a search from the start.
    public struct Iterator: IteratorProtocol {
        private let paragraphs: Paragraphs
        private var index = 0
        private var start = 0

        init(_ paragraphs: Paragraphs) { self.paragraphs = paragraphs }

        /// The next paragraph, or nil after the last.
        public mutating func next() -> Paragraph? {
            guard index < paragraphs.count else { return nil }
            let layout = paragraphs.layout
            let end = layout.paragraphStarts.nextSet(atOrAfter: start + 1)
            let p = paragraphs.paragraph(index, tokens: start..<end)
            index += 1
            start = end
            return p
        }
    }

    /// An iterator over the paragraphs in order.
    public func makeIterator() -> Iterator { Iterator(self) }
}

/// A paragraph's sentences, in text order, read as ``TextSpan`` values from the article's
/// ``ArticleLayout`` (the token each sentence begins with), so they take no storage of their own.
///
/// ```swift
/// let p = Segmenter.segment(document)[0]
/// let first = p.sentences.first  // the span of the paragraph's first sentence
/// ```
public struct SentenceSpans: RandomAccessCollection, Sendable, Equatable {
    /// A position, counted from zero.
    public typealias Index = Int
    /// A sentence, as its span in the text.
    public typealias Element = TextSpan
    /// Every position, in order.
    public typealias Indices = Range<Int>
    /// A run of consecutive positions.
    public typealias SubSequence = Slice<SentenceSpans>

    private let layout: ArticleLayout
    /// The article-wide index of the first sentence.
    private let first: Int
    /// The token after the paragraph's last.
    private let end: Int

    /// The number of sentences.
    public let endIndex: Int

    /// `count` sentences from the article's sentence `first`, in a paragraph ending before token `end`.
    init(layout: ArticleLayout, first: Int, count: Int, end: Int) {
        self.layout = layout
        self.first = first
        self.endIndex = count
        self.end = end
    }

    @inlinable public var startIndex: Int { 0 }

    /// The tokens of sentence `i`.
    public func tokens(at i: Int) -> Range<Int> {
        precondition(i >= 0 && i < endIndex, "sentence \(i) of \(endIndex)")
        let starts = layout.sentenceStarts
        let a = starts.select(first + i)
        return a..<(i + 1 < endIndex ? starts.select(first + i + 1) : end)
    }

    /// The sentence at `i`.
    public subscript(i: Int) -> TextSpan {
        let t = tokens(at: i)
        return layout.span(from: t.lowerBound, through: t.upperBound - 1)
    }

    /// True when both hold the same spans.
    public static func == (a: SentenceSpans, b: SentenceSpans) -> Bool { a.elementsEqual(b) }

    /// Reads the sentences in order, each found from the last by the next set bit.
    public struct Iterator: IteratorProtocol {
        private let sentences: SentenceSpans
        private var start: Int
        private var index = 0

        init(_ sentences: SentenceSpans) {
            self.sentences = sentences
            start = sentences.endIndex > 0 ? sentences.layout.sentenceStarts.select(sentences.first) : 0
        }

        /// The next sentence, or nil after the last.
        public mutating func next() -> TextSpan? {
            guard index < sentences.endIndex else { return nil }
            index += 1
            let end =
                index < sentences.endIndex
                ? sentences.layout.sentenceStarts.nextSet(atOrAfter: start + 1) : sentences.end
            defer { start = end }
            return sentences.layout.span(from: start, through: end - 1)
        }
    }

    /// An iterator over the sentences in order.
    public func makeIterator() -> Iterator { Iterator(self) }
}
