import SQLiteLayer

extension Schema {
    /// The migration that adds the keys ``Store/fillOccurrenceKeys()`` fills.
    static let occurrenceKeysVersion = 16
}

extension Store {
    /// Gives every quote stored without one its `words_key` and every article without one its
    /// `article_text_keys` row (migration 0016), in one transaction; run right after that
    /// migration, so an export of an older database reads keys rather than texts.
    ///
    /// The import writes both for the rows it stores. A row left without (the process stopped
    /// between the migration and this) is worked out from its text by each export instead.
    func fillOccurrenceKeys() throws {
        try db.transaction { db in
            let quotes = try db.prepare(
                sql: """
                    SELECT id, text, article_id, start, "end" FROM quotes WHERE words_key IS NULL ORDER BY article_id, id
                    """)
            let texts = try ArticleTexts(db: db)
            var keys: [(quote: Int64, key: Int64)] = []
            while try quotes.step() {
                let key = try texts.withText(
                    stored: quotes.utf8(at: 1), article: quotes.int64(at: 2), start: Int(quotes.int64(at: 3)),
                    end: Int(quotes.int64(at: 4))
                ) { OccurrenceHasher.wordsKey($0) }
                keys.append((quotes.int64(at: 0), key))
            }
            let update = try db.prepare(sql: "UPDATE quotes SET words_key = ? WHERE id = ?")
            for (quote, key) in keys {
                try update.bind(key, at: 1)
                try update.bind(quote, at: 2)
                try update.run()
            }
            let articles = try db.prepare(
                sql: """
                    SELECT a.id, a.text FROM articles a
                     WHERE NOT EXISTS (SELECT 1 FROM article_text_keys k WHERE k.article_id = a.id)
                    """)
            let insert = try db.prepare(sql: "INSERT INTO article_text_keys(article_id, text_key) VALUES (?, ?)")
            while try articles.step() {
                try insert.bind(articles.int64(at: 0), at: 1)
                let text = articles.utf8(at: 1) ?? UnsafeBufferPointer(start: nil, count: 0)
                try insert.bind(ContentHash.textKey(text), at: 2)
                try insert.run()
            }
        }
    }
}
