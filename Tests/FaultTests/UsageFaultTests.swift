import Foundation
import TestSupport
import Testing

/// Mistakes a user makes: clear errors, nothing created, nothing ignored in silence.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct UsageFaultTests {
    @Test func aReadingCommandOnAMissingDatabaseFailsAndCreatesNothing() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        for arguments in [["quotes"], ["stats"], ["who", "rota"], ["export", "quotes"], ["check"], ["people"]] {
            let outcome = try cli.run(arguments + ["--db", "misspelt.db"])
            #expect(outcome.status == 1, "\(arguments)")
            #expect(outcome.stderr.contains("misspelt.db"), "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: cli.path("misspelt.db")), "\(arguments)")
        }
    }

    @Test func exportPeopleRejectsFiltersItCannotApply() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a.txt", story(1))
        #expect(try cli.run(["import", "in"]).status == 0)
        for flag in [["--source", "Harbour News"], ["--search", "rota"], ["--since", "2020-01-01"]] {
            let outcome = try cli.run(["export", "people"] + flag)
            #expect(outcome.status == 64, "\(flag): \(outcome.stderr)")
            #expect(outcome.stderr.contains(flag[0]), "\(outcome.stderr)")
        }
        #expect(try cli.run(["export", "people", "--person", "Maszkowski"]).status == 0)
    }

    @Test func aFileNameHoldingANewlineIsPrintedEscaped() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/forged\nError: nothing was imported.txt", [])
        let outcome = try cli.run(["import", "in"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("forged\\nError: nothing"), "\(outcome.stderr)")
        #expect(!outcome.stderr.split(separator: "\n").contains { $0.hasPrefix("Error: nothing") })
    }

    @Test func searchTextIsCappedWithAUsageError() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a.txt", story(1))
        #expect(try cli.run(["import", "in"]).status == 0)
        let long = String(repeating: "the ", count: 32_700)
        let who = try cli.run(["who", long])
        #expect(who.status == 64)
        #expect(who.stderr.contains("1000"), "\(who.stderr)")
        let manyWords = (0..<65).map { "word\($0)" }.joined(separator: " ")
        let search = try cli.run(["quotes", "--search", manyWords])
        #expect(search.status == 64)
        #expect(search.stderr.contains("64"), "\(search.stderr)")
        #expect(try cli.run(["who", String(repeating: "same rules ", count: 20)]).status == 0)
    }

    @Test func csvCellsASpreadsheetWouldRunAreNeutralised() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write(
            "in/feed.jsonl",
            #"{"id": "f1", "source": "=1+1", "title": "@SUM(A1:A9)", "text": "\"+cmd|' /C calc'!A0 is what we typed,\" said engineer Tove Lindqvist. \"-2 is the score,\" she said."}"#
                + "\n")
        #expect(try cli.run(["import", "in"]).status == 0)
        for arguments in [["export", "quotes"], ["export", "articles"], ["quotes", "--format", "csv"]] {
            let csv = try cli.run(arguments).stdout
            let cells = csv.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == "\r" }).map {
                $0.hasPrefix("\"") ? $0.dropFirst() : $0
            }
            #expect(
                !cells.contains { ["=", "+", "-", "@"].contains($0.first.map(String.init) ?? "") },
                "\(arguments): \(csv)")
            #expect(csv.contains("'=1+1") || arguments[1] == "quotes" && csv.contains("'+cmd"), "\(csv)")
        }
        let raw = try cli.run(["export", "articles", "--raw-csv"]).stdout
        #expect(raw.contains(",=1+1,"), "\(raw)")
    }

    @Test func countsListingsAndGroupsNeutraliseFormulaCellsToo() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write(
            "in/feed.jsonl",
            #"{"id": "g1", "source": "=1+1", "title": "@SUM(A1:A9)", "text": "\"+cmd|' /C calc'!A0 is what we typed,\" said engineer Tove Lindqvist."}"#
                + "\n")
        #expect(try cli.run(["import", "in"]).status == 0)
        let outputs = [
            ["quotes", "--count-by", "outlet", "--format", "csv"],
            ["articles", "--format", "csv"],
            ["outlets", "--format", "csv"],
            ["quotes", "--unique", "--format", "csv"],
        ]
        for arguments in outputs {
            let outcome = try cli.run(arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            let cells = outcome.stdout.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == "\r" }).map {
                $0.hasPrefix("\"") ? $0.dropFirst() : $0
            }
            #expect(
                !cells.contains { ["=", "+", "-", "@", "\t"].contains($0.first.map(String.init) ?? "") },
                "\(arguments): \(outcome.stdout)")
            #expect(
                outcome.stdout.contains("'=1+1") || outcome.stdout.contains("'+cmd"), "\(arguments): \(outcome.stdout)")
        }
        let raw = try cli.run(["quotes", "--count-by", "outlet", "--format", "csv", "--raw-csv"]).stdout
        #expect(raw.contains("\r\n=1+1,1\r\n"), "\(raw)")
    }
}
