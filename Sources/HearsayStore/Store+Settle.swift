import HearsayModel
import Linking
import SQLiteLayer

extension Store {
    /// Folds the person entities an import leaves apart that are one person whatever the order of
    /// the articles (``EntitySettling``): run at the end of every import, in one transaction.
    /// Returns how many entities were folded.
    @discardableResult
    public func settleEntities() throws -> Int {
        try run {
            try db.transaction { db in
                let people = try db.prepare(sql: "SELECT id, name, curated FROM entities WHERE kind = 'person'")
                var entries: [EntitySettling.Entry] = []
                while try people.step() {
                    entries.append(
                        EntitySettling.Entry(
                            id: people.int64(at: 0), name: people.string(at: 1) ?? "", curated: people.int64(at: 2) != 0))
                }
                let rejections = try db.prepare(sql: "SELECT entity_id, name FROM entity_rejections")
                var rejected: [Int64: Set<String>] = [:]
                while try rejections.step() {
                    rejected[rejections.int64(at: 0), default: []].insert(rejections.string(at: 1) ?? "")
                }
                for i in entries.indices { entries[i].rejected = rejected[entries[i].id] ?? [] }
                let folds = EntitySettling.folds(entries)
                let moves: [String] =
                    [
                        "UPDATE quotes SET speaker_id = ?1 WHERE speaker_id = ?2",
                        "UPDATE claims SET claimant_id = ?1 WHERE claimant_id = ?2",
                        "INSERT OR IGNORE INTO claim_mentions(claim_id, entity_id) SELECT claim_id, ?1 FROM claim_mentions WHERE entity_id = ?2",
                    ] + Self.moveSpeakers(note: "one person in any import order", where: "entity_id = ?2") + [
                        """
                        INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key, surname, article_id, evidence, curated)
                        SELECT ?1, alias, key, surname, article_id, evidence, curated FROM entity_aliases WHERE entity_id = ?2
                        """,
                        """
                        INSERT OR IGNORE INTO entity_roles(entity_id, role, organisation, organisation_key, organisation_id, article_id, date)
                        SELECT ?1, role, organisation, organisation_key, organisation_id, article_id, date FROM entity_roles WHERE entity_id = ?2
                        """,
                        "UPDATE entity_roles SET organisation_id = ?1 WHERE organisation_id = ?2",
                        "INSERT OR IGNORE INTO entity_rejections(entity_id, name) SELECT ?1, name FROM entity_rejections WHERE entity_id = ?2",
                        "DELETE FROM entities WHERE id = ?2",
                    ]
                let statements = try moves.map { try db.prepare(sql: $0) }
                for fold in folds {
                    for statement in statements {
                        try statement.bind(fold.into, at: 1)
                        try statement.bind(fold.from, at: 2)
                        try statement.run()
                    }
                }
                return folds.count
            }
        }
    }
}
