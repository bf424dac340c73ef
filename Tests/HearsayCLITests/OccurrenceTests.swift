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

        // The ordinary exports carry each quote's group and count, whatever the filters.
        let exported = try Self.records(try cli.run(["export", "quotes", "-f", "jsonl"]).stdout)
        #expect(exported.count == 4)
        let copies = exported.filter { $0["speaker"] as? String == "Ysolde Marchbank" }
        #expect(copies.count == 3)
        #expect(
            copies.allSatisfy { $0["occurrences"] as? Int == 2 && $0["group"] as? Int == marchbank["group"] as? Int })
        let single = try #require(exported.first { $0["speaker"] as? String == "Bertil Ohanlon" })
        #expect(single["occurrences"] as? Int == 1)
        #expect(single["group"] as? Int == ohanlon["group"] as? Int)
        #expect(single["group"] as? Int != marchbank["group"] as? Int)
        let filtered = try Self.records(try cli.run(["quotes", "-f", "jsonl", "--source", "Tern Daily"]).stdout)
        #expect(filtered.count == 2)
        #expect(filtered.first { $0["article"] as? String == "w-2" }?["occurrences"] as? Int == 2)
        let csv = try cli.run(["quotes", "-f", "csv", "--sort", "imported"]).stdout.split(separator: "\r\n")
        #expect(csv[0].hasSuffix(",id,context,occurrences,group"), "\(csv[0])")
        #expect(csv[1].hasSuffix(",2,\(marchbank["group"] as? Int ?? 0)"), "\(csv[1])")

        let table = try cli.run(["quotes", "--unique"])
        #expect(
            table.stdout.contains("Gull") && table.stdout.contains("Tern") && table.stdout.contains("TIMES"),
            "\(table.stdout)")
    }

    /// One JSON object per line.
    static func records(_ jsonLines: String) throws -> [[String: Any]] {
        try jsonLines.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// A group is named by its speaker and words: the same in a database imported in the other
    /// order, where every quote id differs.
    @Test func groupsDoNotDependOnImportOrder() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let lines = [
            #"{"id": "g-1", "date": "2016-06-01", "source": "Gull Wire", "text": "\"The ferry will run all winter,\" said Ysolde Marchbank, the harbour master."}"#,
            #"{"id": "g-2", "date": "2016-06-02", "source": "Tern Daily", "text": "\"Tolls go up in May,\" said Bertil Ohanlon, a ferryman. \"The ferry will run all winter,\" said Ysolde Marchbank, the harbour master."}"#,
            #"{"id": "g-3", "date": "2016-06-03", "source": "Tern Daily", "text": "\"Nobody asked us,\" said Bertil Ohanlon, a ferryman."}"#,
        ]
        try cli.write("forward.jsonl", lines.joined(separator: "\n") + "\n")
        try cli.write("backward.jsonl", lines.reversed().joined(separator: "\n") + "\n")
        #expect(try cli.run(["import", "forward.jsonl", "--db", "forward.db"]).status == 0)
        #expect(try cli.run(["import", "backward.jsonl", "--db", "backward.db"]).status == 0)
        func groups(_ db: String) throws -> [String: [Int]] {
            var out: [String: [Int]] = [:]
            for row in try Self.records(try cli.run(["export", "quotes", "-f", "jsonl", "--db", db]).stdout) {
                let key = "\(row["article"] ?? ""): \(row["text"] ?? "")"
                out[key] = [row["group"] as? Int ?? -1, row["occurrences"] as? Int ?? -1]
            }
            return out
        }
        let forward = try groups("forward.db")
        #expect(forward.count == 4)
        #expect(forward == (try groups("backward.db")))
        #expect(forward.values.filter { $0[1] == 2 }.count == 2)
    }
}
