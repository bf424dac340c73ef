import TestSupport
import Testing

/// Long tables on a terminal go through `$PAGER` or stop at a screenful; pipes and CSV never do.
@Suite(.enabled(if: HearsayRunner.binary != nil && PseudoTerminal.script != nil, "needs the binary and script(1)"))
struct PagingTests {
    @Test func noPagerStopsAtAScreenful() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let screen = try #require(try PseudoTerminal.run(["quotes", "--no-pager"], in: cli, rows: 8))
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count <= 8, "\(screen)")
        let shown = lines.filter { $0.contains("2016-") }.count
        #expect(shown > 0 && shown < 7, "\(screen)")
        #expect(lines.last == "\(7 - shown) more: --limit or --all", "\(screen)")
        #expect(screen.contains("Fewer crossings"))
        let all = try #require(try PseudoTerminal.run(["quotes", "--no-pager", "--all"], in: cli, rows: 8))
        #expect(!all.contains("more:"), "\(all)")
        #expect(all.contains("We have no choice"))
        // A screen big enough for everything says nothing more.
        let tall = try #require(try PseudoTerminal.run(["quotes", "--no-pager"], in: cli, rows: 40))
        #expect(!tall.contains("more:"))
        #expect(tall.contains("We have no choice"))
    }

    @Test func pagerTakesTheTableButNotCSVOrPipes() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let pager = ["PAGER": "sed 's/^/paged: /'"]
        let paged = try #require(try PseudoTerminal.run(["quotes"], in: cli, rows: 8, environment: pager))
        #expect(paged.contains("paged: Marisol Quennell"), "\(paged)")
        #expect(!paged.contains("more:"))
        let csv = try #require(try PseudoTerminal.run(["quotes", "-f", "csv"], in: cli, rows: 8, environment: pager))
        #expect(!csv.contains("paged:"), "\(csv)")
        #expect(csv.split(whereSeparator: \.isNewline).count == 8, "\(csv)")
        let piped = try cli.run(["quotes", "--no-pager"], environment: pager)
        #expect(!piped.stdout.contains("paged:"))
        #expect(!piped.stdout.contains("more:"))
        #expect(piped.stdout.split(separator: "\n").count > 8)
    }

    /// `who` and `people` page as `quotes` does: a screenful with --no-pager, $PAGER otherwise,
    /// never in a pipe.
    @Test(arguments: [["who", "the"], ["people"], ["outlets"]])
    func whoAndPeoplePageLikeQuotes(_ command: [String]) throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let whole = try cli.run(command, environment: ["COLUMNS": "100"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let rows = whole.stdout.split(separator: "\n").count
        #expect(rows >= 4, "\(whole.stdout)")
        let screen = try #require(try PseudoTerminal.run(command + ["--no-pager"], in: cli, rows: 5, columns: 100))
        let lines = screen.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count <= 5, "\(screen)")
        #expect(lines.last?.hasSuffix(" more: --limit or --all") == true, "\(screen)")
        let all = try #require(
            try PseudoTerminal.run(command + ["--no-pager", "--all"], in: cli, rows: 5, columns: 100))
        #expect(!all.contains("more:"))
        #expect(all.split(separator: "\n").count == rows, "\(all)")

        let pager = ["PAGER": "sed 's/^/paged: /'"]
        let paged = try #require(try PseudoTerminal.run(command, in: cli, rows: 5, columns: 100, environment: pager))
        #expect(paged.split(separator: "\n").filter { $0.hasPrefix("paged: ") }.count == rows, "\(paged)")
        let piped = try cli.run(command, environment: pager.merging(["COLUMNS": "100"]) { $1 })
        #expect(piped.stdout == whole.stdout)
    }

    @Test func peopleTakesAShortLimit() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let one = try cli.run(["people", "-n", "1"])
        #expect(one.status == 0, "\(one.stderr)")
        // The header, its rule and one person.
        #expect(one.stdout.split(separator: "\n").count == 3, "\(one.stdout)")
        let two = try cli.run(["who", "the", "-n", "2"])
        #expect(two.stdout.split(separator: "\n").filter { $0.hasPrefix("  - ") }.count == 2, "\(two.stdout)")
    }
}
