/// Runs the extraction stages in order on one article.
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
        _ = Segmenter.segment(document)
        return ArticleExtraction()
    }
}
