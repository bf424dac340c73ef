import SQLiteLayer

/// What `hearsay export` writes.
public enum ExportKind: String, Sendable, CaseIterable {
    /// One record per quote.
    case quotes
    /// One record per claim.
    case claims
    /// One record per article, with its text and counts.
    case articles
    /// One record per entity.
    case people
}

/// How exported records are written.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// RFC 4180 CSV, UTF-8, CRLF line ends, a header row.
    case csv
    /// One JSON object per line.
    case jsonl
}

/// How a column is written.
enum ExportColumnType {
    /// Text: quoted in both formats.
    case text
    /// A number: written as SQLite formats it.
    case number
    /// A JSON array held as text: embedded as is in JSON lines, as text in CSV.
    case json
    /// A quote's or claim's words: the stored text, or its span of the article (``ArticleTexts``).
    case span
    /// The paragraph of the article around a quote or claim (``ArticleTexts/withContext(_:_:_:)``).
    case context
    /// A claim's figures or dates: JSON like `.json`, stored without keys (``CompactJSON``).
    case figures
    case dates
}

extension Store {
    /// The columns of each export, in order; names are the interface of issue 2.
    static func exportColumns(_ kind: ExportKind) -> [(name: String, type: ExportColumnType)] {
        switch kind {
        case .quotes:
            return [
                ("article", .text), ("title", .text), ("source", .text), ("date", .text), ("url", .text),
                ("speaker", .text), ("speaker_id", .number), ("speaker_type", .text), ("speaker_role", .text),
                ("text", .span), ("kind", .text), ("cue", .text), ("start", .number), ("end", .number),
                ("paragraph", .number), ("confidence", .number),
                // The quote's handle for `hearsay reassign`; last, so earlier columns keep their places.
                ("id", .number), ("context", .context),
                // The same words from the same speaker across articles (``OccurrenceCounts``).
                ("occurrences", .number), ("group", .number),
            ]
        case .claims:
            return [
                ("article", .text), ("title", .text), ("source", .text), ("date", .text), ("url", .text),
                ("claimant", .text), ("claimant_id", .number), ("claimant_type", .text), ("text", .span),
                ("start", .number), ("end", .number), ("confidence", .number),
                // Issue 5: what the claim is and what it states, and its group of claims across articles.
                ("kind", .text), ("cue", .text), ("paragraph", .number), ("hedges", .json), ("figures", .figures),
                ("dates", .dates), ("group", .number), ("id", .number), ("context", .context),
            ]
        case .articles:
            return [
                ("article", .text), ("title", .text), ("source", .text), ("date", .text), ("url", .text),
                ("author", .text), ("text", .text), ("quotes", .number), ("claims", .number),
            ]
        case .people:
            return [
                ("id", .number), ("name", .text), ("type", .text), ("aliases", .json), ("roles", .json),
                ("organisations", .json), ("quotes", .number),
            ]
        }
    }

    /// Writes every record of `kind` matching `filter` to `output`, one row in memory at a time
    /// (for quotes, also ``OccurrenceCounts``: an entry per quote printed in more than one text);
    /// returns the number of records.
    ///
    /// Quotes and claims take every filter. Articles take the date, source and name filters (an
    /// article is kept when a matching speaker is quoted in it) and `search` (when a quote in it
    /// matches). People take the name filters.
    @discardableResult
    public func export(
        _ kind: ExportKind, filter: QueryFilter, format: ExportFormat, order: QuoteOrder = .imported,
        to output: OutputBuffer
    ) throws -> Int {
        try run {
            try oneSnapshot {
                guard let query = try exportQuery(kind, filter: filter, order: order) else {
                    if format == .csv { try writeHeader(kind, to: output) }
                    try output.flush()
                    return 0
                }
                if format == .csv { try writeHeader(kind, to: output) }
                // A filtered export counts only the quotes sharing words with its rows.
                let filtered = filter != QueryFilter()
                if let lean = try leanExportQuery(kind, filter: filter, order: order) {
                    if !filtered { try lean.joins.readAllEntities(db: db) }
                    let counts =
                        kind == .quotes
                        ? try occurrenceCounts(for: lean.query, wordsKey: Self.quoteRowWordsKey, filtered: filtered)
                        : nil
                    return try stream(
                        lean.query, columns: Self.exportColumns(kind), span: lean.span, format: format, to: output,
                        sources: lean.sources, joins: lean.joins,
                        occurrences: counts.map {
                            OccurrenceSource(counts: $0, speaker: 5, speakerID: 6, wordsKey: Self.quoteRowWordsKey)
                        })
                }
                let counts =
                    kind == .quotes
                    ? try occurrenceCounts(for: query, wordsKey: Self.exportQuoteWordsKey, filtered: filtered) : nil
                return try stream(
                    query, columns: Self.exportColumns(kind), span: Self.exportSpan(kind), format: format, to: output,
                    sources: kind == .quotes ? Self.exportQuoteSources : nil,
                    occurrences: counts.map {
                        OccurrenceSource(counts: $0, speaker: 5, speakerID: 6, wordsKey: Self.exportQuoteWordsKey)
                    })
            }
        }
    }

    /// How much of the file an export maps (SQLite caps it at its own limit, 2 GB by default).
    static let exportMappedBytes: Int64 = 1 << 34

    /// The SELECT list of a quote export: ``quoteColumns`` then the quote's `words_key`, from
    /// which with the speaker and the words ``OccurrenceCounts`` works out the last two columns.
    static let exportQuoteColumns = quoteColumns + ", r.words_key"

    /// Where ``exportQuoteColumns`` holds `words_key`.
    static let exportQuoteWordsKey: Int32 = 18

    /// Where each column of a quote export is found in a row of ``exportQuoteColumns``.
    static let exportQuoteSources: [ExportSource] = (0..<18).map { .row(Int32($0)) } + [.occurrences, .group]

    /// Reads the file through a memory map from now on, for this connection: a listing reads rows
    /// and article texts on pages all over the file, and SQLite's small page cache lets them go
    /// between queries, so each query copied them again with `pread` (a quarter of a one-day
    /// query's time at 1M quotes, issue 14). The import's writer never calls it.
    func readThroughMap() throws {
        guard !readsThroughMap else { return }
        readsThroughMap = true
        let mapped = try db.scalarInt(sql: "PRAGMA mmap_size") ?? 0
        if mapped < Self.exportMappedBytes { _ = try db.scalarInt(sql: "PRAGMA mmap_size = \(Self.exportMappedBytes)") }
    }

    /// Runs `body` in one read transaction unless one is open, so the queries of one export see
    /// the same rows even while an import commits; the file is read through a memory map meanwhile
    /// (<https://sqlite.org/mmap.html>): an export reads every article's text, and copying each
    /// page with `pread` was a tenth of its time.
    func oneSnapshot<T>(_ body: () throws -> T) throws -> T {
        let mapped = try db.scalarInt(sql: "PRAGMA mmap_size") ?? 0
        if mapped < Self.exportMappedBytes { _ = try db.scalarInt(sql: "PRAGMA mmap_size = \(Self.exportMappedBytes)") }
        defer { if mapped < Self.exportMappedBytes { _ = try? db.scalarInt(sql: "PRAGMA mmap_size = \(mapped)") } }
        guard db.isAutocommit else { return try body() }
        try db.execute(sql: "BEGIN")
        do {
            let result = try body()
            try db.execute(sql: "COMMIT")
            return result
        } catch {
            if !db.isAutocommit { try? db.execute(sql: "ROLLBACK") }
            throw error
        }
    }

    /// The columns of a quote row alone, for an export whose article and speaker columns come
    /// from ``ExportJoins``: speaker id, mention, text, kind, cue, start, end, paragraph,
    /// confidence, id, article id, words key. The kind is its code (``StoredCodes/quoteKindNames``).
    static let quoteRowColumns = """
        r.speaker_id, r.mention, r.text, r.kind, r.cue, r.start, r."end", r.paragraph,
         r.confidence, r.id, r.article_id, r.words_key
        """

    /// Where ``quoteRowColumns`` holds `words_key`.
    static let quoteRowWordsKey: Int32 = 11

    /// The columns of a claim row alone (as ``quoteRowColumns``): claimant id, mention, text,
    /// start, end, confidence, kind (its code), cue, paragraph, hedges, figures, dates, group, id, article id.
    static let claimRowColumns = """
        r.claimant_id, r.mention, r.text, r.start, r."end", r.confidence,
         r.kind, r.cue, r.paragraph, coalesce(r.hedges, '[]'), coalesce(r.figures, '[]'),
         coalesce(r.dates, '[]'), r.group_id, r.id, r.article_id
        """

    /// An export of quotes or claims in import order as a query over their own table (joined to
    /// others only as its filters need) plus ``ExportJoins`` for the article and speaker
    /// columns; nil for other exports and orders, and when a name filter matches nobody.
    func leanExportQuery(_ kind: ExportKind, filter: QueryFilter, order: QuoteOrder) throws
        -> (query: RowQuery, span: SpanColumns, joins: ExportJoins, sources: [ExportSource])?
    {
        guard order == .imported, kind == .quotes || kind == .claims else { return nil }
        let article: [ExportSource] = [
            .joined(.key), .joined(.title), .joined(.source), .joined(.published), .joined(.url),
        ]
        let table: RowQuery.Table = kind == .quotes ? .quotes : .claims
        let columns = kind == .quotes ? Self.quoteRowColumns : Self.claimRowColumns
        guard
            let query = try RowQuery.build(
                table, columns: columns, filter: filter, speakers: try speakerIDs(for: filter),
                orderBy: order.sql, joinsOnlyToFilter: true, typeThroughIndex: try typeThroughIndex(filter))
        else { return nil }
        let sources: [ExportSource]
        let span: SpanColumns
        let joins: ExportJoins
        if kind == .quotes {
            // article, title, source, date, url, speaker, speaker_id, speaker_type, speaker_role, text, kind,
            // cue, start, end, paragraph, confidence, id, context, occurrences, group
            sources =
                article + [.joined(.speakerName), .row(0), .joined(.speakerKind), .joined(.speakerRole), .row(2)]
                + [.kindCode(3, names: StoredCodes.quoteKindNames)] + (4...9).map { .row(Int32($0)) }
                + [.row(2), .occurrences, .group]
            span = Self.quoteRowSpan
            joins = try ExportJoins(db: db, columns: ExportJoins.Columns(article: 10, entity: 0, mention: 1))
        } else {
            // article, title, source, date, url, claimant, claimant_id, claimant_type, text, start, end,
            // confidence, kind, cue, paragraph, hedges, figures, dates, group, id, context
            sources =
                article + [.joined(.speakerName), .row(0), .joined(.speakerKind), .row(2)]
                + (3...5).map { .row(Int32($0)) } + [.kindCode(6, names: StoredCodes.claimKindNames)]
                + (7...13).map { .row(Int32($0)) } + [.row(2)]
            span = SpanColumns(text: 2, article: 14, start: 3, end: 4)
            joins = try ExportJoins(db: db, columns: ExportJoins.Columns(article: 14, entity: 0, mention: 1))
        }
        return (query, span, joins, sources)
    }

    /// Runs `query` and writes each row as a record, buffering about 256 KB between writes so
    /// memory stays flat however many rows there are; returns the number of rows.
    func stream(
        _ query: RowQuery, columns: [(name: String, type: ExportColumnType)], span: SpanColumns? = nil,
        format: ExportFormat, to output: OutputBuffer, sources: [ExportSource]? = nil, joins: ExportJoins? = nil,
        occurrences: OccurrenceSource? = nil
    ) throws -> Int {
        let statement = try db.prepare(sql: query.sql)
        try statement.bind(StatementArguments(query.bindings))
        let texts = try span.map { ($0, try ArticleTexts(db: db)) }
        joins?.texts = texts?.1
        defer { joins?.finish() }
        let writer = RecordWriter(
            columns: columns, format: format, span: texts, neutralisesFormulas: !output.rawCSV, sources: sources,
            joins: joins, occurrences: occurrences)
        return try ExportBytes.withBytes(capacity: Self.exportBlock + (1 << 16)) { bytes in
            var count = 0
            while try statement.step() {
                guard try writer.write(statement, into: &bytes) else { continue }
                count += 1
                if bytes.count >= Self.exportBlock {
                    try output.writeThrough(bytes.bytes)
                    bytes.removeAll()
                }
            }
            try output.writeThrough(bytes.bytes)
            return count
        }
    }

    /// How many bytes of records an export collects before writing them, in one call.
    static let exportBlock = 1 << 18

    /// Where the `.span` column of an export finds its article and offsets.
    static func exportSpan(_ kind: ExportKind) -> SpanColumns? {
        switch kind {
        case .quotes: return quoteSpan
        case .claims: return claimSpan
        case .articles, .people: return nil
        }
    }

    func writeHeader(_ kind: ExportKind, to output: OutputBuffer) throws {
        try output.append(Self.exportColumns(kind).map(\.name).joined(separator: ","))
        try output.append("\r\n" as StaticString)
    }

    private func exportQuery(_ kind: ExportKind, filter: QueryFilter, order: QuoteOrder) throws -> RowQuery? {
        switch kind {
        case .quotes:
            try prepareContextSearch(.quotes, filter: filter)
            return try RowQuery.build(
                .quotes, columns: Self.exportQuoteColumns, filter: filter, speakers: try speakerIDs(for: filter),
                orderBy: order.sql, typeThroughIndex: try typeThroughIndex(filter))
        case .claims:
            try prepareContextSearch(.claims, filter: filter)
            return try RowQuery.build(
                .claims, columns: Self.claimColumns, filter: filter, speakers: try speakerIDs(for: filter),
                orderBy: order.sql, typeThroughIndex: try typeThroughIndex(filter))
        case .people:
            return try peopleQuery(filter, onlySpeakers: false)
        case .articles:
            return try articleRowsQuery(filter, extraColumns: ", a.author, a.text", importOrder: order == .imported)
        }
    }

    /// The WHERE conditions choosing articles for `filter` (names: a matching speaker is quoted in
    /// it; search: a quote in it matches), or nil when a name filter matches nobody.
    func articleListConditions(_ filter: QueryFilter) throws -> ([String], [DatabaseValue])? {
        var conditions: [String] = []
        var bindings: [DatabaseValue] = []
        if let speakers = try speakerIDs(for: filter) {
            if speakers.isEmpty { return nil }
            conditions.append(
                "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_id IN (\(speakers.map(String.init).joined(separator: ","))))"
            )
        }
        if let search = filter.search {
            conditions.append(
                "a.id IN (SELECT q.article_id FROM quotes_fts f JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH ?)"
            )
            bindings.append(.text(try FullTextQuery.allWords(search)))
        }
        articleConditions(filter, into: &conditions, &bindings)
        return (conditions, bindings)
    }
}
