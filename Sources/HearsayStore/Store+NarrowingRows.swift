import HearsayModel
import SQLiteLayer

/// What searches on one connection worked out, kept while the database stays the same: the rows
/// of each speaker type, and the rows matching the last search (a page's facets, count and rows
/// all start from them).
struct SearchMemo {
    /// Which state of the database the memo describes.
    struct Stamp: Equatable {
        /// `PRAGMA data_version`: changes by other connections.
        var dataVersion: Int64
        /// Changes by this connection.
        var totalChanges: Int
    }

    /// A search without its window and order.
    struct MatchKey: Equatable {
        var table: String
        var query: SearchQuery
    }

    var stamp: Stamp?
    /// The rows of each table and type (`quotes person`); nil when the type has too many rows.
    var typedRows: [String: RowIDSet?] = [:]
    /// The rows of the last outlet and dates asked for (`quotes` plus the three values).
    var articleRows: (key: [String?], rows: RowIDSet?)?
    /// The matches of the last search read through ``NarrowingRows``.
    var matches: (key: MatchKey, ids: [Int64])?
}

/// The rows a search can be read through: those of its speaker type, of the articles its outlet
/// and dates choose, or both, as ids in memory.
struct NarrowingRows {
    var rows: RowIDSet
    /// The rows are those of the search's speaker type (no row needs its type checked).
    var coversType: Bool
    /// The rows are those of the search's articles (no row needs its outlet or date checked).
    var coversArticles: Bool
}

extension Store {
    /// The rows of a type, or of the articles of an outlet or dates, are read into a
    /// ``RowIDSet`` up to this many; past it they are most rows, and testing each row read finds a
    /// page of them sooner.
    static let narrowingLimit = 150_000

    /// The rows to run `query` through, when it has a speaker type or an outlet or dates and no
    /// name or speaker narrows it further: the rows of the type and those of the articles the
    /// outlet and dates choose (each when at most ``narrowingLimit``), or the rows in both. Nil
    /// when neither applies.
    ///
    /// A common type checked on each row read cost a page of `type=organisation` (one row in
    /// fifteen) 150,000 rows read to count 10,000 matches, and a common word in one month of
    /// thirty-six 360,000; through the speaker and article indexes each row of the type or the
    /// month costs one index entry, and the other conditions are tested against them in memory.
    func narrowingRows(_ table: RowQuery.Table, for query: SearchQuery) throws -> NarrowingRows? {
        let filter = query.filter
        guard query.speakerID == nil, filter.person == nil, filter.organisation == nil, filter.speakerType == nil,
            !filter.searchContext
        else { return nil }
        var typed: RowIDSet?
        if let type = query.speakerType {
            try refreshSearchMemo()
            let key = "\(table.name) \(type.rawValue)"
            if let kept = searchMemo.typedRows[key] {
                typed = kept
            } else {
                typed = try readTypedRows(table, type)
                searchMemo.typedRows[key] = .some(typed)
            }
        }
        let articles = try articleRows(table, filter)
        switch (typed, articles) {
        case (let typed?, let articles?):
            return NarrowingRows(rows: typed.intersection(articles), coversType: true, coversArticles: true)
        case (let typed?, nil):
            let noArticles = filter.source == nil && filter.since == nil && filter.until == nil
            return NarrowingRows(rows: typed, coversType: true, coversArticles: noArticles)
        case (nil, let articles?):
            return NarrowingRows(rows: articles, coversType: query.speakerType == nil, coversArticles: true)
        case (nil, nil):
            return nil
        }
    }

    /// Forgets the memo when the database has changed since it was made.
    private func refreshSearchMemo() throws {
        let stamp = SearchMemo.Stamp(
            dataVersion: try db.scalarInt(sql: "PRAGMA data_version") ?? 0, totalChanges: db.totalChanges)
        if searchMemo.stamp != stamp { searchMemo = SearchMemo(stamp: stamp) }
    }

    /// Reads the ids `sql` lists (with `bindings`, and a last parameter for the limit) into a
    /// set; nil past ``narrowingLimit``.
    private func readRowIDs(_ table: RowQuery.Table, _ sql: String, _ bindings: [DatabaseValue]) throws -> RowIDSet?
    {
        let statement = try db.prepare(sql: sql)
        try statement.bind(StatementArguments(bindings + [.integer(Int64(Self.narrowingLimit + 1))]))
        var rows = RowIDSet(largest: try db.scalarInt(sql: "SELECT max(id) FROM \(table.name)") ?? 0)
        while try statement.step() {
            let id = statement.int64(at: 0)
            guard id >= 0, rows.count < Self.narrowingLimit else { return nil }
            rows.insert(id)
        }
        return rows
    }

    /// The rows of `type`, read through the speaker index (its entities' rows, then the rows
    /// without an entity whose article gave that type); nil when it is the type of most of the
    /// first thousand rows (reading them all would cost more than checking each row a page
    /// reads), or it has more than ``narrowingLimit``.
    private func readTypedRows(_ table: RowQuery.Table, _ type: SpeakerKind) throws -> RowIDSet? {
        let sample = try db.prepare(
            sql: """
                SELECT count(*), coalesce(sum(\(RowQuery.speakerTypeCheck(type))), 0)
                  FROM (SELECT * FROM \(table.name) LIMIT 1000) r
                  LEFT JOIN entities e ON e.id = r.\(table.speakerColumn)
                  LEFT JOIN article_speakers m ON m.article_id = r.article_id AND m.position = r.mention
                """)
        if try sample.step(), sample.int64(at: 1) * 2 > sample.int64(at: 0) { return nil }
        return try readRowIDs(
            table, "SELECT r.id FROM \(table.name) r WHERE \(RowQuery.speakerTypeSQL(table, type)) LIMIT ?", [])
    }

    /// The rows of the articles `filter`'s outlet and dates choose, read through the article
    /// indexes; nil when it has none of them or they hold more than ``narrowingLimit`` rows.
    private func articleRows(_ table: RowQuery.Table, _ filter: QueryFilter) throws -> RowIDSet? {
        guard filter.source != nil || filter.since != nil || filter.until != nil else { return nil }
        try refreshSearchMemo()
        let key = [table.name, filter.source, filter.since, filter.until]
        if let kept = searchMemo.articleRows, kept.key == key { return kept.rows }
        var conditions: [String] = []
        var bindings: [DatabaseValue] = []
        articleConditions(filter, into: &conditions, &bindings)
        let rows = try readRowIDs(
            table,
            """
            SELECT r.id FROM articles a JOIN \(table.name) r ON r.article_id = a.id
             WHERE \(conditions.joined(separator: " AND ")) LIMIT ?
            """, bindings)
        searchMemo.articleRows = (key, rows)
        return rows
    }

    /// The ids of the rows matching `query` among `narrowing` (``narrowingRows(_:for:)``),
    /// ascending, at most ``countCap`` + 1 of them.
    ///
    /// With search words the full-text index is read in rowid order and each match tested
    /// against the set, so rows are read only for the conditions left (kind, and the type or the
    /// outlet and dates when the set does not hold them); without, the set's rows are read a
    /// chunk at a time and those conditions tested on them; with none left, the set is the answer.
    func matchingIDs(_ table: RowQuery.Table, _ query: SearchQuery, within narrowing: NarrowingRows) throws -> [Int64]
    {
        try refreshSearchMemo()
        var key = query
        key.offset = 0
        key.pageSize = 0
        key.order = .newest
        let memoKey = SearchMemo.MatchKey(table: table.name, query: key)
        if let kept = searchMemo.matches, kept.key == memoKey { return kept.ids }
        let limit = Self.countCap + 1
        var filter = query.filter
        filter.limit = nil
        if narrowing.coversArticles {
            filter.source = nil
            filter.since = nil
            filter.until = nil
        }
        // RowQuery joins the speakers and checks the type when the filter has one.
        if !narrowing.coversType { filter.speakerType = query.speakerType }
        let conditions = searchConditions(table, query, typeCondition: false)
        let rowConditions =
            !conditions.isEmpty || filter.source != nil || filter.since != nil || filter.until != nil
            || filter.speakerType != nil
        let set = narrowing.rows
        var ids: [Int64] = []
        func collect(_ rows: RowQuery, testSet: Bool) throws -> Bool {
            let statement = try db.prepare(sql: rows.sql)
            try statement.bind(StatementArguments(rows.bindings))
            while try statement.step() {
                let id = statement.int64(at: 0)
                guard !testSet || set.contains(id) else { continue }
                ids.append(id)
                if ids.count >= limit { return false }
            }
            return true
        }
        if let search = filter.search {
            let rows =
                rowConditions
                ? try RowQuery.build(
                    table, columns: "r.id", filter: filter, speakers: nil, extraConditions: conditions,
                    joinsOnlyToFilter: true)
                : RowQuery(
                    sql: "SELECT rowid FROM \(table.fts) WHERE \(table.fts) MATCH ?",
                    bindings: [.text(try FullTextQuery.allWords(search))])
            if let rows { _ = try collect(rows, testSet: true) }
        } else if !rowConditions {
            ids = set.smallest(limit)
        } else {
            let all = set.smallest(Int.max)
            var start = 0
            while start < all.count {
                let chunk = all[start..<min(all.count, start + 512)]
                start += chunk.count
                guard
                    let rows = try RowQuery.build(
                        table, columns: "r.id", filter: filter, speakers: nil,
                        extraConditions: conditions + ["r.id IN (\(chunk.map(String.init).joined(separator: ",")))"],
                        orderBy: "r.id", joinsOnlyToFilter: true),
                    try collect(rows, testSet: false)
                else { break }
            }
        }
        searchMemo.matches = (memoKey, ids)
        return ids
    }
}
