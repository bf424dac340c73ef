import Extraction
import HearsayModel

/// The column values of an article's rows that need no database: its content hash and date, the
/// JSON lists of its speakers and claims, and the words of each quote and claim that are not the
/// article's own span.
///
/// Pure work on the article alone, so an import does it on an extraction thread
/// (``PreparedArticle``) and the single writer only binds what is here.
struct ArticleRows: Sendable {
    /// The speakers' `aliases`, `roles` and `organisations` columns (NULL for an empty list).
    struct SpeakerColumns: Sendable {
        var aliases: String?
        var roles: String?
        var organisations: String?
    }

    /// A claim's `text`, `hedges`, `figures` and `dates` columns.
    struct ClaimColumns: Sendable {
        var text: String?
        var hedges: String?
        var figures: String?
        var dates: String?
    }

    /// ``ArticleInput/contentHash``.
    let contentHash: String
    /// The article's date when it has the shape `YYYY-MM-DD` (``ArticleWriter/validDate(_:)``).
    let date: String?
    /// One per speaker, in order.
    let speakers: [SpeakerColumns]
    /// Each quote's `text` column: nil when its words are the article's span (stored as offsets only).
    let quoteTexts: [String?]
    /// Each quote's `words_key` (``OccurrenceHasher/wordsKey(_:)``).
    let quoteWordsKeys: [Int64]
    /// The article's `article_text_keys.text_key` (``ContentHash/textKey(_:)``).
    let textKey: Int64
    /// One per claim, in order.
    let claims: [ClaimColumns]

    /// Works out the columns of `input`.
    init(_ input: ArticleInput) {
        contentHash = input.contentHash
        textKey = ContentHash.textKey(input.text)
        quoteWordsKeys = input.extraction.quotes.map { OccurrenceHasher.wordsKey($0.text) }
        date = input.metadata.date.flatMap(ArticleWriter.validDate)
        let extraction = input.extraction
        // Empty lists are NULL (read back as "[]").
        speakers = extraction.speakers.map { speaker in
            SpeakerColumns(
                aliases: speaker.aliases.isEmpty ? nil : JSONText.array(speaker.aliases),
                roles: speaker.roles.isEmpty ? nil : JSONText.array(speaker.roles),
                organisations: speaker.organisations.isEmpty ? nil : JSONText.array(speaker.organisations))
        }
        var text = input.text
        var cursor = CharacterCursor()
        quoteTexts = extraction.quotes.map { quote in
            let isSpan = text.withUTF8 { cursor.isSpan(quote.text, start: quote.span.start, end: quote.span.end, of: $0) }
            return isSpan ? nil : quote.text
        }
        claims = extraction.claims.map { claim in
            let isSpan = text.withUTF8 { cursor.isSpan(claim.text, start: claim.span.start, end: claim.span.end, of: $0) }
            // No hedges, figures or dates: NULL rather than "[]" (read back as "[]").
            return ClaimColumns(
                text: isSpan ? nil : claim.text,
                hedges: claim.hedges.isEmpty ? nil : JSONText.array(claim.hedges),
                figures: claim.figures.isEmpty ? nil : CompactJSON.figures(claim.figures),
                dates: claim.dates.isEmpty ? nil : CompactJSON.dates(claim.dates))
        }
    }
}
