import Foundation
import Testing

/// `hearsay claims --disputed` and `--by` on the built binary, with invented articles.
@Suite struct ClaimsDisputedTests {
    static let articles = """
        {"id": "lantern-1", "title": "Drones hit Varnak Brigade depots", "date": "2023-04-10", "source": "Daily Lantern", "text": "Drones hit Varnak Brigade depots\\n\\nDrones struck three depots of the Varnak Brigade near Osselt on Sunday, killing at least 14 people.\\n\\nMayor Ilse Marrow said the clinic in Osselt treated 40 wounded."}
        {"id": "courier-7", "title": "Anger in Osselt", "date": "2023-04-10", "source": "Evening Courier", "text": "Anger in Osselt\\n\\nThe strikes on the Varnak Brigade, in which 15 fighters were killed, drew protests in Osselt.\\n\\nThe pumps failed on Monday, Ilse Marrow said.\\n\\nPolice questioned two aides of Ilse Marrow on Tuesday."}
        """

    @Test(.enabled(if: BinaryRunner.binary != nil, "the hearsay binary is not built"))
    func disputedShowsTheCountsSideBySide() throws {
        let cli = BinaryRunner()
        defer { cli.cleanUp() }
        try cli.write("feed.jsonl", Self.articles)
        #expect(try cli.run(["import", "feed.jsonl"]).status == 0)

        let table = try cli.run(["claims", "--disputed"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("DISPUTED"), "\(table.stdout)")
        #expect(table.stdout.contains("14 (at least) in Daily Lantern  vs  15 in Evening Courier"), "\(table.stdout)")

        let lines = try cli.run(["claims", "--disputed", "--format", "jsonl"])
        let object = try JSONSerialization.jsonObject(with: Data(lines.stdout.utf8)) as? [String: Any]
        #expect(object?["outlets"] as? [String] == ["Daily Lantern", "Evening Courier"])
        #expect(object?["first_seen"] as? String == "2023-04-10")

        let none = try cli.run(["claims", "--disputed", "--source", "Weekly Nobody"])
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
    }

    @Test(.enabled(if: BinaryRunner.binary != nil, "the hearsay binary is not built"))
    func byRestrictsThePersonToTheClaimant() throws {
        let cli = BinaryRunner()
        defer { cli.cleanUp() }
        try cli.write("feed.jsonl", Self.articles)
        #expect(try cli.run(["import", "feed.jsonl"]).status == 0)
        let by = try cli.run(["claims", "--person", "Marrow", "--by", "--format", "jsonl"])
        let texts = by.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
        }
        #expect(texts.sorted() == ["The pumps failed on Monday", "the clinic in Osselt treated 40 wounded"])

        // Without --by, a claim that only mentions her counts too.
        let any = try cli.run(["claims", "--person", "Marrow", "--format", "jsonl"])
        #expect(any.stdout.contains("Police questioned two aides of Ilse Marrow on Tuesday"), "\(any.stdout)")
        #expect(any.stdout.split(separator: "\n").count == 3)
    }
}
