import Foundation
import SQLiteLayer

extension Store {
    /// Takes `role` away from the entity `name`: every recorded role or organisation of the entity
    /// written so (any case) is deleted, and later imports of any article never give it back.
    ///
    /// Throws ``StoreError/Code/notFound`` when the entity holds no such role or organisation.
    public func removeRole(_ role: String, from name: String) throws -> [String] {
        let entity = try curatedEntity(name)
        let trimmed = role.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.notFound, "a role cannot be empty") }
        let removed: Int = try run {
            try db.transaction { db in
                let delete = try db.prepare(
                    sql: """
                        DELETE FROM entity_roles
                         WHERE entity_id = ?1 AND (role = ?2 COLLATE NOCASE OR organisation = ?2 COLLATE NOCASE)
                        """)
                try delete.bind(entity.id, at: 1)
                try delete.bind(trimmed, at: 2)
                try delete.run()
                let count = db.changes
                guard count > 0 else {
                    throw StoreError(.notFound, "\(entity.label) has no role or organisation \"\(trimmed)\"; nothing changed")
                }
                var arguments = "{\"entity\":\"\(entity.id)\",\"name\":"
                JSONText.appendString(entity.name, to: &arguments)
                arguments += ",\"role\":"
                JSONText.appendString(trimmed, to: &arguments)
                arguments += "}"
                let log = try db.prepare(sql: "INSERT INTO curation(action, arguments) VALUES ('role-remove', ?)")
                try log.bind(arguments, at: 1)
                try log.run()
                return count
            }
        }
        return ["Removed \"\(trimmed)\" from \(entity.label) (\(removed) record\(removed == 1 ? "" : "s")); later imports will not give it back"]
    }

    /// `hearsay role remove` decisions replayed on a freshly (re)imported article: the roles and
    /// organisations curators took away from an entity are not given back by this article.
    static func replayRoleRemovals(db: Database, articleID: Int64) throws {
        let log = try db.prepare(sql: "SELECT arguments FROM curation WHERE action = 'role-remove' ORDER BY id")
        var removals: [(entity: Int64, role: String)] = []
        while try log.step() {
            guard let data = log.string(at: 0)?.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: String],
                let entity = object["entity"].flatMap(Int64.init), let role = object["role"]
            else { continue }
            removals.append((entity, role))
        }
        guard !removals.isEmpty else { return }
        let delete = try db.prepare(
            sql: """
                DELETE FROM entity_roles
                 WHERE entity_id = ?1 AND article_id = ?3
                   AND (role = ?2 COLLATE NOCASE OR organisation = ?2 COLLATE NOCASE)
                """)
        for removal in removals {
            try delete.bind(removal.entity, at: 1)
            try delete.bind(removal.role, at: 2)
            try delete.bind(articleID, at: 3)
            try delete.run()
        }
    }
}
