import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A database this user may only read: `check` checks without writing, reading commands work.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct ReadOnlyDatabaseTests {
    /// Makes `paths` unwritable (immutable for root, who ignores permission bits); false when impossible here.
    private func protect(_ cli: HearsayRunner, _ paths: [String]) throws -> Bool {
        if getuid() == 0 {
            let list = paths.map { "'\($0)'" }.joined(separator: " ")
            return try cli.run(["--help"], shellPrefix: "chattr +i \(list) || exit 77").status == 0
        }
        for path in paths { chmod(path, path.hasSuffix(".db") ? 0o444 : 0o555) }
        return true
    }

    private func release(_ cli: HearsayRunner, _ paths: [String]) {
        if getuid() == 0 {
            let list = paths.map { "'\($0)'" }.joined(separator: " ")
            _ = try? cli.run(["--help"], shellPrefix: "chattr -i \(list)")
        } else {
            for path in paths { chmod(path, path.hasSuffix(".db") ? 0o644 : 0o755) }
        }
    }

    @Test func aReadOnlyFileIsCheckedAndReadWithoutWriting() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a.txt", story(1))
        #expect(try cli.run(["import", "in"]).status == 0)
        let db = cli.path("hearsay.db")
        guard try protect(cli, [db]) else { return }
        defer { release(cli, [db]) }
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("ok"))
        let quotes = try cli.run(["quotes", "--format", "jsonl"])
        #expect(quotes.status == 0, "\(quotes.stderr)")
        #expect(quotes.stdout.contains("Oriel Maszkowski"))
    }

    @Test func aDatabaseInAFolderThatCannotBeWrittenIsRead() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a.txt", story(1))
        let db = cli.path("shelf/hearsay.db")
        try FileManager.default.createDirectory(atPath: cli.path("shelf"), withIntermediateDirectories: true)
        #expect(try cli.run(["import", "in", "--db", db]).status == 0)
        // A database copied onto read-only media holds everything in its main file.
        let closed = try cli.run(
            ["--help"],
            shellPrefix:
                "python3 -c \"import sqlite3; sqlite3.connect('\(db)').execute('PRAGMA wal_checkpoint(TRUNCATE)')\" || exit 77"
        )
        guard closed.status == 0 else { return }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        guard try protect(cli, [db, cli.path("shelf")]) else { return }
        defer { release(cli, [db, cli.path("shelf")]) }
        for arguments in [["stats"], ["quotes", "--format", "jsonl"], ["check"], ["people"]] {
            let outcome = try cli.run(arguments + ["--db", db])
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.path("shelf")) == ["hearsay.db"])
    }
}
