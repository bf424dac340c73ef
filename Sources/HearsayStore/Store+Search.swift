import Extraction
import HearsayModel
import SQLiteLayer

extension Store {
    /// Matching rows are counted up to this many; a page says "more than" past it.
    public static let countCap = 10_000
    /// Up to this many matches are sorted as a whole (by relevance or date); past it a page is
    /// read in date order article by article, and relevance gives way to date.
    public static let sortLimit = 2_000
    /// Pages of a common word (more matches than ``countCap``) down to this row are found by
    /// asking the full-text index article by article; deeper ones from the list of every match.
    static let probeDepth = 500

    /// One page of the quotes matching `query`, with the count of all matches.
    public func searchQuotes(_ query: SearchQuery) throws -> SearchPage<QuoteRecord> {
        try run {
            let narrowing = try narrowingRows(.quotes, for: query)
            let counted = try countRows(.quotes, query, narrowing: narrowing)
            let (sql, order) = try pageQuery(.quotes, columns: Self.quoteColumns, query, counted: counted)
            let rows = try records(sql, Self.quoteRecord)
            return SearchPage(rows: rows, total: counted.total, totalIsExact: counted.exact, order: order)
        }
    }

    /// One page of the claims matching `query`, with the count of all matches.
    public func searchClaims(_ query: SearchQuery) throws -> SearchPage<ClaimRecord> {
        try run {
            let narrowing = try narrowingRows(.claims, for: query)
            let counted = try countRows(.claims, query, narrowing: narrowing)
            let (sql, order) = try pageQuery(.claims, columns: Self.claimColumns, query, counted: counted)
            let rows = try records(sql, Self.claimRecord)
            return SearchPage(rows: rows, total: counted.total, totalIsExact: counted.exact, order: order)
        }
    }

    /// The conditions of `query` beyond the filter. Each is written from a closed set (a kind's
    /// stored code, a type's name) or a parsed integer, never from text a user typed.
    ///
    /// With `indexed` false the speaker column is written `+r.…`, which keeps SQLite from
    /// reading it through its index where another index drives the query. The speaker's type
    /// is checked on each row read (joined as `e` and `m`), or found through the speaker index
    /// when `rareType` (``isRare(_:)``, worked out once by the caller) and `indexed`; not at all
    /// when `typeCondition` is false.
    func searchConditions(
        _ table: RowQuery.Table, _ query: SearchQuery, indexed: Bool = true, typeCondition: Bool = true,
        rareType: Bool = false
    ) -> [String] {
        var conditions: [String] = []
        let speaker = (indexed ? "r." : "+r.") + table.speakerColumn
        if table == .quotes, let kind = query.quoteKind { conditions.append("r.kind = \(StoredCodes.code(kind))") }
        if table == .claims, let kind = query.claimKind { conditions.append("r.kind = \(StoredCodes.code(kind))") }
        if typeCondition, let type = query.speakerType {
            conditions.append(
                indexed && rareType ? RowQuery.speakerTypeSQL(table, type) : RowQuery.speakerTypeCheck(type))
        }
        if let id = query.speakerID { conditions.append("\(speaker) = \(id)") }
        return conditions
    }

    /// The rows of `query` with `columns`, unlimited unless `limit` is given; nil when a name
    /// filter matches nobody.
    func searchRows(_ table: RowQuery.Table, columns: String, _ query: SearchQuery, order: String?, limit: Int?)
        throws -> RowQuery?
    {
        var filter = query.filter
        filter.limit = limit
        // A rare type's rows come through the speaker index (`type=group` read every row to find none).
        let rare = try query.speakerType.map(isRare) ?? false
        return try RowQuery.build(
            table, columns: columns, filter: filter, speakers: try speakerIDs(for: filter),
            extraConditions: searchConditions(table, query, rareType: rare), orderBy: order,
            typeThroughIndex: try typeThroughIndex(filter))
    }

    /// How many rows match a search, whether that is all of them (past ``countCap`` it is not),
    /// and, when the search was read through ``NarrowingRows``, their ids (ascending).
    struct Counted {
        var total: Int
        var exact: Bool
        var ids: [Int64]?
    }

    /// The page's SQL and the order it really has, chosen by how many rows match: a few are
    /// sorted whole; many are read article by article in date order, which stops at the page.
    private func pageQuery(_ table: RowQuery.Table, columns: String, _ query: SearchQuery, counted: Counted) throws
        -> (RowQuery?, SearchOrder)
    {
        let matches = counted.total
        var order = query.order
        if order == .relevance && (query.filter.search == nil || matches > Self.sortLimit) { order = .newest }
        let descending = order != .oldest
        let narrowsRows =
            query.filter.search != nil || query.filter.person != nil || query.filter.organisation != nil
            || query.speakerID != nil
        var sql: RowQuery?
        if let ids = counted.ids, counted.exact {
            // Every match is known (through ``NarrowingRows``, at most ``countCap``): they are
            // sorted whole, each read once, however rare they are among the rows around them.
            if order == .relevance, let search = query.filter.search {
                let list = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
                sql = try RowQuery.build(
                    table, columns: columns, filter: QueryFilter(search: search), speakers: nil,
                    extraConditions: ["r.id IN (\(list))"], orderBy: "f.rank, r.id")
            } else {
                if let page = try walkedPageIDs(table, ids: ids, query, descending: descending) {
                    return (Self.rowsByID(table, columns: columns, ids: page, descending: descending), order)
                }
                // Sorted by date reading only each row's article and date; the page's rows alone
                // are then read whole (speaker, text, article columns).
                let list = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
                let statement = try db.prepare(
                    sql: """
                        SELECT r.id FROM \(table.name) r JOIN articles a ON a.id = r.article_id WHERE r.id IN (\(list))
                         ORDER BY \(descending ? "a.published DESC, a.id DESC, r.id DESC" : "a.published, a.id, r.id")
                         LIMIT ? OFFSET ?
                        """)
                try statement.bind(max(0, query.pageSize), at: 1)
                try statement.bind(max(0, query.offset), at: 2)
                var page: [Int64] = []
                while try statement.step() { page.append(statement.int64(at: 0)) }
                return (Self.rowsByID(table, columns: columns, ids: page, descending: descending), order)
            }
        } else if order == .relevance {
            sql = try searchRows(table, columns: columns, query, order: "f.rank, r.id", limit: nil)
        } else if !narrowsRows || matches > Self.sortLimit {
            if query.filter.search != nil, matches >= Self.countCap,
                query.offset + query.pageSize <= Self.probeDepth
            {
                // Common words: the page's rows found by asking the index article by article.
                let ids = try probedPageIDs(table, query, descending: descending)
                return (ids.map { Self.rowsByID(table, columns: columns, ids: $0, descending: descending) }, order)
            }
            sql = try articleOrderedRows(table, columns: columns, query, descending: descending)
        } else {
            let sorted = descending ? "a.published DESC, a.id DESC, r.id DESC" : "a.published, a.id, r.id"
            sql = try searchRows(table, columns: columns, query, order: sorted, limit: nil)
        }
        sql?.sql += "\n LIMIT ? OFFSET ?"
        sql?.bindings += [.integer(Int64(max(0, query.pageSize))), .integer(Int64(max(0, query.offset)))]
        return (sql, order)
    }

    /// The rows of `query` read article by article in date order (newest first when
    /// `descending`; undated articles are the oldest), so a page reads about as many rows as
    /// it needs before it is full instead of sorting every match. Nil when a name matches nobody.
    ///
    /// Search words are checked against a list of every match, made first.
    private func articleOrderedRows(_ table: RowQuery.Table, columns: String, _ query: SearchQuery, descending: Bool)
        throws -> RowQuery?
    {
        // CROSS JOIN keeps the articles' date index as the outer loop, and the unary `+` keeps
        // every other condition a check on the row rather than another index to drive from.
        var conditions = searchConditions(table, query, indexed: false)
        var bindings: [DatabaseValue] = []
        if let search = query.filter.search {
            conditions.append("+r.id IN (SELECT rowid FROM \(table.fts) WHERE \(table.fts) MATCH ?)")
            bindings.append(.text(try FullTextQuery.allWords(search)))
        }
        guard try rowChecks(table, query.filter, into: &conditions, &bindings) else { return nil }
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

    /// Adds the speaker, outlet and date conditions of `filter` as checks on each row (the unary
    /// `+` keeps them from driving the query); false when a name matches nobody.
    private func rowChecks(
        _ table: RowQuery.Table, _ filter: QueryFilter, into conditions: inout [String],
        _ bindings: inout [DatabaseValue]
    ) throws -> Bool {
        if let speakers = try speakerIDs(for: filter) {
            if speakers.isEmpty { return false }
            conditions.append("+r.\(table.speakerColumn) IN (\(speakers.map(String.init).joined(separator: ",")))")
        }
        if let source = filter.source {
            conditions.append("+a.source = ? COLLATE NOCASE")
            bindings.append(.text(source))
        }
        var dates = filter
        dates.source = nil
        articleConditions(dates, into: &conditions, &bindings)
        return true
    }

    /// The ids of the rows on the page of `query` (a search, in date order), found by asking the
    /// full-text index for the matches among each article's rows, newest article first (oldest
    /// with `descending` false), until the page is full; nil when a name matches nobody.
    ///
    /// An article's rows lie between its smallest and largest id, so each article costs one seek
    /// in the index and nothing is read for matches past the page. Listing every match first
    /// instead read all of them (a word in one quote of ten: 100,000 at a million quotes) to
    /// show 25.
    private func probedPageIDs(_ table: RowQuery.Table, _ query: SearchQuery, descending: Bool) throws -> [Int64]? {
        guard let search = query.filter.search else { return [] }
        var conditions = ["\(table.fts) MATCH ?"] + searchConditions(table, query, indexed: false)
        var bindings: [DatabaseValue] = [.text(try FullTextQuery.allWords(search))]
        guard try rowChecks(table, query.filter, into: &conditions, &bindings) else { return nil }
        func edge(_ end: String) -> String { "(SELECT \(end)(id) FROM \(table.name) WHERE article_id = a.id)" }
        var sql = """
            SELECT a.id, r.id
             FROM articles a CROSS JOIN \(table.fts) f ON f.rowid BETWEEN \(edge("min")) AND \(edge("max"))
             CROSS JOIN \(table.name) r ON r.id = f.rowid AND r.article_id = a.id
            """
        if query.speakerType != nil {
            sql += """

                 LEFT JOIN entities e ON e.id = r.\(table.speakerColumn)
                 LEFT JOIN article_speakers m ON m.article_id = r.article_id AND m.position = r.mention
                """
        }
        // Only the articles' order is asked of SQL, which the date index gives without sorting;
        // the rows of each article are put in order here.
        sql += "\n WHERE " + conditions.joined(separator: " AND ")
        sql += descending ? "\n ORDER BY a.published DESC, a.id DESC" : "\n ORDER BY a.published, a.id"
        let statement = try db.prepare(sql: sql)
        try statement.bind(StatementArguments(bindings))
        let wanted = query.offset + query.pageSize
        var ids: [Int64] = []
        var article: Int64?
        var first = 0
        func closeArticle() {
            if descending { ids[first...].reverse() }
            first = ids.count
        }
        while try statement.step() {
            let id = statement.int64(at: 0)
            if id != article {
                closeArticle()
                if ids.count >= wanted { break }
                article = id
            }
            ids.append(statement.int64(at: 1))
        }
        closeArticle()
        guard query.offset < ids.count else { return [] }
        return Array(ids[query.offset..<min(ids.count, wanted)])
    }

    /// The ids on the page of `query` among `ids` (every match, ascending), in date order (newest
    /// first when `descending`), found by walking the articles in date order through the date
    /// index and each article's rows through the article index, keeping the rows in `ids`, until
    /// the page is full; nil when that walk would cost more than sorting every match.
    ///
    /// Sorting reads each match's row and article (two seeks a match: 11,000 for a word spoken
    /// by organisations 5,500 times); the walk reads index entries only, one seek an article and
    /// one step a row, and stops at the page, so it wins for the first pages of a few thousand
    /// matches among a million rows. Only the articles of the query's dates are walked. Its cost
    /// is estimated from how far through those articles the page lies, and the walk gives up
    /// (the caller sorts) if it costs more than sorting, as when the matches lie far from the
    /// end it starts from. `budget` overrides that cost (in rows stepped over, an article
    /// counting as ``articleStepCost``).
    func walkedPageIDs(
        _ table: RowQuery.Table, ids: [Int64], _ query: SearchQuery, descending: Bool, budget: Int? = nil
    ) throws -> [Int64]? {
        let wanted = query.offset + query.pageSize
        guard !ids.isEmpty, query.pageSize > 0, wanted <= ids.count || budget != nil else {
            return budget == nil ? nil : []
        }
        var dates: [String] = []
        var bindings: [DatabaseValue] = []
        articleConditions(QueryFilter(since: query.filter.since, until: query.filter.until), into: &dates, &bindings)
        let walked = dates.isEmpty ? "" : " WHERE " + dates.joined(separator: " AND ")
        let allowed: Int
        if let budget {
            allowed = budget
        } else {
            // Sorting costs two seeks a match, each worth about ``sortSeekCost`` rows stepped over.
            allowed = ids.count * 2 * Self.sortSeekCost
            let rows = Int(try db.scalarInt(sql: "SELECT max(id) FROM \(table.name)") ?? 0)
            let articles = max(1, Int(try db.scalarInt(sql: "SELECT max(id) FROM articles") ?? 0))
            var inDates = articles
            if !dates.isEmpty {
                let count = try db.prepare(sql: "SELECT count(*) FROM articles a" + walked)
                try count.bind(StatementArguments(bindings))
                inDates = try count.step() ? Int(count.int64(at: 0)) : 0
            }
            let expected = (rows / articles * inDates + inDates * Self.articleStepCost) / ids.count * wanted
            guard expected * 2 <= allowed else { return nil }
        }
        var members = RowIDSet(largest: ids[ids.count - 1])
        for id in ids { members.insert(id) }
        let statement = try db.prepare(
            sql: """
                SELECT a.id, r.id FROM articles a CROSS JOIN \(table.name) r INDEXED BY \(table.articleIndex)
                    ON r.article_id = a.id\(walked)
                 ORDER BY \(descending ? "a.published DESC, a.id DESC" : "a.published, a.id")
                """)
        try statement.bind(StatementArguments(bindings))
        var page: [Int64] = []
        var article: Int64?
        var first = 0
        var spent = 0
        func closeArticle() {
            if descending { page[first...].reverse() }
            first = page.count
        }
        while try statement.step() {
            let id = statement.int64(at: 0)
            if id != article {
                closeArticle()
                if page.count >= wanted { break }
                article = id
                spent += Self.articleStepCost
            }
            spent += 1
            if spent > allowed { return nil }
            let row = statement.int64(at: 1)
            if members.contains(row) { page.append(row) }
        }
        closeArticle()
        guard query.offset < page.count else { return [] }
        return Array(page[query.offset..<min(page.count, wanted)])
    }

    /// One article's seek in a walk (``walkedPageIDs(_:ids:_:descending:budget:)``), in rows
    /// stepped over.
    static let articleStepCost = 8
    /// One row's or article's seek when matches are sorted by date, in rows stepped over.
    static let sortSeekCost = 12

    /// The rows with `ids` in the page's order.
    private static func rowsByID(_ table: RowQuery.Table, columns: String, ids: [Int64], descending: Bool)
        -> RowQuery
    {
        var sql = """
            SELECT \(columns)
             FROM \(table.name) r JOIN articles a ON a.id = r.article_id
             LEFT JOIN entities e ON e.id = r.\(table.speakerColumn)
             LEFT JOIN article_speakers m ON m.article_id = r.article_id AND m.position = r.mention
             WHERE r.id IN (\(ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")))
            """
        sql += descending ? "\n ORDER BY a.published DESC, a.id DESC, r.id DESC" : "\n ORDER BY a.published, a.id, r.id"
        return RowQuery(sql: sql, bindings: [])
    }

    /// How many rows match, reading at most ``countCap`` + 1 of them; through `narrowing`
    /// (``narrowingRows(_:for:)``) when given.
    private func countRows(_ table: RowQuery.Table, _ query: SearchQuery, narrowing: NarrowingRows?) throws
        -> Counted
    {
        if let narrowing {
            let ids = try matchingIDs(table, query, within: narrowing)
            return Counted(total: min(ids.count, Self.countCap), exact: ids.count <= Self.countCap, ids: ids)
        }
        guard let rows = try countQuery(table, query) else { return Counted(total: 0, exact: true) }
        let statement = try db.prepare(sql: "SELECT count(*) FROM (\(rows.sql))")
        try statement.bind(StatementArguments(rows.bindings))
        let count = try statement.step() ? Int(statement.int64(at: 0)) : 0
        return Counted(total: min(count, Self.countCap), exact: count <= Self.countCap)
    }

    /// The rows to count: without conditions on the article or the speaker's type, the table
    /// alone (or its full-text index alone), with no joins; nil when a name matches nobody.
    private func countQuery(_ table: RowQuery.Table, _ query: SearchQuery) throws -> RowQuery? {
        let filter = query.filter
        guard query.speakerType == nil && filter.source == nil && filter.since == nil && filter.until == nil else {
            return try searchRows(table, columns: "1", query, order: nil, limit: Self.countCap + 1)
        }
        var conditions = searchConditions(table, query)
        var bindings: [DatabaseValue] = []
        if let speakers = try speakerIDs(for: filter) {
            if speakers.isEmpty { return nil }
            conditions.append("r.\(table.speakerColumn) IN (\(speakers.map(String.init).joined(separator: ",")))")
        }
        var from = "\(table.name) r"
        if let search = filter.search {
            // Words alone are counted in the index alone: each of its rowids is a row (the
            // rows' delete trigger keeps them so), and joining the table was most of the cost.
            from = conditions.isEmpty ? table.fts : "\(table.fts) f JOIN \(table.name) r ON r.id = f.rowid"
            conditions.insert("\(table.fts) MATCH ?", at: 0)
            bindings.append(.text(try FullTextQuery.allWords(search)))
        }
        var sql = "SELECT 1 FROM \(from)"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " LIMIT ?"
        bindings.append(.integer(Int64(Self.countCap + 1)))
        return RowQuery(sql: sql, bindings: bindings)
    }
}
