import Foundation
import HearsayModel
import Linking
import SQLiteLayer

extension Store {
    /// Moves everything of the entity `name` (quotes, claims, aliases, roles, article speakers)
    /// into the entity `target` and deletes it.
    public func merge(_ name: String, into target: String) throws -> [String] {
        let keep = try curatedEntity(target)
        let gone = try curatedEntity(name)
        guard keep.id != gone.id else {
            return ["\(keep.label) and \(name.debugDescription) are already one entity; nothing changed"]
        }
        return try run {
            try db.transaction { db in
                let quotes = try count(db, "SELECT count(*) FROM quotes WHERE speaker_id = ?", [gone.id])
                let claims = try count(db, "SELECT count(*) FROM claims WHERE claimant_id = ?", [gone.id])
                let names = try aliasNames(db, gone.id)
                let moves = Self.foldStatements(note: "merged by a curator", byCurator: true)
                for sql in moves { try db.execute(sql: sql, arguments: [keep.id, gone.id]) }
                try db.execute(sql: "DELETE FROM entities WHERE id = ?1", arguments: [gone.id])
                try db.execute(sql: "UPDATE entities SET curated = 1 WHERE id = ?1", arguments: [keep.id])
                // The merged entity's own name becomes an alias, and a merge overrides an earlier "never link".
                try addAliasRows(
                    db, entity: keep.id, kind: keep.kind, names: [gone.name], evidence: "merged by a curator")
                for alias in names + [gone.name] {
                    try db.execute(
                        sql: "DELETE FROM entity_rejections WHERE entity_id = ?1 AND name = ?2",
                        arguments: [keep.id, alias])
                }
                try log(
                    db, "merge",
                    ["into": "\(keep.id)", "into_name": keep.name, "merged": "\(gone.id)", "merged_name": gone.name])
                return [
                    "Merged \(gone.label) into \(keep.label): \(quotes) quote\(quotes == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"), "
                        + "names now aliases: \(([gone.name] + names.filter { $0 != gone.name }).joined(separator: "; "))"
                ]
            }
        }
    }
}

extension Store {
    /// The statements that fold entity `?2` into entity `?1`: its quotes, claims, mentions,
    /// speakers, aliases, roles and rejections move over (the entity row itself stays for the
    /// caller to delete). With `byCurator`, the moved aliases are marked curated and their
    /// evidence names `note`; otherwise they keep theirs. A curator's merge and the settling at
    /// the end of an import fold the same way.
    static func foldStatements(note: String, byCurator: Bool) -> [String] {
        let aliasEvidence = byCurator ? "coalesce(evidence || '; ', '') || '\(note)', 1" : "evidence, curated"
        return [
            "UPDATE quotes SET speaker_id = ?1 WHERE speaker_id = ?2",
            "UPDATE claims SET claimant_id = ?1 WHERE claimant_id = ?2",
            "INSERT OR IGNORE INTO claim_mentions(claim_id, entity_id) SELECT claim_id, ?1 FROM claim_mentions WHERE entity_id = ?2",
        ] + moveSpeakers(note: note, where: "entity_id = ?2") + [
            """
            INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key, surname, article_id, evidence, curated)
            SELECT ?1, alias, key, surname, article_id, \(aliasEvidence)
            FROM entity_aliases WHERE entity_id = ?2
            """,
            """
            INSERT OR IGNORE INTO entity_roles(entity_id, role, organisation, organisation_key, organisation_id, article_id, date)
            SELECT ?1, role, organisation, organisation_key, organisation_id, article_id, date FROM entity_roles WHERE entity_id = ?2
            """,
            "UPDATE entity_roles SET organisation_id = ?1 WHERE organisation_id = ?2",
            "INSERT OR IGNORE INTO entity_rejections(entity_id, name) SELECT ?1, name FROM entity_rejections WHERE entity_id = ?2",
        ]
    }
}
