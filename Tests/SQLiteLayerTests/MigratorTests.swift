import SQLiteLayer
import TestSupport
import Testing

@Suite struct MigratorTests {
    let first = Migration(version: 1, name: "initial", sql: "CREATE TABLE a(id INTEGER PRIMARY KEY, name TEXT);")
    let second = Migration(version: 2, name: "b", sql: "CREATE TABLE b(a INTEGER REFERENCES a(id));")

    private func open(_ location: Location, _ temp: ScratchFolder) throws -> Database {
        try Database(path: location == .memory ? ":memory:" : temp.path("test.db"))
    }

    @Test(arguments: Location.allCases)
    func appliesPendingMigrationsOnce(_ location: Location) throws {
        let temp = ScratchFolder("sqlitelayer")
        let db = try open(location, temp)
        #expect(try Migrator(migrations: [first]).migrate(db) == [1])
        #expect(try Migrator(migrations: [first, second]).migrate(db) == [2])
        #expect(try Migrator(migrations: [first, second]).migrate(db) == [])
        #expect(try Migrator(migrations: [first, second]).appliedVersion(db) == 2)
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM schema_migrations") == 2)
        #expect(try db.scalarInt(sql: "PRAGMA foreign_keys") == 1)
    }

    @Test(arguments: Location.allCases)
    func failedMigrationLeavesThePreviousVersion(_ location: Location) throws {
        let temp = ScratchFolder("sqlitelayer")
        let db = try open(location, temp)
        let broken = Migration(version: 2, name: "broken", sql: "CREATE TABLE c(x); INSERT INTO nowhere VALUES (1);")
        #expect(throws: SQLiteError.self) { try Migrator(migrations: [first, broken]).migrate(db) }
        #expect(try Migrator(migrations: [first]).appliedVersion(db) == 1)
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM sqlite_master WHERE name = 'c'") == 0)
    }

    @Test func migrationBreakingForeignKeysIsRolledBack() throws {
        let db = try Database(path: ":memory:")
        let dangling = Migration(
            version: 2, name: "dangling", sql: "CREATE TABLE b(a INTEGER REFERENCES a(id)); INSERT INTO b VALUES (9);")
        #expect(throws: MigrationError.foreignKeyViolation(version: 2, table: "b")) {
            try Migrator(migrations: [first, dangling]).migrate(db)
        }
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM sqlite_master WHERE name = 'b'") == 0)
    }

    @Test(arguments: Location.allCases)
    func refusesNewerDatabaseNamingBothVersions(_ location: Location) throws {
        let temp = ScratchFolder("sqlitelayer")
        let db = try open(location, temp)
        var migrations = [first]
        for version in 2...7 { migrations.append(Migration(version: version, name: "v\(version)", sql: "SELECT 1;")) }
        try Migrator(migrations: migrations).migrate(db)
        let old = Migrator(
            migrations: [first, second, Migration(version: 3, name: "c", sql: "SELECT 1;")], program: "hearsay")
        do {
            try old.migrate(db)
            Issue.record("an old binary migrated a newer database")
        } catch let error as MigrationError {
            #expect(
                error.description == "database schema version 7 is newer than this hearsay (version 3); upgrade hearsay"
            )
        }
        #expect(try db.scalarInt(sql: "SELECT max(version) FROM schema_migrations") == 7)
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM sqlite_master WHERE name = 'b'") == 0)
    }
}
