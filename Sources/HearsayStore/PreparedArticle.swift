import HearsayModel
import Linking

/// An article ready for ``Store/importBatch(_:totals:)-(PreparedArticle)``: the article, and its
/// claims already prepared for grouping.
///
/// Preparing is pure work on the article alone, so an import does it on its extraction threads
/// rather than on its single writer.
public struct PreparedArticle: Sendable {
    /// The article.
    public let input: ArticleInput
    /// Its claims as grouping will read them back once the article is stored.
    let claims: [PreparedClaim]

    /// Prepares `input`.
    public init(_ input: ArticleInput) {
        self.input = input
        claims = input.extraction.claims.map { ClaimGroupUpdater.preparedClaim($0, of: input) }
    }
}
