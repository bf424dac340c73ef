import Extraction
import HearsayModel
import SQLiteLayer

extension Store {
    /// Facets are counted over at most this many matching rows, so a page answers quickly
    /// whatever the database holds; the page says when the counts cover only part.
    public static let facetScanLimit = 2_000

    /// Counts of the quotes (or claims, with `claims`) matching `query`, by speaker,
    /// organisation, outlet, month, kind and speaker type: the `top` largest values of each.
    public func facets(claims: Bool = false, _ query: SearchQuery, top: Int = 10) throws -> SearchFacets {
        try run {
            let table: RowQuery.Table = claims ? .claims : .quotes
            let kindSQL = claims ? StoredCodes.claimKindSQL("r.kind") : StoredCodes.quoteKindSQL("r.kind")
            let columns = """
                r.id AS id, r.\(table.speakerColumn) AS speaker, a.source AS source,
                 substr(a.published, 1, 7) AS month, \(kindSQL) AS kind
                """
            var facets = SearchFacets()
            let rows: RowQuery
            if let narrowing = try narrowingRows(table, for: query) {
                // The first matches, known by id (a speaker type's, an outlet's or some days'):
                // each is read once.
                let ids = try matchingIDs(table, query, within: narrowing).prefix(Self.facetScanLimit + 1)
                rows = RowQuery(
                    sql: """
                        SELECT \(columns) FROM \(table.name) r JOIN articles a ON a.id = r.article_id
                         WHERE r.id IN (\(ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")))
                        """, bindings: [])
            } else {
                guard
                    let found = try searchRows(
                        table, columns: columns, query, order: nil, limit: Self.facetScanLimit + 1)
                else { return facets }
                rows = found
            }
            // One pass over the matching rows, kept in a temporary table the five counts read.
            // The largest values of each facet, counted in SQL: only `top` rows of each come back.
            let sql = """
                WITH m AS MATERIALIZED (\(rows.sql)),
                -- Each speaker's rows: a speaker's organisations are looked up once, not per row.
                s AS MATERIALIZED (SELECT speaker, count(*) AS hits FROM m WHERE speaker IS NOT NULL GROUP BY speaker)
                SELECT * FROM (SELECT 'speaker', CAST(speaker AS TEXT), hits FROM s ORDER BY hits DESC, speaker LIMIT :top)
                UNION ALL
                SELECT * FROM (SELECT 'outlet', min(source), count(*) AS n FROM m WHERE source IS NOT NULL
                                GROUP BY source COLLATE NOCASE ORDER BY n DESC, 2 LIMIT :top)
                UNION ALL
                SELECT * FROM (SELECT 'month', month, count(*) FROM m WHERE month IS NOT NULL
                                GROUP BY month ORDER BY month DESC LIMIT 24)
                UNION ALL
                SELECT 'kind', kind, count(*) FROM m GROUP BY kind
                UNION ALL
                SELECT 'type', e.kind, sum(s.hits) FROM s JOIN entities e ON e.id = s.speaker GROUP BY e.kind
                UNION ALL
                SELECT * FROM (SELECT 'organisation', min(o), sum(hits) AS n FROM (
                    SELECT DISTINCT s.speaker, er.organisation AS o, er.organisation_key AS k, s.hits
                      FROM s JOIN entity_roles er ON er.entity_id = s.speaker WHERE er.organisation IS NOT NULL
                    UNION
                    SELECT s.speaker, e.name, 'entity:' || e.id, s.hits FROM s JOIN entities e ON e.id = s.speaker
                     WHERE e.kind = 'organisation')
                 GROUP BY k ORDER BY n DESC, 2 LIMIT :top)
                UNION ALL
                SELECT 'rows', NULL, count(*) FROM m
                """
            let statement = try db.prepare(sql: sql)
            // The rows' own parameters come first in the text, so they keep their numbers.
            try statement.bind(StatementArguments(rows.bindings))
            try statement.bind(top, at: statement.parameterIndex(":top"))
            var speakerCounts: [(Int64, Int)] = []
            while try statement.step() {
                let facet = statement.string(at: 0) ?? ""
                let value = statement.string(at: 1) ?? ""
                let count = Int(statement.int64(at: 2))
                switch facet {
                case "speaker": if let id = Int64(value) { speakerCounts.append((id, count)) }
                case "outlet": facets.outlets.append(FacetValue(value: value, label: value, count: count))
                case "month": facets.months.append(FacetValue(value: value, label: value, count: count))
                case "kind": facets.kinds.append(FacetValue(value: value, label: value, count: count))
                case "type": facets.types.append(FacetValue(value: value, label: value, count: count))
                case "organisation": facets.organisations.append(FacetValue(value: value, label: value, count: count))
                default:
                    facets.scanned = min(count, Self.facetScanLimit)
                    facets.truncated = count > Self.facetScanLimit
                }
            }
            func largest(_ values: [FacetValue]) -> [FacetValue] {
                Array(values.sorted { ($0.count, $1.label) > ($1.count, $0.label) }.prefix(top))
            }
            let topSpeakers = speakerCounts.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(top)
            let names = try entityNames(topSpeakers.map(\.0))
            facets.speakers = topSpeakers.map {
                FacetValue(value: "\($0.0)", label: names[$0.0] ?? "#\($0.0)", count: $0.1)
            }
            facets.organisations = largest(facets.organisations)
            facets.outlets = largest(facets.outlets)
            facets.kinds = largest(facets.kinds)
            facets.types = largest(facets.types)
            facets.months = Array(facets.months.sorted { $0.value > $1.value }.prefix(max(top, 24)))
            return facets
        }
    }

    /// The names of entities `ids`.
    func entityNames(_ ids: [Int64]) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        let statement = try db.prepare(sql: "SELECT id, name FROM entities WHERE id = ?")
        var names: [Int64: String] = [:]
        for id in ids {
            try statement.bind(id, at: 1)
            if try statement.step() { names[id] = statement.string(at: 1) }
            statement.reset()
        }
        return names
    }
}
