import Extraction
import HearsayModel
import Foundation
import SQLiteLayer

extension Store {
    /// Takes `alias` away from the entity `name`: it is no longer one of its names, later imports
    /// never link a speaker so called to it, and speakers already linked under that name are
    /// split off into an entity of their own (as ``unmerge(_:articles:)`` does for their articles).
    public func removeAlias(_ alias: String, from name: String) throws -> [String] {
        let entity = try curatedEntity(name)
        let trimmed = alias.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.notFound, "an alias cannot be empty") }
        guard trimmed != entity.name else {
            throw StoreError(
                .notFound, "\"\(trimmed)\" is the name of \(entity.label); rename it before removing that name")
        }
        let articles: [String] = try run {
            try db.transaction { db in
                let find = try db.prepare(sql: "SELECT count(*) FROM entity_aliases WHERE entity_id = ? AND alias = ?")
                try find.bind(entity.id, at: 1)
                try find.bind(trimmed, at: 2)
                guard try find.step(), find.int64(at: 0) > 0 else {
                    throw StoreError(.notFound, "\(entity.label) has no alias \"\(trimmed)\"; nothing changed")
                }
                for sql in [
                    "DELETE FROM entity_aliases WHERE entity_id = ?1 AND alias = ?2",
                    "INSERT OR IGNORE INTO entity_rejections(entity_id, name) VALUES (?1, ?2)",
                ] {
                    let statement = try db.prepare(sql: sql)
                    try statement.bind(entity.id, at: 1)
                    try statement.bind(trimmed, at: 2)
                    try statement.run()
                }
                let curated = try db.prepare(sql: "UPDATE entities SET curated = 1 WHERE id = ?")
                try curated.bind(entity.id, at: 1)
                try curated.run()
                var arguments = "{"
                JSONText.appendString("alias", to: &arguments)
                arguments += ":"
                JSONText.appendString(trimmed, to: &arguments)
                arguments += ",\"entity\":\"\(entity.id)\",\"name\":"
                JSONText.appendString(entity.name, to: &arguments)
                arguments += "}"
                let log = try db.prepare(sql: "INSERT INTO curation(action, arguments) VALUES ('alias-remove', ?)")
                try log.bind(arguments, at: 1)
                try log.run()
                let speakers = try db.prepare(
                    sql: """
                        SELECT DISTINCT a.key FROM article_speakers s JOIN articles a ON a.id = s.article_id
                         WHERE s.entity_id = ? AND s.name = ? ORDER BY a.key
                        """)
                try speakers.bind(entity.id, at: 1)
                try speakers.bind(trimmed, at: 2)
                var keys: [String] = []
                while try speakers.step() { keys.append(speakers.string(at: 0) ?? "") }
                return keys
            }
        }
        var report = ["Removed alias \"\(trimmed)\" from \(entity.label); it will not be linked to it again"]
        if !articles.isEmpty { report += try unmerge("#\(entity.id)", articles: articles) }
        return report
    }
}
