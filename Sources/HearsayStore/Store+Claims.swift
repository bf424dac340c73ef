import Extraction
import HearsayModel
import SQLiteLayer

extension Store {
    /// The SELECT list of a claim row: the export columns, in the export order, then the rest.
    /// `r.text` is NULL when the words are the article's span (``ArticleTexts``).
    static let claimColumns = """
        a.key, a.title, a.source, a.published, a.url,
         coalesce(e.name, m.name), r.claimant_id, coalesce(e.kind, \(StoredCodes.speakerKindSQL("m.kind"))),
         r.text, r.start, r."end", r.confidence, \(StoredCodes.claimKindSQL("r.kind")),
         r.cue, r.paragraph, coalesce(r.hedges, '[]'), coalesce(r.figures, '[]'), coalesce(r.dates, '[]'), r.group_id,
         r.id, r.article_id
        """

    /// Where ``ArticleTexts`` finds a claim row's text, article and span in ``claimColumns``.
    static let claimSpan = SpanColumns(text: 8, article: 20, start: 9, end: 10)

    /// Calls `body` with each claim matching `filter`, in import order, one row at a time.
    public func forEachClaim(
        matching filter: QueryFilter, orderBy: QuoteOrder = .imported, _ body: (ClaimRecord) throws -> Void
    ) throws {
        try run {
            try readThroughMap()
            try prepareContextSearch(.claims, filter: filter)
            guard
                let query = try RowQuery.build(
                    .claims, columns: Self.claimColumns, filter: filter, speakers: try speakerIDs(for: filter),
                    orderBy: orderBy.sql, typeThroughIndex: try typeThroughIndex(filter))
            else { return }
            let statement = try db.prepare(sql: query.sql)
            try statement.bind(StatementArguments(query.bindings))
            let texts = try ArticleTexts(db: db)
            while try statement.step() {
                try body(Self.claimRecord(statement, texts: texts))
            }
        }
    }

    /// The claims matching `filter`, in import order.
    public func claims(matching filter: QueryFilter) throws -> [ClaimRecord] {
        var records: [ClaimRecord] = []
        try forEachClaim(matching: filter) { records.append($0) }
        return records
    }

    static func claimRecord(_ row: Statement, texts: ArticleTexts) throws -> ClaimRecord {
        func text(_ index: Int32) -> String? { texts.strings.string(row, at: index) }
        return try ClaimRecord(
            id: row.int64(at: 19), article: text(0) ?? "", title: text(1), source: text(2), date: text(3),
            url: text(4), claimant: text(5), claimantID: row.optionalInt64(at: 6),
            claimantType: text(7).flatMap(SpeakerKind.init(rawValue:)), text: texts.string(row, claimSpan),
            kind: ClaimKind(rawValue: text(12) ?? "") ?? .stated, cue: text(13), start: Int(row.int64(at: 9)),
            end: Int(row.int64(at: 10)), paragraph: Int(row.int64(at: 14)), confidence: row.double(at: 11))
    }
}
