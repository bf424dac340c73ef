import SQLiteLayer

/// Removes the entities that only a replaced article held, so re-importing changed articles
/// does not leave speakers behind that nothing refers to (and that `export people` would list).
///
/// Before an article is deleted, its speakers' entities and the organisations its roles named
/// become candidates; at the end of the batch (inside its transaction, after the replacement and
/// every other article of the batch were written) each candidate that no speaker, quote, claim,
/// claim mention or role refers to any more, and that no curator touched, is deleted with its
/// aliases, roles and rejections (their foreign keys cascade).
final class OrphanSweeper {
    private let db: Database
    private var candidates: Set<Int64> = []
    private let held: Statement
    private let delete: Statement

    init(db: Database) throws {
        self.db = db
        held = try db.prepare(
            sql: """
                SELECT entity_id FROM article_speakers WHERE article_id = ?1 AND entity_id IS NOT NULL
                UNION SELECT organisation_id FROM entity_roles WHERE article_id = ?1 AND organisation_id IS NOT NULL
                """)
        delete = try db.prepare(
            sql: """
                DELETE FROM entities WHERE id = ?1 AND curated = 0
                  AND NOT EXISTS (SELECT 1 FROM article_speakers WHERE entity_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM claims WHERE claimant_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM claim_mentions WHERE entity_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM entity_roles WHERE organisation_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM entity_aliases WHERE entity_id = ?1 AND curated = 1)
                  AND NOT EXISTS (SELECT 1 FROM entity_rejections WHERE entity_id = ?1)
                """)
    }

    /// Notes the entities article `articleID` holds; call before deleting it.
    func articleWillBeDeleted(_ articleID: Int64) throws {
        try held.bind(articleID, at: 1)
        defer { held.reset() }
        while try held.step() { candidates.insert(held.int64(at: 0)) }
    }

    /// Deletes the candidates nothing refers to any more; returns how many. Organisations freed by
    /// a deleted person's roles are looked at in the next round.
    @discardableResult
    func sweep() throws -> Int {
        var removed = 0
        while !candidates.isEmpty {
            let round = candidates.sorted()
            candidates.removeAll()
            for id in round {
                let organisations = try organisationsOfRoles(of: id)
                try delete.bind(id, at: 1)
                try delete.run()
                delete.reset()
                if db.changes > 0 {
                    removed += 1
                    candidates.formUnion(organisations)
                }
            }
        }
        return removed
    }

    /// Forgets the candidates of a batch that was rolled back.
    func forget() { candidates.removeAll() }

    private func organisationsOfRoles(of id: Int64) throws -> [Int64] {
        let statement = try db.prepare(
            sql: "SELECT organisation_id FROM entity_roles WHERE entity_id = ? AND organisation_id IS NOT NULL")
        try statement.bind(id, at: 1)
        var found: [Int64] = []
        while try statement.step() { found.append(statement.int64(at: 0)) }
        return found
    }
}
