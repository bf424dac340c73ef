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
        var first_date: String?
        var last_date: String?
    }

    var counts: Counts
    var most_quoted: [PersonItem]
    var latest_articles: [ArticleItem]
    var disputed: [DisputedItem]

    static let listLength = 10
    static let disputedShown = 3

    /// Reads it; kept on the connection while the database does not change, since counting
    /// every quote is the slowest thing a page does.
    static func load(_ connection: ConnectionPool.Connection) throws -> HomeData {
        let store = connection.store
        let version = try store.dataVersion()
        if let kept = connection.cache["home"], kept.version == version, let home = kept.value as? HomeData {
            return home
        }
        let stats = try store.stats()
        let home = HomeData(
            counts: Counts(
                articles: stats.articles, quotes: stats.quotes, claims: stats.claims, people: stats.people,
                outlets: stats.sources, first_date: stats.firstDate, last_date: stats.lastDate),
            most_quoted: try store.mostQuoted(limit: listLength).map(PersonItem.init),
            latest_articles: try store.latestArticles(limit: listLength).map(ArticleItem.init),
            disputed: try store.disputedClaimGroups(matching: QueryFilter(limit: disputedShown)).map(
                DisputedItem.init))
        connection.cache["home"] = (version, home)
        return home
    }
}
