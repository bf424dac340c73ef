import Extraction
import SQLiteLayer

extension Store {
    /// Matching rows are counted up to this many; a page says "more than" past it.
    public static let countCap = 10_000

    /// One page of the quotes matching `query`, with the count of all matches.
    public func searchQuotes(_ query: SearchQuery) throws -> SearchPage<QuoteRecord> {
        try run {
            let sql = try pageQuery(.quotes, columns: Self.quoteColumns, query)
            var rows: [QuoteRecord] = []
            if let sql {
                let statement = try db.prepare(sql: sql.sql)
                try statement.bind(sql.bindings)
                let texts = try ArticleTexts(db: db)
                while try statement.step() { rows.append(try Self.quoteRecord(statement, texts: texts)) }
            }
            let (total, exact) = try countRows(.quotes, query, shown: rows.count)
            return SearchPage(rows: rows, total: total, totalIsExact: exact)
        }
    }

    /// One page of the claims matching `query`, with the count of all matches.
    public func searchClaims(_ query: SearchQuery) throws -> SearchPage<ClaimRecord> {
        try run {
            let sql = try pageQuery(.claims, columns: Self.claimColumns, query)
            var rows: [ClaimRecord] = []
            if let sql {
                let statement = try db.prepare(sql: sql.sql)
                try statement.bind(sql.bindings)
                let texts = try ArticleTexts(db: db)
                while try statement.step() { rows.append(try Self.claimRecord(statement, texts: texts)) }
            }
            let (total, exact) = try countRows(.claims, query, shown: rows.count)
            return SearchPage(rows: rows, total: total, totalIsExact: exact)
        }
    }

    /// The conditions of `query` beyond the filter. Each is written from a closed set (a kind's
    /// stored code, a type's name) or a parsed integer, never from text a user typed.
    func searchConditions(_ table: RowQuery.Table, _ query: SearchQuery) -> [String] {
        var conditions: [String] = []
        if table == .quotes, let kind = query.quoteKind { conditions.append("r.kind = \(StoredCodes.code(kind))") }
        if table == .claims, let kind = query.claimKind { conditions.append("r.kind = \(StoredCodes.code(kind))") }
        if let type = query.speakerType {
            let name = type.rawValue.filter(\.isLetter)
            conditions.append("coalesce(e.kind, \(StoredCodes.speakerKindSQL("m.kind"))) = '\(name)'")
        }
        if let id = query.speakerID { conditions.append("r.\(table.speakerColumn) = \(id)") }
        return conditions
    }

    /// The rows of `query` with `columns`, unlimited unless `limit` is given; nil when a name
    /// filter matches nobody.
    func searchRows(_ table: RowQuery.Table, columns: String, _ query: SearchQuery, order: String?, limit: Int?)
        throws -> RowQuery?
    {
        var filter = query.filter
        filter.limit = limit
        return try RowQuery.build(
            table, columns: columns, filter: filter, speakers: try speakerIDs(for: filter),
            extraConditions: searchConditions(table, query), orderBy: order)
    }

    private func pageQuery(_ table: RowQuery.Table, columns: String, _ query: SearchQuery) throws -> RowQuery? {
        let descending = query.order != .oldest
        var sql: RowQuery
        if query.order == .relevance, query.filter.search != nil {
            guard let rows = try searchRows(table, columns: columns, query, order: "f.rank, r.id", limit: nil)
            else { return nil }
            sql = rows
        } else if query.filter.search == nil && query.filter.person == nil && query.filter.organisation == nil
            && query.speakerID == nil
        {
            sql = articleOrderedRows(table, columns: columns, query, descending: descending)
        } else {
            let order = descending ? "a.published DESC, a.id DESC, r.id DESC" : "a.published, a.id, r.id"
            guard let rows = try searchRows(table, columns: columns, query, order: order, limit: nil) else {
                return nil
            }
            sql = rows
        }
        sql.sql += "\n LIMIT ? OFFSET ?"
        sql.bindings += [.integer(Int64(max(0, query.pageSize))), .integer(Int64(max(0, query.offset)))]
        return sql
    }

    /// The rows of `query` read article by article in date order (newest first when
    /// `descending`; undated articles are the oldest). Without a filter on the rows' own
    /// speakers or words, a page then reads only its own rows instead of sorting every match.
    private func articleOrderedRows(_ table: RowQuery.Table, columns: String, _ query: SearchQuery, descending: Bool)
        -> RowQuery
    {
        var conditions = searchConditions(table, query)
        var bindings: [SQLValue] = []
        articleConditions(query.filter, into: &conditions, &bindings)
        // CROSS JOIN keeps the articles' date index as the outer loop.
        var sql = """
            SELECT \(columns)
             FROM articles a CROSS JOIN \(table.name) r ON r.article_id = a.id
             LEFT JOIN entities e ON e.id = r.\(table.speakerColumn)
             LEFT JOIN article_speakers m ON m.article_id = r.article_id AND m.position = r.mention
            """
        if !conditions.isEmpty { sql += "\n WHERE " + conditions.joined(separator: " AND ") }
        sql += descending ? "\n ORDER BY a.published DESC, a.id DESC, r.id DESC" : "\n ORDER BY a.published, a.id, r.id"
        return RowQuery(sql: sql, bindings: bindings)
    }

    /// How many rows match, reading at most ``countCap`` + 1 of them.
    private func countRows(_ table: RowQuery.Table, _ query: SearchQuery, shown: Int) throws -> (Int, Bool) {
        // A short first page is the whole answer.
        if query.offset == 0 && shown < query.pageSize { return (shown, true) }
        guard let rows = try searchRows(table, columns: "1", query, order: nil, limit: Self.countCap + 1) else {
            return (0, true)
        }
        let statement = try db.prepare(sql: "SELECT count(*) FROM (\(rows.sql))")
        try statement.bind(rows.bindings)
        let count = try statement.step() ? Int(statement.int64(at: 0)) : 0
        return (min(count, Self.countCap), count <= Self.countCap)
    }
}
