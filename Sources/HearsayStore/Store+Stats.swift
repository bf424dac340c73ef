import Foundation
import SQLiteLayer

/// Counts of what a database holds.
public struct StoreStats: Sendable, Hashable {
    /// Articles stored.
    public var articles: Int
    /// Quotes stored.
    public var quotes: Int
    /// Quotes with a known speaker.
    public var attributedQuotes: Int
    /// Claims stored.
    public var claims: Int
    /// Entities (people, organisations, groups, anonymous sources).
    public var entities: Int
    /// Entities that are people.
    public var people: Int
    /// Distinct outlets.
    public var sources: Int
    /// Earliest and latest article dates, `YYYY-MM-DD`.
    public var firstDate: String?
    /// Latest article date.
    public var lastDate: String?
    /// The database's schema version.
    public var schemaVersion: Int
}

extension Store {
    /// Counts of articles, quotes, claims and entities, and the schema version.
    public func stats() throws -> StoreStats {
        try run {
            func count(_ sql: String) throws -> Int { Int(try db.scalarInt(sql: sql) ?? 0) }
            return StoreStats(
                articles: try count("SELECT count(*) FROM articles"),
                quotes: try count("SELECT count(*) FROM quotes"),
                attributedQuotes: try count("SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL"),
                claims: try count("SELECT count(*) FROM claims"),
                entities: try count("SELECT count(*) FROM entities"),
                people: try count("SELECT count(*) FROM entities WHERE kind = 'person'"),
                sources: try count("SELECT count(DISTINCT source) FROM articles"),
                firstDate: try db.scalarText(sql: "SELECT min(published) FROM articles"),
                lastDate: try db.scalarText(sql: "SELECT max(published) FROM articles"),
                schemaVersion: try Schema.migrator.appliedVersion(db))
        }
    }

    /// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check`; returns the problems found
    /// (empty when the database is sound).
    public func check() throws -> [String] {
        try run {
            var problems: [String] = []
            let integrity = try db.prepare(sql: "PRAGMA integrity_check")
            while try integrity.step() {
                if let line = integrity.string(at: 0), line != "ok" { problems.append("integrity: \(line)") }
            }
            let foreign = try db.prepare(sql: "PRAGMA foreign_key_check")
            while try foreign.step() {
                problems.append(
                    "foreign key: row \(foreign.int64(at: 1)) of \(foreign.string(at: 0) ?? "?") points to a missing \(foreign.string(at: 2) ?? "?")"
                )
            }
            problems += try checkFullTextIndexes()
            return problems
        }
    }

    /// FTS5's own integrity check is written as an INSERT, which a read-only database refuses;
    /// there it runs on a snapshot copied to a temporary file, so the original is never written.
    private func checkFullTextIndexes() throws -> [String] {
        var target = db
        var copy: String?
        if db.isReadOnly {
            let path = NSTemporaryDirectory() + "hearsay-check-" + UUID().uuidString + ".db"
            try db.execute(sql: "VACUUM INTO '\(path.replacingOccurrences(of: "'", with: "''"))'")
            copy = path
            var configuration = Database.Configuration()
            configuration.create = false
            configuration.walMode = false
            target = try Database(path: path, configuration: configuration)
        }
        defer {
            if let copy {
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    try? FileManager.default.removeItem(atPath: copy + suffix)
                }
            }
        }
        var problems: [String] = []
        for table in ["quotes_fts", "claims_fts"] {
            do {
                try target.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('integrity-check', 1)")
            } catch {
                problems.append("full-text index \(table): \(error.message)")
            }
        }
        return problems
    }
}
