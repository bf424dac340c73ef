import Foundation
import SQLiteLayer

extension Store {
    /// The id of the quote `reference` designates: its id, or `ARTICLE:START` (the article key and
    /// the quote's start offset, both in every quote export).
    public func quoteID(_ reference: String) throws -> Int64 {
        if let id = Int64(reference) { return id }
        guard let colon = reference.lastIndex(of: ":"), let start = Int64(reference[reference.index(after: colon)...])
        else {
            throw StoreError(.notFound, "\(reference.debugDescription) is not a quote: give its id or ARTICLE:START")
        }
        let article = String(reference[..<colon])
        return try run {
            let statement = try db.prepare(
                sql: "SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.key = ? AND q.start = ?")
            try statement.bind(article, at: 1)
            try statement.bind(start, at: 2)
            guard try statement.step() else {
                throw StoreError(
                    .notFound,
                    "no quote starts at \(start) in \(article.debugDescription); `hearsay export quotes` lists them")
            }
            return statement.int64(at: 0)
        }
    }

    /// Gives quote `quote` the speaker `name` (an entity's name, alias or `#ID`). With `create`, a
    /// person of that name is created when nobody has it.
    public func reassign(quote: Int64, to name: String, create: Bool = false) throws -> [String] {
        let target: CuratedEntity
        do {
            target = try curatedEntity(name)
        } catch let error as StoreError where error.code == .notFound && create {
            target = try run {
                try db.transaction { db in
                    try db.execute(
                        sql: "INSERT INTO entities(name, kind, curated) VALUES (?1, 'person', 1)", arguments: [name])
                    let id = db.lastInsertRowID
                    try addAliasRows(db, entity: id, kind: .person, names: [name], evidence: "created by a curator")
                    return CuratedEntity(id: id, name: name, kind: .person)
                }
            }
        }
        return try run {
            try db.transaction { db in
                let statement = try db.prepare(
                    sql: """
                        SELECT a.key, q.start, q."end", coalesce(q.text, substr(a.text, q.start + 1, q."end" - q.start)), e.name
                         FROM quotes q JOIN articles a ON a.id = q.article_id
                        LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.id = ?
                        """)
                try statement.bind(quote, at: 1)
                guard try statement.step() else {
                    throw StoreError(
                        .notFound, "no quote #\(quote) in \(path); `hearsay export quotes` lists them with their ids")
                }
                let article = statement.string(at: 0) ?? ""
                let start = statement.int64(at: 1)
                let end = statement.int64(at: 2)
                let text = statement.string(at: 3) ?? ""
                let before = statement.string(at: 4)
                try db.execute(
                    sql: "UPDATE quotes SET speaker_id = ?1, curated = 1 WHERE id = ?2", arguments: [target.id, quote])
                try log(
                    db, "reassign",
                    [
                        "article": article, "start": "\(start)", "end": "\(end)", "text": text,
                        "entity": "\(target.id)", "name": target.name,
                    ])
                let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
                return [
                    "Quote #\(quote) (\(article): “\(shown)”) now said by \(target.label), was \(before.map { "\"\($0)\"" } ?? "nobody")"
                ]
            }
        }
    }
}
