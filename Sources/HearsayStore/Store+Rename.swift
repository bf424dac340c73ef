import Foundation
import SQLiteLayer

extension Store {
    /// Gives the entity `name` the canonical name `newName` (the old one stays an alias); imports no
    /// longer rename it.
    public func rename(_ name: String, to newName: String) throws -> [String] {
        let entity = try curatedEntity(name)
        let trimmed = newName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.notFound, "a name cannot be empty") }
        return try run {
            try db.transaction { db in
                try db.execute(
                    sql: "UPDATE entities SET name = ?1, curated = 1 WHERE id = ?2", arguments: [trimmed, entity.id])
                try addAliasRows(
                    db, entity: entity.id, kind: entity.kind, names: [trimmed, entity.name],
                    evidence: "renamed by a curator")
                try log(db, "rename", ["entity": "\(entity.id)", "from": entity.name, "to": trimmed])
                return ["Renamed \(entity.label) to \"\(trimmed)\"; \"\(entity.name)\" stays an alias"]
            }
        }
    }
}
