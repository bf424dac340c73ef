import HearsayModel
import HearsayText

/// The claims stage: the checkable statements of an article, their claimants resolved through
/// the same ``SpeakerBook`` as the quotes.
public protocol ClaimFinding: Sendable {
    /// The claims of `document` in text order; text inside `quotes` is never a claim.
    func claims(
        in document: Document, paragraphs: Paragraphs, quotes: [Quote], book: inout SpeakerBook,
        context: ArticleContext
    ) -> [Claim]
}

extension ClaimFinder {
    /// ``ClaimFinder`` as the pipeline's claims stage.
    public struct Stage: ClaimFinding {
        /// Creates the stage.
        public init() {}

        /// ``ClaimFinder/find(document:paragraphs:quotes:book:context:)``.
        public func claims(
            in document: Document, paragraphs: Paragraphs, quotes: [Quote], book: inout SpeakerBook,
            context: ArticleContext
        ) -> [Claim] {
            ClaimFinder.find(document: document, paragraphs: paragraphs, quotes: quotes, book: &book, context: context)
        }
    }
}
