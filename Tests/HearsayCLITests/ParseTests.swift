import ArgumentParser
import Testing

@testable import HearsayCLI

@Suite struct ParseTests {
    @Test func filtersCombine() throws {
        let command = try Hearsay.parseAsRoot([
            "quotes", "--db", "x.db", "--person", "Quillfeather", "--org", "Harbour Trust", "--source", "Gazette",
            "--since", "2020-01-01", "--until", "2020-12-31", "--search", "wall", "--limit", "5", "--format", "jsonl",
        ])
        let quotes = try #require(command as? Hearsay.Quotes)
        #expect(quotes.database.path == "x.db")
        let filter = quotes.filters.filter
        #expect(filter.person == "Quillfeather")
        #expect(filter.organisation == "Harbour Trust")
        #expect(filter.since == "2020-01-01")
        #expect(filter.limit == 5)
        #expect(quotes.format == .jsonl)
    }

    @Test(arguments: ["2020-13-01", "2020-02-30", "yesterday", "2020-1-1", "20200101"])
    func badDateIsAUsageError(_ date: String) {
        do {
            _ = try Hearsay.parseAsRoot(["quotes", "--since", date])
            Issue.record("accepted --since \(date)")
        } catch {
            #expect(Hearsay.exitCode(for: error).rawValue == 64)
            #expect(Hearsay.message(for: error).contains("YYYY-MM-DD"))
        }
    }

    @Test(arguments: ["()", "   ", "\"\"", "* - ^"])
    func searchWithoutWordsIsAUsageError(_ text: String) {
        do {
            _ = try Hearsay.parseAsRoot(["quotes", "--search", text])
            Issue.record("accepted --search \(text)")
        } catch {
            #expect(Hearsay.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func leapDayIsADate() throws {
        _ = try Hearsay.parseAsRoot(["claims", "--until", "2020-02-29"])
    }

    @Test func unknownFormatIsAUsageError() {
        do {
            _ = try Hearsay.parseAsRoot(["export", "quotes", "--format", "xml"])
            Issue.record("accepted --format xml")
        } catch {
            #expect(Hearsay.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func exportTakesKindFormatOutputAndFilters() throws {
        let command = try Hearsay.parseAsRoot([
            "export", "people", "--format", "csv", "--output", "o.csv", "--person", "x",
        ])
        let export = try #require(command as? Hearsay.Export)
        #expect(export.kind == .people)
        #expect(export.format == .csv)
        #expect(export.output == "o.csv")
        #expect(export.filters.person == "x")
    }

    @Test func importNeedsAPathAndAValidDate() {
        #expect(throws: (any Error).self) { try Hearsay.parseAsRoot(["import"]) }
        do {
            _ = try Hearsay.parseAsRoot(["import", "a.txt", "--date", "31/01/2020"])
            Issue.record("accepted a bad --date")
        } catch {
            #expect(Hearsay.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func everySubcommandIsListed() {
        let names = Hearsay.configuration.subcommands.compactMap {
            $0.configuration.commandName ?? String(describing: $0).lowercased()
        }
        for name in ["import", "quotes", "claims", "who", "people", "person", "show", "export", "stats", "check"] {
            #expect(names.contains(name), "missing \(name)")
        }
    }

    @Test func tableWrapsToTheWidth() {
        let lines = TableRenderer.wrap("one two three four five six seven", width: 9)
        #expect(lines == ["one two", "three", "four five", "six seven"])
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 9 })
        #expect(TableRenderer.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    }
}
