import HearsayModel
import SQLiteLayer

/// A SELECT over quotes or claims with the filters of a ``QueryFilter`` turned into SQL.
///
/// Names (`--person`, `--org`) are resolved to entity ids first, so the query itself only
/// compares indexed integer columns. A `--search` drives the query from the FTS5 index in rowid
/// order with no ranking, so a common word with a small `--limit` stops after `limit` rows.
struct RowQuery {
    /// The table the rows come from, with its alias in the SQL and its FTS table.
    enum Table {
        case quotes
        case claims

        var name: String { self == .quotes ? "quotes" : "claims" }
        var fts: String { self == .quotes ? "quotes_fts" : "claims_fts" }
        var speakerColumn: String { self == .quotes ? "speaker_id" : "claimant_id" }
        /// The index of the rows by article.
        var articleIndex: String { self == .quotes ? "quotes_article" : "claims_article" }
    }

    var sql: String
    var bindings: [DatabaseValue]

    /// Builds the query; `columns` is the SELECT list using aliases `r` (the row), `a` (article),
    /// `e` (entity), `m` (article speaker). Returns nil when a name filter matches nobody.
    ///
    /// With `joinsOnlyToFilter`, the article, entity and speaker tables are joined only when a
    /// filter reads them (`columns` then names only `r`): ``ExportJoins`` reads them per article.
    /// With `typeThroughIndex`, a speaker type is found through the speaker index
    /// (``speakerTypeSQL(_:_:)``); pass ``Store/isRare(_:)`` for it.
    static func build(
        _ table: Table, columns: String, filter: QueryFilter, speakers: [Int64]?, phrase: String? = nil,
        extraConditions: [String] = [], orderBy: String? = nil, joinsOnlyToFilter: Bool = false,
        typeThroughIndex: Bool = false
    ) throws -> RowQuery? {
        var from = ""
        var conditions: [String] = extraConditions
        var bindings: [DatabaseValue] = []
        var ordered = orderBy
        var match: [String] = []
        if let search = filter.search { match.append(try FullTextQuery.allWords(search)) }
        if let phrase { match.append(try FullTextQuery.phrase(phrase)) }
        if !match.isEmpty {
            let fts = filter.searchContext && filter.search != nil ? Store.contextIndex : table.fts
            from = "\(fts) f JOIN \(table.name) r ON r.id = f.rowid"
            conditions.append("\(fts) MATCH ?")
            bindings.append(.text(match.joined(separator: " ")))
            // FTS5 yields rowids in ascending order; sorting again would read every match.
            if ordered == nil { ordered = "" }
        } else {
            from = "\(table.name) r"
        }
        if !joinsOnlyToFilter || filter.source != nil || filter.since != nil || filter.until != nil {
            from += "\n JOIN articles a ON a.id = r.article_id"
        }
        if !joinsOnlyToFilter || (filter.speakerType != nil && !typeThroughIndex) {
            from += """

                 LEFT JOIN entities e ON e.id = r.\(table.speakerColumn)
                 LEFT JOIN article_speakers m ON m.article_id = r.article_id AND m.position = r.mention
                """
        }
        if let speakers {
            if speakers.isEmpty { return nil }
            conditions.append("r.\(table.speakerColumn) IN (\(speakers.map(String.init).joined(separator: ",")))")
        }
        articleConditions(filter, into: &conditions, &bindings)
        if let type = filter.speakerType {
            conditions.append(typeThroughIndex ? speakerTypeSQL(table, type) : speakerTypeCheck(type))
        }
        var sql = "SELECT \(columns)\n FROM \(from)"
        if !conditions.isEmpty { sql += "\n WHERE " + conditions.joined(separator: " AND ") }
        // With a limit, rows come in the order of the index that serves the filters, so the
        // query stops after `limit` rows instead of joining and sorting every match (a person
        // with 85,000 quotes: 300 ms sorted, under 1 ms not).
        let order = ordered ?? (filter.limit == nil ? "r.id" : "")
        if !order.isEmpty { sql += "\n ORDER BY \(order)" }
        if let limit = filter.limit {
            sql += "\n LIMIT ?"
            bindings.append(.integer(Int64(max(0, limit))))
        }
        return RowQuery(sql: sql, bindings: bindings)
    }
}

extension RowQuery {
    /// True for rows whose speaker is of type `kind`: the entity's type, or the type the article
    /// gave when the row has no entity (as `coalesce(e.kind, m.kind)`, entities being kept by
    /// their foreign key).
    ///
    /// Written so the speaker index can find the rows: the entities of that type, then the rows
    /// without one. A check on every row read them all when a type has no rows (a million reads
    /// for `--type group --limit 50`); this costs a list of the type's entities, and a page read
    /// for each row, which is why a common type is checked row by row (``speakerTypeCheck(_:)``).
    static func speakerTypeSQL(_ table: Table, _ kind: SpeakerKind) -> String {
        let speaker = "r." + table.speakerColumn
        return """
            (\(speaker) IN (SELECT id FROM entities WHERE kind = '\(kind.rawValue.filter(\.isLetter))') \
            OR (\(speaker) IS NULL AND EXISTS (SELECT 1 FROM article_speakers s \
            WHERE s.article_id = r.article_id AND s.position = r.mention AND s.kind = \(StoredCodes.code(kind)))))
            """
    }
}

extension RowQuery {
    /// The same test as ``speakerTypeSQL(_:_:)`` made on each row read (aliases `e` and `m`).
    static func speakerTypeCheck(_ kind: SpeakerKind) -> String {
        "coalesce(e.kind, \(StoredCodes.speakerKindSQL("m.kind"))) = '\(kind.rawValue.filter(\.isLetter))'"
    }
}

extension Store {
    /// True when fewer than 100 entities are of type `kind`: its rows are then best found
    /// through the speaker index, a common type's by reading rows in order.
    func isRare(_ kind: SpeakerKind) throws -> Bool {
        let statement = try db.prepare(
            sql: "SELECT count(*) FROM (SELECT 1 FROM entities WHERE kind = ? LIMIT 100)")
        try statement.bind(kind.rawValue, at: 1)
        return try statement.step() && statement.int64(at: 0) < 100
    }

    /// ``isRare(_:)`` for the filter's speaker type; false when it has none.
    func typeThroughIndex(_ filter: QueryFilter) throws -> Bool {
        try filter.speakerType.map(isRare) ?? false
    }
}

/// Adds the article-level filters (outlet, first and last date) on the articles table `a`.
func articleConditions(_ filter: QueryFilter, into conditions: inout [String], _ bindings: inout [DatabaseValue]) {
    if let source = filter.source {
        // The outlet key is worked out once per outlet stored, not once per row: the outlets are
        // listed by skipping through the outlet index (one seek each), and the rows are found
        // through it. Every case of a name has the same key, so one of each stands for all.
        let keys = OutletKey.keys(matching: source)
        conditions.append(
            """
            a.source COLLATE NOCASE IN (WITH RECURSIVE outlet(name) AS (
                SELECT min(source COLLATE NOCASE) FROM articles
                UNION ALL
                SELECT (SELECT min(source COLLATE NOCASE) FROM articles WHERE source COLLATE NOCASE > outlet.name)
                  FROM outlet WHERE outlet.name IS NOT NULL)
             SELECT name FROM outlet WHERE name IS NOT NULL
                AND \(OutletKey.sql("name")) IN (\(keys.map { _ in "?" }.joined(separator: ", "))))
            """)
        bindings += keys.map { .text($0) }
    }
    if let since = filter.since {
        conditions.append("a.published >= ?")
        bindings.append(.text(since))
    }
    if let until = filter.until {
        conditions.append("a.published <= ?")
        bindings.append(.text(until))
    }
}

extension Store {
    /// The speaker ids the name filters allow: nil when there is no name filter.
    func speakerIDs(for filter: QueryFilter) throws -> [Int64]? {
        var allowed: [Int64]?
        if let person = filter.person {
            allowed = try entities(named: person)
        }
        if let organisation = filter.organisation {
            let affiliated = try entities(affiliatedWith: organisation)
            allowed = allowed.map { ids in ids.filter(affiliated.contains) } ?? affiliated
        }
        return allowed
    }
}
