import SQLiteLayer

extension Store {
    /// Name of the temporary index `--in context` searches.
    static let contextIndex = "context_fts"

    /// For a search in context, fills a temporary full-text index (same tokenizer as the stored
    /// ones) with the paragraph around each quote or claim the other filters allow, keyed by its
    /// id; ``RowQuery`` then searches it instead of the words alone. Nothing for other filters.
    ///
    /// The paragraphs are not stored (they are spans of the article), so the index is built per
    /// query: cheap for a filtered set, a pass over every row otherwise.
    func prepareContextSearch(_ table: RowQuery.Table, filter: QueryFilter) throws {
        guard filter.searchContext, filter.search != nil else { return }
        try db.execute(sql: "DROP TABLE IF EXISTS temp.\(Self.contextIndex)")
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE temp.\(Self.contextIndex) USING fts5(
                    text, tokenize = 'porter unicode61 remove_diacritics 2')
                """)
        var unsearched = filter
        unsearched.search = nil
        unsearched.limit = nil
        unsearched.searchContext = false
        guard
            let query = try RowQuery.build(
                table, columns: "r.text, r.article_id, r.start, r.\"end\", r.id", filter: unsearched,
                speakers: try speakerIDs(for: unsearched), orderBy: "r.id")
        else { return }
        let rows = try db.prepare(sql: query.sql)
        try rows.bind(StatementArguments(query.bindings))
        let insert = try db.prepare(sql: "INSERT INTO temp.\(Self.contextIndex)(rowid, text) VALUES (?, ?)")
        let texts = try ArticleTexts(db: db)
        let span = SpanColumns(text: 0, article: 1, start: 2, end: 3)
        while try rows.step() {
            let context = try texts.withContext(rows, span) { String(decoding: $0, as: UTF8.self) }
            try insert.bind(rows.int64(at: 4), at: 1)
            try insert.bind(context, at: 2)
            try insert.run()
            insert.reset()
        }
    }
}
