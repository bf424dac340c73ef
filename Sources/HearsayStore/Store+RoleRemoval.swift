import Foundation
import SQLiteLayer

extension Store {
    /// Takes `role` away from the entity `name`: every recorded role or organisation of the entity
    /// written so (any case) is deleted, and later imports of any article never give it back. The
    /// decision is kept by the entity's name as well as its id, so it follows the entity through a
    /// merge, and the entity is marked curated so a re-import never drops and remakes it.
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
                try db.execute(sql: "UPDATE entities SET curated = 1 WHERE id = ?1", arguments: [entity.id])
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

    /// `hearsay role remove` decisions replayed after an import: the roles and organisations curators
    /// took away from an entity are not given back, by article `articleID` (a freshly (re)imported
    /// one) or, when it is nil, by any article (after entities were folded together, which moves
    /// roles). Each decision names the entity by id and by name: when the id is gone (a curator
    /// merged it into another), the entity that now holds the name as its name or an alias.
    static func replayRoleRemovals(db: Database, articleID: Int64?) throws {
        let log = try db.prepare(sql: "SELECT arguments FROM curation WHERE action = 'role-remove' ORDER BY id")
        var removals: [(entity: Int64?, name: String?, role: String)] = []
        while try log.step() {
            guard let data = log.string(at: 0)?.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: String],
                let role = object["role"]
            else { continue }
            removals.append((object["entity"].flatMap(Int64.init), object["name"], role))
        }
        guard !removals.isEmpty else { return }
        let alive = try db.prepare(sql: "SELECT 1 FROM entities WHERE id = ?")
        let byName = try db.prepare(
            sql: """
                SELECT id FROM entities WHERE name = ?1
                UNION ALL SELECT entity_id FROM entity_aliases WHERE alias = ?1 LIMIT 1
                """)
        let delete = try db.prepare(
            sql: """
                DELETE FROM entity_roles
                 WHERE entity_id = ?1 AND (?3 IS NULL OR article_id = ?3)
                   AND (role = ?2 COLLATE NOCASE OR organisation = ?2 COLLATE NOCASE)
                """)
        for removal in removals {
            var entity: Int64?
            if let id = removal.entity {
                try alive.bind(id, at: 1)
                if try alive.step() { entity = id }
                alive.reset()
            }
            if entity == nil, let name = removal.name {
                try byName.bind(name, at: 1)
                if try byName.step() { entity = byName.int64(at: 0) }
                byName.reset()
            }
            guard let entity else { continue }
            try delete.bind(entity, at: 1)
            try delete.bind(removal.role, at: 2)
            if let articleID { try delete.bind(articleID, at: 3) } else { try delete.bindNull(at: 3) }
            try delete.run()
        }
    }
}
