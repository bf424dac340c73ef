import TestSupport
import Testing

/// Import progress: drawn in place on a terminal with a total, a percentage, a rate and the time
/// left; absent when standard error is not a terminal.
@Suite(.enabled(if: HearsayRunner.binary != nil && PseudoTerminal.script != nil, "needs the binary and script(1)"))
struct ProgressTests {
    @Test func progressOnATerminalOnly() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("feed.jsonl", HabitsCorpus.feed)
        try cli.write("folder/a.txt", "\"The tide is late,\" said Perpetua Hollins, a pilot.")
        let screen = try #require(try PseudoTerminal.run(["import", "feed.jsonl", "folder"], in: cli))
        // The first article read draws the line: one of five, counted before the import began.
        #expect(screen.contains("\r\u{1B}[K1/5 articles (20%)"), "\(screen.debugDescription)")
        #expect(screen.contains("articles/s"))
        #expect(screen.contains(" left"))
        #expect(screen.contains("Imported 5 articles"))

        let piped = try cli.run(["import", "feed.jsonl", "folder", "--db", "other.db"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stderr.contains("articles/s"))
        #expect(!piped.stderr.contains("\u{1B}"))
    }
}
