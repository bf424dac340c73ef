import Extraction
import HearsayModel
import SQLiteLayer

extension Store {
    /// The SELECT list of a people row, in export order: id, name, type, aliases, roles,
    /// organisations (JSON arrays), quotes; then claims.
    static let peopleColumns = """
        e.id, e.name, e.kind,
         (SELECT json_group_array(alias) FROM (SELECT DISTINCT alias FROM entity_aliases
            WHERE entity_id = e.id AND alias <> e.name ORDER BY alias)),
         (SELECT json_group_array(role) FROM (SELECT DISTINCT role FROM entity_roles
            WHERE entity_id = e.id AND role IS NOT NULL ORDER BY role)),
         (SELECT json_group_array(organisation) FROM (SELECT DISTINCT organisation FROM entity_roles
            WHERE entity_id = e.id AND organisation IS NOT NULL ORDER BY organisation)),
         (SELECT count(*) FROM quotes WHERE speaker_id = e.id) AS quotes_count,
         (SELECT count(*) FROM claims WHERE claimant_id = e.id) AS claims_count
        """

    /// The SQL listing entities for `filter` (name filters only), most quoted first.
    func peopleQuery(_ filter: QueryFilter, onlySpeakers: Bool) throws -> RowQuery? {
        var conditions: [String] = []
        if let ids = try speakerIDs(for: filter) {
            if ids.isEmpty { return nil }
            conditions.append("e.id IN (\(ids.map(String.init).joined(separator: ",")))")
        }
        var sql = "SELECT \(Self.peopleColumns) FROM entities e"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if onlySpeakers {
            sql = "SELECT * FROM (\(sql)) WHERE quotes_count + claims_count > 0 ORDER BY quotes_count DESC, 2"
        } else {
            sql += " ORDER BY e.id"
        }
        var bindings: [DatabaseValue] = []
        if let limit = filter.limit {
            sql += " LIMIT ?"
            bindings.append(.integer(Int64(max(0, limit))))
        }
        return RowQuery(sql: sql, bindings: bindings)
    }

    /// Speakers with at least one quote or claim, most quoted first.
    public func people(matching filter: QueryFilter = QueryFilter()) throws -> [PersonSummary] {
        try run {
            guard let query = try peopleQuery(filter, onlySpeakers: true) else { return [] }
            let statement = try db.prepare(sql: query.sql)
            try statement.bind(StatementArguments(query.bindings))
            var people: [PersonSummary] = []
            while try statement.step() {
                people.append(Self.personSummary(statement))
            }
            return people
        }
    }

    static func personSummary(_ row: Statement) -> PersonSummary {
        PersonSummary(
            id: row.int64(at: 0), name: row.string(at: 1) ?? "",
            kind: SpeakerKind(rawValue: row.string(at: 2) ?? "") ?? .unknown,
            aliases: JSONText.parseArray(row.string(at: 3)), quotes: Int(row.int64(at: 6)),
            claims: Int(row.int64(at: 7)))
    }

    /// Everything about the people a name designates (several when an alias is shared).
    ///
    /// Throws ``StoreError/Code/notFound`` when nobody has that name.
    /// Quotes come oldest first unless `order` says otherwise.
    public func person(named name: String, order: QuoteOrder = .date) throws -> [PersonDetail] {
        let ids = try entities(named: name)
        guard !ids.isEmpty else {
            throw StoreError(.notFound, "nobody called \(name.debugDescription) in \(path); try `hearsay people`")
        }
        return try run {
            let statement = try db.prepare(sql: "SELECT \(Self.peopleColumns) FROM entities e WHERE e.id = ?")
            var details: [PersonDetail] = []
            for id in ids {
                try statement.bind(id, at: 1)
                guard try statement.step() else {
                    statement.reset()
                    continue
                }
                let summary = Self.personSummary(statement)
                let roles = JSONText.parseArray(statement.string(at: 4))
                let organisations = JSONText.parseArray(statement.string(at: 5))
                statement.reset()
                var quotes: [QuoteRecord] = []
                guard
                    let query = try RowQuery.build(
                        .quotes, columns: Self.quoteColumns, filter: QueryFilter(), speakers: [id],
                        orderBy: order.sql)
                else { continue }
                let rows = try db.prepare(sql: query.sql)
                try rows.bind(StatementArguments(query.bindings))
                let texts = try ArticleTexts(db: db)
                while try rows.step() { quotes.append(try Self.quoteRecord(rows, texts: texts)) }
                let dates = quotes.compactMap(\.date)
                details.append(
                    PersonDetail(
                        summary: summary, roles: roles, organisations: organisations, firstQuoted: dates.min(),
                        lastQuoted: dates.max(), quotes: quotes))
            }
            return details
        }
    }
}
