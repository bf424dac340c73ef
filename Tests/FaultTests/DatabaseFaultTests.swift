import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Databases that cannot or must not be written: clear message, non-zero exit, nothing lost or touched.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct DatabaseFaultTests {
    @Test func aReadOnlyDatabaseIsRefusedAndKeepsItsArticles() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("first/a.txt", story(1))
        try cli.write("second/b.txt", story(2))
        #expect(try cli.run(["import", "first"]).status == 0)
        let db = cli.path("hearsay.db")
        // Root ignores permission bits, so there the file is made immutable instead.
        let asRoot = getuid() == 0
        if asRoot {
            let chattr = try cli.run(["--version"], shellPrefix: "chattr +i '\(db)' || exit 77")
            guard chattr.status != 77 else { return }  // No way to make a file read-only for root here.
        } else {
            chmod(db, 0o444)
        }
        defer {
            if asRoot { _ = try? cli.run(["--version"], shellPrefix: "chattr -i '\(db)'") } else { chmod(db, 0o644) }
        }
        let outcome = try cli.run(["import", "second"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("read-only"), "\(outcome.stderr)")
        #expect(try cli.storedKeys() == ["a.txt"])
    }

    @Test func aFileThatIsNotAHearsayDatabaseIsNeverModified() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a.txt", story(1))
        let notes = try cli.write("notes.txt", "shopping: bread, milk\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: notes))
        let outcome = try cli.run(["import", "in", "--db", notes])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("notes.txt"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: notes)) == before)
        #expect(!FileManager.default.fileExists(atPath: notes + "-wal"))

        // Another program's SQLite database: refused untouched too.
        let other = cli.path("other.sqlite")
        let make = try cli.run(
            ["--version"], shellPrefix: "sqlite3 '\(other)' 'CREATE TABLE t(x); INSERT INTO t VALUES (1);' || exit 77")
        guard make.status != 77 else { return }  // no sqlite3 command
        let otherBefore = try Data(contentsOf: URL(fileURLWithPath: other))
        let refused = try cli.run(["import", "in", "--db", other])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("other.sqlite"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == otherBefore)
    }

    @Test func aDatabaseFromANewerHearsayIsRefused() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a.txt", story(1))
        #expect(try cli.run(["import", "in"]).status == 0)
        let bump = try cli.run(
            ["--version"],
            shellPrefix:
                "sqlite3 hearsay.db \"INSERT INTO schema_migrations(version, name) VALUES (9999, 'future')\" || exit 77"
        )
        guard bump.status != 77 else { return }
        try cli.write("more/b.txt", story(2))
        let outcome = try cli.run(["import", "more"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("9999"), "\(outcome.stderr)")
    }

    @Test func aFullDiskFailsCleanlyAndKeepsWhatWasStored() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("first/a.txt", story(1))
        #expect(try cli.run(["import", "first"]).status == 0)
        for n in 0..<300 {
            try cli.write("many/\(n).txt", story(1000 + n) + String(repeating: " More words for the disk.", count: 40))
        }
        // The file-size limit stands in for a full disk: writes past it fail with EFBIG (SIGXFSZ ignored).
        let size = (try FileManager.default.attributesOfItem(atPath: cli.path("hearsay.db"))[.size] as? Int) ?? 0
        let wal = (try? FileManager.default.attributesOfItem(atPath: cli.path("hearsay.db-wal"))[.size] as? Int) ?? 0
        let blocks = (max(size, wal) + 64 * 1024) / 512
        let outcome = try cli.run(["import", "many"], shellPrefix: "trap '' XFSZ; ulimit -f \(blocks)")
        #expect(outcome.status == 1, "\(outcome.stdout)\(outcome.stderr)")
        #expect(!outcome.signalled)
        #expect(outcome.stderr.contains("hearsay.db"), "\(outcome.stderr)")
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try cli.storedKeys().contains("a.txt"))
    }
}
