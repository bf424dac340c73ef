import HearsayModel
import HearsayText

@testable import Extraction

/// A claim-frame suite's way of reading one test sentence: the sentence is set in an article under
/// a headline (after `lead`, a paragraph the suite needs before it), and the claims come back with
/// the speakers they name.
protocol ClaimArticleReading {
    /// Paragraphs set before each test sentence, each ending in a blank line; empty for none.
    var lead: String { get }
}

extension ClaimArticleReading {
    var lead: String { "" }

    /// The claims of an article made of `text`, and the speakers its claimants index.
    func find(_ text: String) -> (claims: [Claim], speakers: [Speaker]) {
        let doc = Document(text: "Harbour news\n\n" + lead + text)
        let paragraphs = Segmenter.segment(doc)
        var book = SpeakerBook(document: doc, paragraphs: paragraphs)
        let claims = ClaimFinder.find(in: doc, paragraphs: paragraphs, speakers: &book, context: ArticleContext())
        return (claims, book.speakers)
    }

    /// The name of `claim`'s claimant in `found`, if it has one.
    func claimant(_ found: (claims: [Claim], speakers: [Speaker]), of claim: Claim?) -> String? {
        claim?.claimant.map { found.speakers[$0].name }
    }
}
