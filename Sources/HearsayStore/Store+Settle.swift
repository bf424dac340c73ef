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
                let moves =
                    Self.foldStatements(note: "one person in any import order", byCurator: false)
                    + ["DELETE FROM entities WHERE id = ?2"]
                let statements = try moves.map { try db.prepare(sql: $0) }
                for fold in folds {
                    for statement in statements {
                        try statement.bind(fold.into, at: 1)
                        try statement.bind(fold.from, at: 2)
                        try statement.run()
                    }
                }
                // A fold moves the folded entity's roles, among them any a curator took away.
                if !folds.isEmpty { try Self.replayRoleRemovals(db: db, articleID: nil) }
                return folds.count
            }
        }
    }
}
