import HearsayModel
import HearsayText

/// The speakers stage: completes the finished speaker list with what the text says about each
/// speaker. It must not add speakers; one that removes a speaker renumbers quotes and claims to match.
public protocol SpeakerEnriching: Sendable {
    /// Adds what `document` says about the speakers of `extraction`.
    func enrich(_ extraction: inout ArticleExtraction, document: Document)
}

extension SpeakerEnricher {
    /// ``SpeakerEnricher`` as the pipeline's speakers stage.
    public struct Stage: SpeakerEnriching {
        /// Creates the stage.
        public init() {}

        /// ``SpeakerEnricher/enrich(_:document:)``.
        public func enrich(_ extraction: inout ArticleExtraction, document: Document) {
            SpeakerEnricher.enrich(&extraction, document: document)
        }
    }
}
