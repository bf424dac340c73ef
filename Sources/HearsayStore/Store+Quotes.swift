import Extraction
import HearsayModel
import SQLiteLayer

extension Store {
    /// The SELECT list of a quote row: the export columns, in the export order, then the id and
    /// the article id. `r.text` is NULL when the words are the article's span (``ArticleTexts``).
    static let quoteColumns = """
        a.key, a.title, a.source, a.published, a.url,
         coalesce(e.name, m.name), r.speaker_id, coalesce(e.kind, \(StoredCodes.speakerKindSQL("m.kind"))), m.role,
         r.text, \(StoredCodes.quoteKindSQL("r.kind")), r.cue, r.start, r."end", r.paragraph,
         r.confidence, r.id, r.article_id
        """

    /// Where ``ArticleTexts`` finds a quote row's text, article and span in ``quoteColumns``.
    static let quoteSpan = SpanColumns(text: 9, article: 17, start: 12, end: 13)

    /// Calls `body` with each quote matching `filter`, in import order, reading one row at a time.
    public func forEachQuote(
        matching filter: QueryFilter, orderBy: QuoteOrder = .imported, _ body: (QuoteRecord) throws -> Void
    ) throws {
        try run {
            try readThroughMap()
            try prepareContextSearch(.quotes, filter: filter)
            if orderBy == .imported, let lean = try leanExportQuery(.quotes, filter: filter, order: orderBy) {
                return try forEachLeanQuote(lean.query, joins: lean.joins, body)
            }
            guard
                let query = try RowQuery.build(
                    .quotes, columns: Self.quoteColumns, filter: filter, speakers: try speakerIDs(for: filter),
                    orderBy: orderBy.sql, typeThroughIndex: try typeThroughIndex(filter))
            else { return }
            let statement = try db.prepare(sql: query.sql)
            try statement.bind(StatementArguments(query.bindings))
            let texts = try ArticleTexts(db: db)
            while try statement.step() {
                try body(Self.quoteRecord(statement, texts: texts))
            }
        }
    }

    /// The rows of a query over the quote table alone (``quoteRowColumns``) as records, their
    /// article and speaker columns read once per article by ``ExportJoins``, as the export reads
    /// them: joining them in SQL looked the entity and the article's speaker up for every row, a
    /// B-tree search each (a single day at 1M quotes: 900 rows, 40% of the query's time).
    private func forEachLeanQuote(_ query: RowQuery, joins: ExportJoins, _ body: (QuoteRecord) throws -> Void)
        throws
    {
        let statement = try db.prepare(sql: query.sql)
        try statement.bind(StatementArguments(query.bindings))
        let texts = try ArticleTexts(db: db)
        joins.texts = texts
        let joined = RepeatedStrings()
        func text(_ field: ExportJoins.Field) -> String? { joined.string(joins.utf8(field), slot: field.rawValue) }
        while try statement.step() {
            guard try joins.load(statement) else { continue }
            try body(
                QuoteRecord(
                    id: statement.int64(at: 9), article: text(.key) ?? "", title: text(.title),
                    source: text(.source), date: text(.published), url: text(.url), speaker: text(.speakerName),
                    speakerID: statement.optionalInt64(at: 0),
                    speakerType: text(.speakerKind).flatMap(SpeakerKind.init(rawValue:)),
                    speakerRole: text(.speakerRole), text: try texts.string(statement, Self.quoteRowSpan),
                    kind: Self.quoteKinds[StoredCodes.kindNameIndex(statement.int64(at: 3))],
                    cue: texts.strings.string(statement, at: 4), start: Int(statement.int64(at: 5)),
                    end: Int(statement.int64(at: 6)), paragraph: Int(statement.int64(at: 7)),
                    confidence: statement.double(at: 8)))
        }
    }

    /// The kinds of codes 0, 1 and any other, as ``StoredCodes/quoteKindNames`` names them.
    private static let quoteKinds = StoredCodes.quoteKindNames.map { QuoteKind(rawValue: $0) ?? .direct }

    /// Where ``ArticleTexts`` finds a quote's text, article and span in ``quoteRowColumns``.
    static let quoteRowSpan = SpanColumns(text: 2, article: 10, start: 5, end: 6)

    /// The quotes matching `filter`, in import order.
    public func quotes(matching filter: QueryFilter) throws -> [QuoteRecord] {
        var records: [QuoteRecord] = []
        try forEachQuote(matching: filter) { records.append($0) }
        return records
    }

    static func quoteRecord(_ row: Statement, texts: ArticleTexts) throws -> QuoteRecord {
        func text(_ index: Int32) -> String? { texts.strings.string(row, at: index) }
        return try QuoteRecord(
            id: row.int64(at: 16), article: text(0) ?? "", title: text(1), source: text(2), date: text(3),
            url: text(4), speaker: text(5), speakerID: row.optionalInt64(at: 6),
            speakerType: text(7).flatMap(SpeakerKind.init(rawValue:)), speakerRole: text(8),
            text: texts.string(row, quoteSpan), kind: QuoteKind(rawValue: text(10) ?? "") ?? .direct, cue: text(11),
            start: Int(row.int64(at: 12)), end: Int(row.int64(at: 13)), paragraph: Int(row.int64(at: 14)),
            confidence: row.double(at: 15))
    }

    /// Who said a phrase: the quotes containing it, grouped by speaker, most quotes first.
    public func who(said phrase: String, filter: QueryFilter = QueryFilter()) throws -> [WhoGroup] {
        var groups: [WhoGroup] = []
        var index: [Int64?: Int] = [:]
        try run {
            guard
                let query = try RowQuery.build(
                    .quotes, columns: Self.quoteColumns, filter: filter, speakers: try speakerIDs(for: filter),
                    phrase: phrase)
            else { return }
            let statement = try db.prepare(sql: query.sql)
            try statement.bind(StatementArguments(query.bindings))
            let texts = try ArticleTexts(db: db)
            while try statement.step() {
                let record = try Self.quoteRecord(statement, texts: texts)
                if let position = index[record.speakerID] {
                    groups[position].quotes.append(record)
                } else {
                    index[record.speakerID] = groups.count
                    groups.append(
                        WhoGroup(
                            speaker: record.speaker, speakerID: record.speakerID, speakerType: record.speakerType,
                            quotes: [record]))
                }
            }
        }
        return groups.enumerated().sorted {
            ($0.element.quotes.count, -$0.offset) > ($1.element.quotes.count, -$1.offset)
        }.map(\.element)
    }
}

/// The order quotes (and claims) are listed in.
public enum QuoteOrder: String, Sendable, CaseIterable {
    /// As imported (fastest: the table's own order).
    case imported
    /// Oldest article first (undated ones last), then position in the article.
    case date
    /// Newest article first (undated ones last), then position in the article.
    case newest
    /// By speaker name (unattributed last), newest first within a speaker.
    case speaker
    /// By outlet (as stored, any case), newest first within an outlet.
    case outlet
    /// Most confident first, then newest first.
    case confidence

    var sql: String? {
        let newest = "a.published IS NULL, a.published DESC, a.key, r.start"
        switch self {
        case .imported: return nil
        case .date: return "a.published IS NULL, a.published, a.key, r.start"
        case .newest: return newest
        case .speaker:
            return "coalesce(e.name, m.name) IS NULL, coalesce(e.name, m.name) COLLATE NOCASE, \(newest)"
        case .outlet: return "a.source IS NULL, a.source COLLATE NOCASE, \(newest)"
        case .confidence: return "r.confidence DESC, \(newest)"
        }
    }
}
