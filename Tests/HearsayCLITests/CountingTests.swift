import Foundation
import TestSupport
import Testing

/// `--count-by`, `articles`, `outlets`, `--type`, partial dates and outlet spellings, on the built binary.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct CountingTests {
    @Test func countsByEachKeyInEachFormat() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let outlets = try cli.run(["quotes", "--count-by", "outlet", "-f", "csv"])
        #expect(outlets.status == 0, "\(outlets.stderr)")
        // "The Quay Courier" and "Quay Courier" are one outlet; "harbour-ledger" is "Harbour Ledger".
        #expect(outlets.stdout == "outlet,count\r\nQuay Courier,4\r\nHarbour Ledger,3\r\n", "\(outlets.stdout)")
        let speakers = try cli.run(["quotes", "--count-by", "speaker", "-f", "jsonl"])
        #expect(
            speakers.stdout
                == "{\"count\":4,\"speaker\":\"Marisol Quennell\"}\n{\"count\":3,\"speaker\":\"Tobiah Wrenfield\"}\n",
            "\(speakers.stdout)")
        let months = try cli.run(["quotes", "--count-by", "month", "-p", "Wrenfield"])
        #expect(months.stdout.contains("2016-10"), "\(months.stdout)")
        #expect(months.stdout.contains("2016-11"))
        #expect(!months.stdout.contains("2016-09"))
        let kinds = try cli.run(["claims", "--count-by", "kind", "-f", "csv"])
        #expect(kinds.stdout.hasPrefix("kind,count\r\n"), "\(kinds.stdout)")
        let total = kinds.stdout.split(separator: "\r\n").dropFirst().compactMap { Int($0.split(separator: ",")[1]) }
        #expect(total.reduce(0, +) == 3)
        let types = try cli.run(["claims", "--count-by", "type", "--type", "person", "-f", "csv"])
        #expect(types.stdout == "type,count\r\nperson,1\r\n", "\(types.stdout)")
        let bad = try cli.run(["quotes", "--count-by", "colour"])
        #expect(bad.status == 64)
    }

    @Test func partialDatesAndOutletSpellings() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        func articles(_ arguments: [String]) throws -> [String] {
            let outcome = try cli.run(["articles", "-f", "csv"] + arguments)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            return outcome.stdout.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        }
        #expect(try articles([]) == ["courier-2", "courier-1", "ledger-2", "ledger-1"])
        #expect(try articles(["--since", "2016-10"]) == ["courier-2", "courier-1", "ledger-2"])
        #expect(try articles(["--until", "2016-10"]) == ["courier-1", "ledger-2", "ledger-1"])
        #expect(try articles(["--since", "2016-10-06", "--until", "2016"]) == ["courier-2", "courier-1"])
        #expect(try articles(["--since", "2017"]) == [])
        #expect(try articles(["--source", "QUAY-COURIER"]) == ["courier-2", "courier-1"])
        #expect(try articles(["--source", "the harbour ledger"]) == ["ledger-2", "ledger-1"])
        #expect(try cli.run(["articles", "--since", "2016-13"]).status == 64)
        #expect(try cli.run(["articles", "--since", "16-10"]).status == 64)

        let listed = try cli.run(["articles", "-f", "jsonl", "-n", "1"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        #expect(record["quotes"] as? Int == 2)
        #expect(record["claims"] as? Int == 0)
        #expect(record["title"] as? String == "Winter timetable")

        let outlets = try cli.run(["outlets", "-f", "csv"])
        #expect(
            outlets.stdout
                == "outlet,spellings,articles,quotes,claims,first,last\r\n"
                + "Harbour Ledger,Harbour Ledger; harbour-ledger,2,3,2,2016-09-14,2016-10-05\r\n"
                + "Quay Courier,Quay Courier; The Quay Courier,2,4,1,2016-10-21,2016-11-30\r\n", "\(outlets.stdout)")
    }

    @Test func shortFormsFromTheOutletList() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write(
            "feed.jsonl",
            """
            {"id": "p-1", "date": "2016-10-01", "source": "wash-post", "text": "\\"The bridge opens in spring,\\" said Odalys Ferrant, the city engineer."}

            """)
        _ = try cli.run(["import", "feed.jsonl"])
        let found = try cli.run(["quotes", "--source", "Washington Post", "-f", "csv"])
        #expect(found.stdout.contains("wash-post"), "\(found.stdout)")
        let outlets = try cli.run(["outlets", "-f", "csv"])
        #expect(outlets.stdout.contains("The Washington Post,wash-post,1,1"), "\(outlets.stdout)")
    }

    @Test func newestFirstUnlessSortedOtherwise() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        func column(_ arguments: [String], _ index: Int) throws -> [String] {
            let outcome = try cli.run(["quotes", "-f", "csv"] + arguments)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            return outcome.stdout.split(separator: "\r\n").dropFirst().map {
                String($0.split(separator: ",", omittingEmptySubsequences: false)[index])
            }
        }
        #expect(
            try column([], 3) == [
                "2016-11-30", "2016-11-30", "2016-10-21", "2016-10-21", "2016-10-05", "2016-09-14", "2016-09-14",
            ])
        #expect(try column(["--sort", "speaker"], 5) == ["Marisol Quennell"] * 4 + ["Tobiah Wrenfield"] * 3)
        #expect(
            try column(["--sort", "outlet"], 2)
                == ["Harbour Ledger"] * 2 + ["harbour-ledger", "Quay Courier", "Quay Courier"] + ["The Quay Courier"]
                * 2)
        #expect(try column(["--sort", "confidence", "-n", "1"], 15).count == 1)
        let claims = try cli.run(["claims", "-f", "csv"])
        #expect(claims.stdout.split(separator: "\r\n")[1].contains("2016-10-21"), "\(claims.stdout)")
        // Exports keep the import order: they are the contract other tools diff.
        let export = try cli.run(["export", "quotes", "-f", "csv"])
        #expect(export.stdout.split(separator: "\r\n")[1].contains("ledger-1"))

        let person = try cli.run(["person", "Wrenfield", "-n", "1"])
        #expect(person.stdout.contains("2016-11-30"), "\(person.stdout)")
        #expect(!person.stdout.contains("2016-10-05, harbour-ledger"))
        #expect(person.stdout.contains("2 more"))
    }
}

extension Array {
    fileprivate static func * (element: [Element], times: Int) -> [Element] {
        Array((0..<times).flatMap { _ in element })
    }
}
