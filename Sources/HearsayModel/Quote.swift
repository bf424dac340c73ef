/// How a quotation sits in the text.
public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A whole sentence or more inside quote marks.
    case direct
    /// A fragment inside quote marks within the writer's own sentence.
    case partial
    /// Reported speech with no quote marks ("X said that ...").
    case reported
}

/// One attributed quotation found in an article.
public struct Quote: Sendable, Hashable, Codable {
    /// The words inside the quote marks, exactly as in the article text.
    public var text: String
    /// Where `text` lies in the article text.
    public var span: TextSpan
    /// Direct, partial or reported.
    public var kind: QuoteKind
    /// Index into ``ArticleExtraction/speakers``, or nil when the article does not say who.
    public var speaker: Int?
    /// The reporting expression that ties the quote to its speaker ("said", "told reporters").
    public var cue: String?
    /// Zero-based index of the paragraph the quote starts in.
    public var paragraph: Int
    /// How sure the attribution is, from 0 to 1.
    public var confidence: Double

    /// Creates a quote.
    public init(
        text: String, span: TextSpan, kind: QuoteKind, speaker: Int?, cue: String?, paragraph: Int,
        confidence: Double
    ) {
        self.text = text
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.paragraph = paragraph
        self.confidence = confidence
    }
}
