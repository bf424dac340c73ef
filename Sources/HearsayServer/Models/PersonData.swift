import HearsayStore
import Hummingbird

/// A person's (or organisation's) page: names, roles, quotes per month, a page of quotes by
/// date, and their first claims.
struct PersonData: Codable, Sendable, Hashable {
    var id: Int64
    var name: String
    var type: String
    var aliases: [String]
    var roles: [String]
    var organisations: [String]
    var quoteCount: Int
    var claimCount: Int
    var firstQuoted: String?
    var lastQuoted: String?
    var quotesPerMonth: [Month]
    var page: Int
    var pageSize: Int
    var quotes: [QuoteItem]
    var claims: [ClaimItem]

    /// Quotes in one month.
    struct Month: Codable, Sendable, Hashable {
        var month: String
        var quotes: Int
    }

    static let claimsShown = 25

    /// `search` gives the page and its size (the speaker is `id` whatever it says).
    static func load(_ store: Store, id: Int64, _ search: SearchParameters) throws -> PersonData {
        guard let profile = try store.profile(of: id) else {
            throw HTTPError(.notFound, message: "no person #\(id)")
        }
        var query = SearchQuery(speakerID: id, order: search.query.order == .newest ? .newest : .oldest)
        query.pageSize = search.query.pageSize
        query.offset = search.query.offset
        let quotes = try store.searchQuotes(query)
        let claims = try store.searchClaims(SearchQuery(speakerID: id, pageSize: claimsShown))
        return PersonData(
            id: id, name: profile.summary.name, type: profile.summary.kind.rawValue, aliases: profile.summary.aliases,
            roles: profile.roles, organisations: profile.organisations, quoteCount: profile.summary.quotes,
            claimCount: profile.summary.claims, firstQuoted: profile.firstQuoted, lastQuoted: profile.lastQuoted,
            quotesPerMonth: try store.quotesPerMonth(of: id).map { Month(month: $0.month, quotes: $0.count) },
            page: search.page, pageSize: query.pageSize, quotes: quotes.rows.map(QuoteItem.init),
            claims: claims.rows.map(ClaimItem.init))
    }
}
