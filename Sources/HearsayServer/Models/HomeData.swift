import HearsayStore

/// The home page: counts, the most quoted speakers, the latest articles, disputed claims.
struct HomeData: Codable, Sendable, Hashable {
    /// How much the database holds.
    struct Counts: Codable, Sendable, Hashable {
        var articles: Int
        var quotes: Int
        var claims: Int
        var people: Int
        var outlets: Int
        var firstDate: String?
        var lastDate: String?
    }

    var counts: Counts
    var mostQuoted: [PersonItem]
    var latestArticles: [ArticleItem]
    var disputed: [DisputedItem]

    static let listLength = 10
    static let disputedShown = 3

    /// Reads it; kept on the connection while the database does not change, since counting
    /// every quote is the slowest thing a page does.
    static func load(_ connection: ConnectionPool.Connection) throws -> HomeData {
        try connection.cached("home") { store in
            let stats = try store.stats()
            return HomeData(
                counts: Counts(
                    articles: stats.articles, quotes: stats.quotes, claims: stats.claims, people: stats.people,
                    outlets: stats.sources, firstDate: stats.firstDate, lastDate: stats.lastDate),
                mostQuoted: try store.mostQuoted(limit: listLength).map(PersonItem.init),
                latestArticles: try store.latestArticles(limit: listLength).map(ArticleItem.init),
                disputed: try store.disputedClaimGroups(matching: QueryFilter(limit: disputedShown)).map(
                    DisputedItem.init))
        }
    }
}
