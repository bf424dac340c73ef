import HearsayModel
import Linking

/// An article ready for ``Store/importBatch(_:totals:)-(PreparedArticle)``: the article, its
/// claims already prepared for grouping, its speakers' names prepared for linking and the column
/// values of its rows.
///
/// Preparing is pure work on the article alone, so an import does it on its extraction threads
/// rather than on its single writer.
public struct PreparedArticle: Sendable {
    /// The article.
    public let input: ArticleInput
    /// Its claims as grouping will read them back once the article is stored.
    let claims: [PreparedClaim]
    /// What linking reads from each speaker's own names, in the order of the speakers.
    let speakers: [SpeakerFacts]
    /// The column values of its rows that need no database.
    let rows: ArticleRows

    /// Prepares `input`.
    public init(_ input: ArticleInput) {
        self.input = input
        claims = input.extraction.claims.map { ClaimGroupUpdater.preparedClaim($0, of: input) }
        speakers = input.extraction.speakers.map(SpeakerFacts.init)
        rows = ArticleRows(input)
    }
}
