/// Runs the extraction stages in order on one article:
/// `Document → Segmenter → SpeakerBook → QuoteFinder → Attribution → ClaimFinder`.
///
/// ```swift
/// let result = Pipeline().extract(text: article, context: ArticleContext(date: "2020-01-07"))
/// ```
public struct Pipeline: Sendable {
    /// Creates a pipeline.
    public init() {}

    /// Extracts speakers, quotes and claims from an article's text.
    public func extract(text: String, context: ArticleContext = ArticleContext()) -> ArticleExtraction {
        let document = Document(text: text)
        let paragraphs = Segmenter.segment(document, title: context.title)
        var book = SpeakerBook(document: document, paragraphs: paragraphs)
        let spans = QuoteFinder.find(in: document, paragraphs: paragraphs)
        let quotes = Attribution.attribute(spans, in: document, paragraphs: paragraphs, book: &book)
        // The same document, paragraphs and speaker book as the quotes, so that Claim.claimant
        // and Quote.speaker index one `speakers` list.
        let claims = ClaimFinder.find(
            document: document, paragraphs: paragraphs, quotes: quotes, book: &book, context: context)
        var result = ArticleExtraction(speakers: book.speakers, quotes: quotes, claims: claims)
        // Last, on the finished speaker list: enriching never adds or removes a speaker, so the
        // indices above stay valid.
        SpeakerEnricher.enrich(&result, document: document)
        return result
    }
}
