import SQLiteLayer

/// One outlet as `hearsay outlets` lists it: its spellings counted together.
public struct OutletSummary: Sendable, Hashable {
    /// The name to show (``OutletKey/displayName(_:)`` of its commonest spelling).
    public var name: String
    /// How the articles spell it, commonest first.
    public var spellings: [String]
    /// How many articles it has.
    public var articles: Int
    /// How many quotes its articles hold.
    public var quotes: Int
    /// How many claims its articles hold.
    public var claims: Int
    /// Its first article date.
    public var first: String?
    /// Its last article date.
    public var last: String?
}

extension Store {
    /// The outlets of the articles matching `filter`'s dates and outlet, most articles first.
    public func outlets(matching filter: QueryFilter) throws -> [OutletSummary] {
        var conditions = ["a.source IS NOT NULL"]
        var bindings: [DatabaseValue] = []
        articleConditions(filter, into: &conditions, &bindings)
        let sql = """
            SELECT a.source, count(*), sum((SELECT count(*) FROM quotes WHERE article_id = a.id)),
             sum((SELECT count(*) FROM claims WHERE article_id = a.id)), min(a.published), max(a.published)
             FROM articles a WHERE \(conditions.joined(separator: " AND ")) GROUP BY a.source
            """
        var byKey: [String: [OutletSummary]] = [:]
        try run {
            let statement = try db.prepare(sql: sql)
            try statement.bind(StatementArguments(bindings))
            while try statement.step() {
                let source = statement.string(at: 0) ?? ""
                byKey[OutletKey.key(source), default: []].append(
                    OutletSummary(
                        name: source, spellings: [source], articles: Int(statement.int64(at: 1)),
                        quotes: Int(statement.int64(at: 2)), claims: Int(statement.int64(at: 3)),
                        first: statement.string(at: 4), last: statement.string(at: 5)))
            }
        }
        var outlets: [OutletSummary] = byKey.values.map { spellings in
            let ordered = spellings.sorted { ($0.articles, $1.name) > ($1.articles, $0.name) }
            return OutletSummary(
                name: OutletKey.displayName(ordered[0].name), spellings: ordered.map(\.name),
                articles: ordered.reduce(0) { $0 + $1.articles }, quotes: ordered.reduce(0) { $0 + $1.quotes },
                claims: ordered.reduce(0) { $0 + $1.claims }, first: ordered.compactMap(\.first).min(),
                last: ordered.compactMap(\.last).max())
        }
        outlets.sort { ($0.articles, $1.name) > ($1.articles, $0.name) }
        return filter.limit.map { Array(outlets.prefix(max(0, $0))) } ?? outlets
    }
}
