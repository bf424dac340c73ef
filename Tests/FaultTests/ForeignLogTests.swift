import Foundation
import TestSupport
import Testing

/// A `-wal` copied from another database is refused before SQLite replays it; both files stay as they were.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct ForeignLogTests {
    /// Runs a Python snippet (the standard `sqlite3` module) in the scratch folder; false without python3.
    private func python(_ cli: HearsayRunner, _ script: String) throws -> Bool {
        try cli.write("script.py", script)
        let outcome = try cli.run(
            ["--help"], shellPrefix: "command -v python3 >/dev/null || exit 77; python3 script.py >&2 || exit 78")
        #expect(outcome.status != 78, "\(outcome.stderr)")
        return outcome.status == 0
    }

    /// Python that copies `hearsay.db` to `other.db`, changes the copy without closing it, and keeps
    /// its live log as `foreign-wal`: a log whose own checksums hold but which belongs elsewhere.
    private static let foreignLog = """
        import os, shutil, sqlite3
        source = sqlite3.connect("hearsay.db")
        other = sqlite3.connect("other.db")
        source.backup(other)
        source.close()
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("DELETE FROM articles")
        other.commit()
        shutil.copy("other.db-wal", "foreign-wal")
        """

    private func bytes(_ path: String) -> Data? { try? Data(contentsOf: URL(fileURLWithPath: path)) }

    /// A scratch folder whose database holds one imported story.
    private func importedOneStory() throws -> HearsayRunner {
        let cli = HearsayRunner()
        try cli.write("in/a.txt", story(1))
        #expect(try cli.run(["import", "in"]).status == 0)
        return cli
    }

    /// Runs `arguments` and expects a refusal naming the log, with the database and log unchanged.
    private func expectRefused(_ cli: HearsayRunner, _ arguments: [String]) throws {
        let database = bytes(cli.path("hearsay.db"))
        let log = bytes(cli.path("hearsay.db-wal"))
        let outcome = try cli.run(arguments)
        #expect(outcome.status == 1, "\(arguments): \(outcome.stdout)")
        #expect(outcome.stderr.contains("hearsay.db-wal"), "\(outcome.stderr)")
        #expect(bytes(cli.path("hearsay.db")) == database)
        #expect(bytes(cli.path("hearsay.db-wal")) == log)
    }

    @Test func aLogFromACopyOfTheDatabaseIsRefusedUntouched() throws {
        let cli = try importedOneStory()
        defer { cli.cleanUp() }
        // A copy of the database changed by a writer that never closed leaves a valid log;
        // that log is then put beside the original, as a careless backup restore would.
        let made = try python(
            cli,
            """
            \(Self.foreignLog)
            shutil.copy("foreign-wal", "hearsay.db-wal")
            os._exit(0)
            """)
        guard made else { return }
        try expectRefused(cli, ["stats"])
        try expectRefused(cli, ["import", "in"])

        // Moved aside, the database is whole.
        try FileManager.default.removeItem(atPath: cli.path("hearsay.db-wal"))
        #expect(try cli.storedKeys() == ["a.txt"])
    }

    @Test func aLogWhoseSaltTheIndexDoesNotRecordIsRefused() throws {
        let cli = try importedOneStory()
        defer { cli.cleanUp() }
        // A writer of this database dies (leaving its own -wal and -shm); then another
        // database's log is copied over that -wal.
        let made = try python(
            cli,
            """
            \(Self.foreignLog)
            c = sqlite3.connect("hearsay.db")
            c.execute("PRAGMA user_version=3")
            c.commit()
            shutil.copy("foreign-wal", "hearsay.db-wal")
            os._exit(0)
            """)
        guard made else { return }
        try expectRefused(cli, ["quotes"])
    }

    @Test func aLogLeftByAKilledWriterOfThisDatabaseIsReplayed() throws {
        let cli = try importedOneStory()
        defer { cli.cleanUp() }
        let made = try python(
            cli,
            """
            import os, sqlite3
            c = sqlite3.connect("hearsay.db")
            c.execute("UPDATE articles SET title = 'Changed by the writer that died'")
            c.commit()
            os._exit(0)
            """)
        guard made else { return }
        #expect(FileManager.default.fileExists(atPath: cli.path("hearsay.db-wal")))
        let outcome = try cli.run(["export", "articles", "--format", "jsonl"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Changed by the writer that died"))
    }
}
