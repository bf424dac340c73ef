/// Whether a claim is reported from someone or stated in the article's own voice.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Attributed to a claimant ("X said that ...", "according to X").
    case reported
    /// Stated by the article itself.
    case stated
}

/// One checkable statement of fact found in an article.
public struct Claim: Sendable, Hashable, Codable {
    /// The clause that states the claim, exactly as in the article text.
    public var text: String
    /// Where `text` lies in the article text.
    public var span: TextSpan
    /// Reported from a claimant or stated by the article.
    public var kind: ClaimKind
    /// Index into ``ArticleExtraction/speakers``, or nil for the article's own voice.
    public var claimant: Int?
    /// The reporting expression ("said", "according to"), or nil.
    public var cue: String?
    /// Hedging words found in the claim ("reportedly", "at least").
    public var hedges: [String]
    /// Figures in the claim.
    public var figures: [Figure]
    /// Dates in the claim, resolved against the article date.
    public var dates: [ResolvedDate]
    /// Indices into ``ArticleExtraction/speakers`` of the entities the claim mentions.
    public var mentions: [Int]
    /// Zero-based index of the paragraph the claim is in.
    public var paragraph: Int
    /// How sure the extraction is, from 0 to 1.
    public var confidence: Double

    /// Creates a claim.
    public init(
        text: String, span: TextSpan, kind: ClaimKind, claimant: Int?, cue: String?, hedges: [String] = [],
        figures: [Figure] = [], dates: [ResolvedDate] = [], mentions: [Int] = [], paragraph: Int,
        confidence: Double
    ) {
        self.text = text
        self.span = span
        self.kind = kind
        self.claimant = claimant
        self.cue = cue
        self.hedges = hedges
        self.figures = figures
        self.dates = dates
        self.mentions = mentions
        self.paragraph = paragraph
        self.confidence = confidence
    }
}
