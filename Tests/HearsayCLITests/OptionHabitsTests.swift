import TestSupport
import Testing

/// `--db` on either side of the subcommand, `--version` and the short flags, on the built binary.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct OptionHabitsTests {
    @Test func databaseBeforeOrAfterTheSubcommand() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        _ = try cli.run(["import", "feed.jsonl", "--db", "other.db"])
        let before = try cli.run(["--db", "other.db", "stats"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("database:       other.db"), "\(before.stdout)")
        let joined = try cli.run(["--db=other.db", "stats"])
        #expect(joined.stdout.contains("database:       other.db"), "\(joined.stdout)")
        let after = try cli.run(["stats", "--db", "other.db"])
        #expect(after.stdout == before.stdout)
        // A subcommand of a subcommand gets it too.
        let nested = try cli.run(["--db", "other.db", "alias", "add", "Quennell", "The Chair"])
        #expect(nested.status == 0, "\(nested.stderr)")
    }

    @Test func versionAndShortFlags() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let version = try cli.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3, "\(version.stdout)")

        let long = try cli.run([
            "quotes", "--person", "Quennell", "--search", "fares", "--limit", "1", "--format", "csv",
        ])
        let short = try cli.run(["quotes", "-p", "Quennell", "-s", "fares", "-n", "1", "-f", "csv"])
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stdout == long.stdout)
        #expect(short.stdout.split(separator: "\r\n").count == 2, "\(short.stdout)")
        let claimant = try cli.run(["claims", "-p", "Dockworkers Guild", "-f", "jsonl"])
        #expect(claimant.stdout.contains("the talks would resume"), "\(claimant.stdout)")
        let org = try cli.run(["claims", "-o", "Harbour Board"])
        #expect(org.status == 0, "\(org.stderr)")
        #expect(org.stderr == (try cli.run(["claims", "--org", "Harbour Board"])).stderr)
    }
}
