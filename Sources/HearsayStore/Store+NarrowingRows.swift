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
    /// The rows of each table and type (`quotes person`), or those of every other type; nil
    /// when both have too many rows.
    var typedRows: [String: TypedRows?] = [:]
    /// The rows of the last outlet and dates asked for (`quotes` plus the three values).
    var articleRows: (key: [String?], rows: RowIDSet?)?
    /// The matches of the last search read through ``NarrowingRows``.
    var matches: (key: MatchKey, ids: [Int64])?
}

/// The rows of a speaker type as ids in memory: the type's own rows, or, for a type most rows
/// have, the rows of every other type and of none (its complement, far fewer).
struct TypedRows {
    var rows: RowIDSet
    /// The set holds the rows *not* of the type.
    var complement: Bool
}

/// The rows a search can be read through: those of its speaker type, of the articles its outlet
/// and dates choose, or both, as ids in memory.
struct NarrowingRows {
    var rows: RowIDSet
    /// The search's rows are those *not* in ``rows`` (a common type's complement); only with
    /// search words, whose full-text index lists the rows to test.
    var excludes = false
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
    /// Ids of a narrowing set closer than this are read from the full-text index as one stretch;
    /// a farther gap is skipped with one seek in the index.
    static let rangeGap: Int64 = 4_096

    /// The rows to run `query` through, when it has a speaker type or an outlet or dates and no
    /// name or speaker narrows it further: the rows of the type and those of the articles the
    /// outlet and dates choose (each when at most ``narrowingLimit``), or the rows in both. Nil
    /// when neither applies.
    ///
    /// A common type checked on each row read cost a page of `type=organisation` (one row in
    /// fifteen) 150,000 rows read to count 10,000 matches, and a common word in one month of
    /// thirty-six 360,000; through the speaker and article indexes each row of the type or the
    /// month costs one index entry, and the other conditions are tested against them in memory.
    /// The type most rows have (`person`) is held as its complement: with search words the
    /// matches are the full-text index's rows not in it (10,000 rows joined to their speakers
    /// cost a page of `q=WORD&type=person` 40,000 seeks), and with an outlet or dates the
    /// articles' rows less it.
    func narrowingRows(_ table: RowQuery.Table, for query: SearchQuery) throws -> NarrowingRows? {
        let filter = query.filter
        guard query.speakerID == nil, filter.person == nil, filter.organisation == nil, filter.speakerType == nil,
            !filter.searchContext
        else { return nil }
        var typed: TypedRows?
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
            let rows = typed.complement ? articles.subtracting(typed.rows) : typed.rows.intersection(articles)
            return NarrowingRows(rows: rows, coversType: true, coversArticles: true)
        case (let typed?, nil):
            let noArticles = filter.source == nil && filter.since == nil && filter.until == nil
            if typed.complement {
                // Without words there is no list to take the complement from; the rows are read
                // in order and most of them match.
                guard filter.search != nil, noArticles else { return nil }
                return NarrowingRows(rows: typed.rows, excludes: true, coversType: true, coversArticles: true)
            }
            return NarrowingRows(rows: typed.rows, coversType: true, coversArticles: noArticles)
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
    private func readRowIDs(_ table: RowQuery.Table, _ sql: String, _ bindings: [DatabaseValue]) throws -> RowIDSet? {
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
    /// without an entity whose article gave that type); when it is the type of most of the
    /// first thousand rows, its complement: the rows of the entities of every other type, and
    /// the rows without an entity whose article gave no such type. Nil when the rows read would
    /// be more than ``narrowingLimit``.
    private func readTypedRows(_ table: RowQuery.Table, _ type: SpeakerKind) throws -> TypedRows? {
        let sample = try db.prepare(
            sql: """
                SELECT count(*), coalesce(sum(\(RowQuery.speakerTypeCheck(type))), 0)
                  FROM (SELECT * FROM \(table.name) LIMIT 1000) r
                  LEFT JOIN entities e ON e.id = r.\(table.speakerColumn)
                  LEFT JOIN article_speakers m ON m.article_id = r.article_id AND m.position = r.mention
                """)
        if try sample.step(), sample.int64(at: 1) * 2 > sample.int64(at: 0) {
            let speaker = "r." + table.speakerColumn
            let others = try readRowIDs(
                table,
                """
                SELECT r.id FROM \(table.name) r
                 WHERE \(speaker) IN (SELECT id FROM entities WHERE kind <> '\(type.rawValue.filter(\.isLetter))')
                UNION ALL
                SELECT r.id FROM \(table.name) r
                 WHERE \(speaker) IS NULL AND NOT EXISTS (SELECT 1 FROM article_speakers s
                       WHERE s.article_id = r.article_id AND s.position = r.mention AND s.kind = \(StoredCodes.code(type)))
                 LIMIT ?
                """, [])
            return others.map { TypedRows(rows: $0, complement: true) }
        }
        return try readRowIDs(
            table, "SELECT r.id FROM \(table.name) r WHERE \(RowQuery.speakerTypeSQL(table, type)) LIMIT ?", []
        ).map { TypedRows(rows: $0, complement: false) }
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
    /// against the set, within the stretches of ids the set spans (a month's rows lie in a few
    /// dozen stretches, and reading the index of a common word only there spared reading it
    /// for the million rows around them); rows are then read only for the conditions left (kind,
    /// and the type or the outlet and dates when the set does not hold them), a chunk at a time.
    /// Without words, the set's rows are read a chunk at a time and those conditions tested on
    /// them; with none left, the set is the answer.
    func matchingIDs(_ table: RowQuery.Table, _ query: SearchQuery, within narrowing: NarrowingRows) throws -> [Int64] {
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
        // Keeps the rows among `candidates` (ascending) that meet the conditions left; false
        // once the limit is reached.
        func keep(_ candidates: ArraySlice<Int64>) throws -> Bool {
            guard rowConditions else {
                ids += candidates.prefix(limit - ids.count)
                return ids.count < limit
            }
            var rowFilter = filter
            rowFilter.search = nil
            guard
                let rows = try RowQuery.build(
                    table, columns: "r.id", filter: rowFilter, speakers: nil,
                    extraConditions: conditions + ["r.id IN (\(candidates.map(String.init).joined(separator: ",")))"],
                    orderBy: "r.id", joinsOnlyToFilter: true)
            else { return false }
            let statement = try db.prepare(sql: rows.sql)
            try statement.bind(StatementArguments(rows.bindings))
            while try statement.step() {
                ids.append(statement.int64(at: 0))
                if ids.count >= limit { return false }
            }
            return true
        }
        if let search = filter.search {
            let statement = try db.prepare(
                sql: "SELECT rowid FROM \(table.fts) WHERE \(table.fts) MATCH ? AND rowid BETWEEN ? AND ?")
            let words = try FullTextQuery.allWords(search)
            let ranges = narrowing.excludes ? [Int64.min...Int64.max] : set.ranges(joiningGapsBelow: Self.rangeGap)
            var candidates: [Int64] = []
            scan: for range in ranges {
                statement.reset()
                try statement.bind(words, at: 1)
                try statement.bind(range.lowerBound, at: 2)
                try statement.bind(range.upperBound, at: 3)
                while try statement.step() {
                    let id = statement.int64(at: 0)
                    guard set.contains(id) != narrowing.excludes else { continue }
                    candidates.append(id)
                    if candidates.count >= 512 {
                        guard try keep(candidates[...]) else { break scan }
                        candidates.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !candidates.isEmpty, ids.count < limit { _ = try keep(candidates[...]) }
        } else if !rowConditions {
            ids = set.smallest(limit)
        } else {
            let all = set.smallest(Int.max)
            var start = 0
            while start < all.count {
                let chunk = all[start..<min(all.count, start + 512)]
                start += chunk.count
                guard try keep(chunk) else { break }
            }
        }
        searchMemo.matches = (memoKey, ids)
        return ids
    }
}
