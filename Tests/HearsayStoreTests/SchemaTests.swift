import Foundation
import TestSupport
import Testing

@testable import HearsayStore

@Suite struct SchemaTests {
    /// The migrations compiled into the binary are exactly the files in Migrations/.
    @Test func embeddedMigrationsMatchTheFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let files = names.filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files.count == Schema.migrations.count, "run `make migrations`")
        for (file, migration) in zip(files, Schema.migrations) {
            let sql = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(file == String(format: "%04d_%@.sql", migration.version, migration.name), "run `make migrations`")
            var trimmed = sql
            while trimmed.hasSuffix("\n") { trimmed.removeLast() }
            #expect(trimmed == migration.sql, "\(file) differs from the embedded copy: run `make migrations`")
        }
    }

    @Test(arguments: Location.allCases)
    func newDatabaseIsMarkedAsHearsay(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        #expect(try store.schemaVersion() == Schema.version)
        let stats = try store.stats()
        #expect(stats.schemaVersion == Schema.version)
        #expect(stats.articles == 0)
    }

    @Test func reopeningKeepsTheData() throws {
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("hearsay.db")
        try Store(path: path).importArticle(key: "a", text: "x", metadata: .init(), extraction: .init())
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(72)
        #expect(Array(header[68..<72]) == [0x48, 0x52, 0x53, 0x59])
        #expect(try Store(path: path).stats().articles == 1)
    }

    @Test(arguments: [String(repeating: "my precious notes\n", count: 20), "tiny", String(repeating: "x", count: 5000)])
    func refusesAFileThatIsNotSQLiteAndLeavesItAlone(_ text: String) throws {
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("notes.db")
        let content = Data(text.utf8)
        try content.write(to: URL(fileURLWithPath: path))
        do {
            _ = try Store(path: path)
            Issue.record("opened a text file as a database")
        } catch let error as StoreError {
            #expect(error.code == .notSQLite)
            #expect(error.description.contains(path))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
    }

    @Test func refusesAnotherProgramsDatabaseAndLeavesItAlone() throws {
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("other.db")
        let other = Process()
        other.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        other.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table mine(x)'); c.execute('insert into mine values (1)'); c.commit()",
            path,
        ]
        try other.run()
        other.waitUntilExit()
        guard other.terminationStatus == 0 else { return }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try Store(path: path)
            Issue.record("opened another program's database")
        } catch let error as StoreError {
            #expect(error.code == .notHearsay)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesADatabaseFromANewerHearsay() throws {
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("hearsay.db")
        do {
            let store = try Store(path: path)
            try store.db.execute(
                sql: "INSERT INTO schema_migrations(version, name) VALUES (\(Schema.version + 6), 'future')")
        }
        do {
            _ = try Store(path: path)
            Issue.record("opened a newer database")
        } catch let error as StoreError {
            #expect(error.code == .newerSchema)
            #expect(
                error.message
                    == "database schema version \(Schema.version + 6) is newer than this hearsay (version \(Schema.version)); upgrade hearsay"
            )
        }
    }
}
