import Foundation
import SQLiteLayer

extension Store {
    /// Adds `alias` as a name of the entity `name`; later imports link speakers so named to it.
    public func addAlias(_ alias: String, to name: String) throws -> [String] {
        let entity = try curatedEntity(name)
        let trimmed = alias.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.notFound, "an alias cannot be empty") }
        return try run {
            try db.transaction { db in
                let others = try entities(named: trimmed).filter { $0 != entity.id }
                try addAliasRows(
                    db, entity: entity.id, kind: entity.kind, names: [trimmed], evidence: "alias added by a curator")
                try db.execute(
                    sql: "DELETE FROM entity_rejections WHERE entity_id = ?1 AND name = ?2",
                    arguments: [entity.id, trimmed])
                try db.execute(sql: "UPDATE entities SET curated = 1 WHERE id = ?1", arguments: [entity.id])
                try log(db, "alias", ["entity": "\(entity.id)", "name": entity.name, "alias": trimmed])
                var out = ["Added alias \"\(trimmed)\" to \(entity.label)"]
                for other in others {
                    let label = try entityName(other).map { "\"\($0)\" (#\(other))" } ?? "#\(other)"
                    out.append(
                        "Note: \(label) is also called \"\(trimmed)\"; `hearsay merge` joins them if they are one")
                }
                return out
            }
        }
    }
}
