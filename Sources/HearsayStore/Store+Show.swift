import Extraction
import HearsayModel
import SQLiteLayer

extension Store {
    /// An article's text with its quotes located. `key` is the key it was imported under, or
    /// part of one ("003" for "seeds/003_75a1.txt") when only one key contains it.
    public func article(_ key: String) throws -> ArticleView {
        try run {
            let find = try db.prepare(
                sql: "SELECT id, key, title, source, published, url, author, text FROM articles WHERE key = ?")
            try find.bind(key, at: 1)
            var found = try find.step()
            if !found {
                let suffix = try db.prepare(
                    sql:
                        "SELECT id, key, title, source, published, url, author, text FROM articles WHERE key LIKE ? ESCAPE '\\' LIMIT 2"
                )
                let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                    of: "%", with: "\\%"
                )
                .replacingOccurrences(of: "_", with: "\\_")
                try suffix.bind("%" + escaped + "%", at: 1)
                if try suffix.step() {
                    let match = suffix.string(at: 1) ?? key
                    // Only an unambiguous ending counts.
                    if try !suffix.step() {
                        find.reset()
                        try find.bind(match, at: 1)
                        found = try find.step()
                    }
                }
            }
            guard found else {
                throw StoreError(
                    .notFound, "no article \(key.debugDescription) in \(path); `hearsay export articles` lists them")
            }
            let id = find.int64(at: 0)
            var view = ArticleView(
                key: find.string(at: 1) ?? key, title: find.string(at: 2), source: find.string(at: 3),
                date: find.string(at: 4), url: find.string(at: 5), author: find.string(at: 6),
                text: find.string(at: 7) ?? "", marks: [])
            let quotes = try db.prepare(
                sql: """
                    SELECT q.start, q."end", coalesce(e.name, m.name), \(StoredCodes.quoteKindSQL("q.kind")),
                     q.confidence FROM quotes q
                    LEFT JOIN entities e ON e.id = q.speaker_id LEFT JOIN article_speakers m
                     ON m.article_id = q.article_id AND m.position = q.mention
                    WHERE q.article_id = ? ORDER BY q.start
                    """)
            try quotes.bind(id, at: 1)
            while try quotes.step() {
                view.marks.append(
                    ArticleView.Mark(
                        start: Int(quotes.int64(at: 0)), end: Int(quotes.int64(at: 1)), speaker: quotes.string(at: 2),
                        kind: QuoteKind(rawValue: quotes.string(at: 3) ?? "") ?? .direct,
                        confidence: quotes.double(at: 4)))
            }
            return view
        }
    }
}
