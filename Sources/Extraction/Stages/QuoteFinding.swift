import HearsayText

/// The quotes stage: finds the spans between quote marks, before anyone is credited with them.
public protocol QuoteFinding: Sendable {
    /// The quote spans in the content paragraphs of `document`, in text order.
    func quoteSpans(in document: Document, paragraphs: Paragraphs) -> [QuoteSpan]
}

extension QuoteFinder {
    /// ``QuoteFinder`` as the pipeline's quotes stage.
    public struct Stage: QuoteFinding {
        /// Creates the stage.
        public init() {}

        /// ``QuoteFinder/find(in:paragraphs:)``.
        public func quoteSpans(in document: Document, paragraphs: Paragraphs) -> [QuoteSpan] {
            QuoteFinder.find(in: document, paragraphs: paragraphs)
        }
    }
}
