import Foundation
import TestSupport
import Testing

/// `quotes --unique`: one line a quote, with the articles that printed it.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct OccurrenceTests {
    static let story = #"\"The north pier will close for a month,\" said Ysolde Marchbank, the harbour master."#

    @Test func sameWordsSameSpeakerAcrossArticles() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write(
            "feed.jsonl",
            """
            {"id": "w-1", "date": "2016-05-02", "source": "Gull Wire", "url": "https://gull.example/1", "text": "\(Self.story)"}
            {"id": "w-2", "date": "2016-05-04", "source": "Tern Daily", "url": "https://tern.example/2", "text": "Repairs start soon. \\"The north pier will close -- for a month!\\" said Ysolde Marchbank, the harbour master."}
            {"id": "w-3", "date": "2016-05-03", "source": "Tern Daily", "text": "\\"The north pier will close for a month,\\" said Bertil Ohanlon, a ferryman."}

            """)
        _ = try cli.run(["import", "feed.jsonl"])
        // The first article's text again, from standard input, under another key.
        let text = "\"The north pier will close for a month,\" said Ysolde Marchbank, the harbour master."
        _ = try cli.run(["import", "-", "--source", "Gull Wire", "--date", "2016-05-02"], stdin: text)
        #expect(try cli.run(["quotes", "-f", "csv"]).stdout.split(separator: "\r\n").count == 5)

        let unique = try cli.run(["quotes", "--unique", "-f", "jsonl"])
        #expect(unique.status == 0, "\(unique.stderr)")
        let rows = try unique.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 2, "\(unique.stdout)")
        let marchbank = try #require(rows.first { $0["speaker"] as? String == "Ysolde Marchbank" })
        // w-1, w-2 and stdin: three keys, two texts.
        #expect(marchbank["occurrences"] as? Int == 2, "\(marchbank)")
        #expect((marchbank["articles"] as? [String])?.count == 3)
        #expect(marchbank["outlets"] as? [String] == ["Gull Wire", "Tern Daily"])
        #expect(marchbank["first"] as? String == "2016-05-02")
        #expect(marchbank["last"] as? String == "2016-05-04")
        #expect(marchbank["urls"] as? [String] == ["https://gull.example/1", "https://tern.example/2"])
        #expect(marchbank["group"] is Int)
        let ohanlon = try #require(rows.first { $0["speaker"] as? String == "Bertil Ohanlon" })
        #expect(ohanlon["occurrences"] as? Int == 1)
        #expect(rows.first?["speaker"] as? String == "Ysolde Marchbank")

        let table = try cli.run(["quotes", "--unique"])
        #expect(
            table.stdout.contains("Gull") && table.stdout.contains("Tern") && table.stdout.contains("TIMES"),
            "\(table.stdout)")
    }
}
