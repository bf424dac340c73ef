/// Everything the pipeline found in one article.
public struct ArticleExtraction: Sendable, Hashable, Codable {
    /// The speakers and other entities the article names; quotes and claims point into this list.
    public var speakers: [Speaker]
    /// Quotations in text order, one per span between quote marks (repeats removed).
    public var quotes: [Quote]
    /// Claims in text order.
    public var claims: [Claim]

    /// Creates an extraction result.
    public init(speakers: [Speaker] = [], quotes: [Quote] = [], claims: [Claim] = []) {
        self.speakers = speakers
        self.quotes = quotes
        self.claims = claims
    }
}
