import SQLiteLayer

/// One article as `hearsay articles` lists it.
public struct ArticleListing: Sendable, Hashable {
    /// The article's key.
    public var key: String
    /// Its headline.
    public var title: String?
    /// Its outlet, as stored.
    public var source: String?
    /// Its date, `YYYY-MM-DD`.
    public var date: String?
    /// Its address.
    public var url: String?
    /// How many quotes it holds.
    public var quotes: Int
    /// How many claims it holds.
    public var claims: Int
}

extension Store {
    /// The columns of the article listing, in order.
    static let articleListColumns: [(name: String, type: ExportColumnType)] = [
        ("article", .text), ("title", .text), ("source", .text), ("date", .text), ("url", .text),
        ("quotes", .number), ("claims", .number),
    ]

    /// The articles matching `filter` (dates, outlet, names, search), newest first.
    public func articles(matching filter: QueryFilter) throws -> [ArticleListing] {
        try run {
            guard let query = try articleListQuery(filter) else { return [] }
            let statement = try db.prepare(sql: query.sql)
            try statement.bind(StatementArguments(query.bindings))
            var rows: [ArticleListing] = []
            while try statement.step() {
                rows.append(
                    ArticleListing(
                        key: statement.string(at: 0) ?? "", title: statement.string(at: 1),
                        source: statement.string(at: 2), date: statement.string(at: 3),
                        url: statement.string(at: 4), quotes: Int(statement.int64(at: 5)),
                        claims: Int(statement.int64(at: 6))))
            }
            return rows
        }
    }

    /// Writes the article listing (no article text) as CSV or JSON lines; returns the number of rows.
    @discardableResult
    public func exportArticleList(filter: QueryFilter, format: ExportFormat, to output: OutputBuffer) throws -> Int {
        try run {
            if format == .csv {
                try output.append(Self.articleListColumns.map(\.name).joined(separator: ","))
                try output.append("\r\n" as StaticString)
            }
            guard let query = try articleListQuery(filter) else {
                try output.flush()
                return 0
            }
            return try stream(query, columns: Self.articleListColumns, format: format, to: output)
        }
    }

    private func articleListQuery(_ filter: QueryFilter) throws -> RowQuery? {
        try articleRowsQuery(filter, extraColumns: "", importOrder: false)
    }

    /// The articles of `filter` with their key, title, outlet, date and address, then
    /// `extraColumns` (each with a leading comma), then their counts of quotes and claims: newest
    /// first, or in import order; nil when a name filter matches nobody. The listing and the
    /// export both read articles this way.
    func articleRowsQuery(_ filter: QueryFilter, extraColumns: String, importOrder: Bool) throws -> RowQuery? {
        guard let (conditions, found) = try articleListConditions(filter) else { return nil }
        var bindings = found
        var sql = """
            SELECT a.key, a.title, a.source, a.published, a.url\(extraColumns),
             (SELECT count(*) FROM quotes WHERE article_id = a.id), (SELECT count(*) FROM claims WHERE article_id = a.id)
             FROM articles a
            """
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += importOrder ? " ORDER BY a.id" : " ORDER BY a.published IS NULL, a.published DESC, a.key"
        if let limit = filter.limit {
            sql += " LIMIT ?"
            bindings.append(.integer(Int64(max(0, limit))))
        }
        return RowQuery(sql: sql, bindings: bindings)
    }
}
