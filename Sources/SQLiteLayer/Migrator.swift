/// One schema change: a version number, a name and the SQL that applies it.
public struct Migration: Sendable, Hashable {
    /// The version this migration brings the database to (1, 2, 3 …).
    public var version: Int
    /// A short name ("initial").
    public var name: String
    /// The SQL to run, any number of statements.
    public var sql: String

    /// Creates a migration.
    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Why the migrator refused to run.
public enum MigrationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The database records a schema version this program does not know.
    case newerDatabase(databaseVersion: Int, knownVersion: Int, program: String)
    /// A migration left rows breaking a foreign key.
    case foreignKeyViolation(version: Int, table: String)

    /// A message naming both versions, e.g. "database schema version 7 is newer than this hearsay
    /// (version 3); upgrade hearsay".
    public var description: String {
        switch self {
        case .newerDatabase(let databaseVersion, let knownVersion, let program):
            return "database schema version \(databaseVersion) is newer than this \(program) "
                + "(version \(knownVersion)); upgrade \(program)"
        case .foreignKeyViolation(let version, let table):
            return "migration \(version) left rows in \(table) that break a foreign key"
        }
    }
}

/// Brings a database's schema up to date, one recorded migration at a time.
///
/// Applied versions are kept in `schema_migrations`. Each pending migration runs in its own
/// `BEGIN IMMEDIATE` transaction together with its bookkeeping row, so a crash leaves the
/// database at one version or the next, never between. Foreign keys are switched off around
/// the migration (so tables can be rebuilt) and checked with `PRAGMA foreign_key_check` before
/// commit. A database newer than the newest known migration is refused untouched.
public struct Migrator: Sendable {
    /// The known migrations, in version order.
    public let migrations: [Migration]
    /// The program's name for messages ("hearsay").
    public let program: String

    /// Creates a migrator; versions must be distinct and increasing.
    public init(migrations: [Migration], program: String = "program") {
        let sorted = migrations.sorted { $0.version < $1.version }
        precondition(
            zip(sorted, sorted.dropFirst()).allSatisfy { $0.version < $1.version }, "duplicate migration versions")
        self.migrations = sorted
        self.program = program
    }

    /// The newest version this migrator knows (0 when it knows none).
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The highest version applied to `db` (0 for a new database).
    public func appliedVersion(_ db: Database) throws -> Int {
        let exists = try db.scalarInt(
            sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        guard exists == 1 else { return 0 }
        return Int(try db.scalarInt(sql: "SELECT max(version) FROM schema_migrations") ?? 0)
    }

    /// Checks the version without writing: throws ``MigrationError/newerDatabase(databaseVersion:knownVersion:program:)``
    /// when the database is newer, and returns whether any migration is pending.
    public func needsMigration(_ db: Database) throws -> Bool {
        let applied = try appliedVersion(db)
        if applied > latestVersion {
            throw MigrationError.newerDatabase(databaseVersion: applied, knownVersion: latestVersion, program: program)
        }
        return applied < latestVersion
    }

    /// Applies every pending migration; returns the versions applied.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Int] {
        guard try needsMigration(db) else { return [] }
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        var applied: [Int] = []
        for migration in migrations {
            try db.transaction { db in
                // Re-read inside the write lock: another process may have migrated meanwhile.
                try db.execute(
                    sql: """
                        CREATE TABLE IF NOT EXISTS schema_migrations (
                            version INTEGER PRIMARY KEY,
                            name TEXT NOT NULL,
                            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                        )
                        """)
                let current = try appliedVersion(db)
                if current > latestVersion {
                    throw MigrationError.newerDatabase(
                        databaseVersion: current, knownVersion: latestVersion, program: program)
                }
                guard migration.version > current else { return }
                try db.execute(sql: migration.sql)
                let record = try db.prepare(sql: "INSERT INTO schema_migrations(version, name) VALUES (?, ?)")
                try record.bind(migration.version, at: 1)
                try record.bind(migration.name, at: 2)
                try record.run()
                let check = try db.prepare(sql: "PRAGMA foreign_key_check")
                if try check.step() {
                    throw MigrationError.foreignKeyViolation(
                        version: migration.version, table: check.string(at: 0) ?? "?")
                }
                applied.append(migration.version)
            }
        }
        return applied
    }
}
