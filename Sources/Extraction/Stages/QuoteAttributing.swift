import HearsayModel
import HearsayText

/// The attribution stage: gives each quote span its speaker and cue, registering speakers in the
/// article's ``SpeakerBook`` (which the claims stage then shares). A learned attributor can take
/// the place of the rules by conforming to this.
public protocol QuoteAttributing: Sendable {
    /// The quotes made of `spans`, in text order, with their speakers (indices into `book.speakers`).
    func attribute(_ spans: [QuoteSpan], in document: Document, paragraphs: Paragraphs, book: inout SpeakerBook)
        -> [Quote]
}

extension Attribution {
    /// ``Attribution``'s layout rules as the pipeline's attribution stage.
    public struct Stage: QuoteAttributing {
        /// Creates the stage.
        public init() {}

        /// ``Attribution/attribute(_:in:paragraphs:book:)``.
        public func attribute(
            _ spans: [QuoteSpan], in document: Document, paragraphs: Paragraphs, book: inout SpeakerBook
        ) -> [Quote] {
            Attribution.attribute(spans, in: document, paragraphs: paragraphs, book: &book)
        }
    }
}
