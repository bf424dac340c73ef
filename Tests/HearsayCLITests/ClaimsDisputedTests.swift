import Foundation
import TestSupport
import Testing

/// `hearsay claims --disputed` and `--by` on the built binary, with invented articles.
@Suite struct ClaimsDisputedTests {
    static let articles = """
        {"id": "lantern-1", "title": "Drones hit Varnak Brigade depots", "date": "2023-04-10", "source": "Daily Lantern", "text": "Drones hit Varnak Brigade depots\\n\\nDrones struck three depots of the Varnak Brigade near Osselt on Sunday, killing at least 14 people.\\n\\nMayor Ilse Marrow said the clinic in Osselt treated 40 wounded."}
        {"id": "courier-7", "title": "Anger in Osselt", "date": "2023-04-10", "source": "Evening Courier", "text": "Anger in Osselt\\n\\nThe strikes on the Varnak Brigade, in which 15 fighters were killed, drew protests in Osselt.\\n\\nThe pumps failed on Monday, Ilse Marrow said.\\n\\nPolice questioned two aides of Ilse Marrow on Tuesday."}
        """

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func disputedShowsTheCountsSideBySide() throws {
        let cli = HearsayRunner()
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

    /// A wire story printed by a second outlet, and the same wire text stored again under another key.
    static let wireCopies = """
        {"id": "gull-3", "title": "Depots hit", "date": "2023-04-10", "source": "Gull Wire", "text": "Depots hit\\n\\nDrones struck three depots of the Varnak Brigade near Osselt on Sunday, killing at least 14 people.\\n\\nThe brigade made no comment."}
        {"id": "gull-3-again", "title": "Depots hit", "date": "2023-04-10", "source": "Gull Wire", "text": "Depots hit\\n\\nDrones struck three depots of the Varnak Brigade near Osselt on Sunday, killing at least 14 people.\\n\\nThe brigade made no comment."}
        """

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func copiesOfOneClaimAreOneSide() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("feed.jsonl", Self.articles + "\n" + Self.wireCopies)
        #expect(try cli.run(["import", "feed.jsonl"]).status == 0)

        let table = try cli.run(["claims", "--disputed"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(
            table.stdout.contains("14 (at least) in Daily Lantern and Gull Wire  vs  15 in Evening Courier"),
            "\(table.stdout)")
        #expect(table.stdout.components(separatedBy: "Drones struck").count == 2, "\(table.stdout)")

        let lines = try cli.run(["claims", "--disputed", "--format", "jsonl"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines.stdout.utf8)) as? [String: Any])
        let claims = try #require(object["claims"] as? [[String: Any]])
        let wire = claims.filter { ($0["text"] as? String)?.contains("at least 14") == true }
        #expect(wire.count == 1, "\(claims)")
        // Three articles, two outlets, two texts: the second Gull Wire key holds the same text.
        #expect(wire.first?["occurrences"] as? Int == 2)
        #expect(wire.first?["outlets"] as? [String] == ["Daily Lantern", "Gull Wire"])
        #expect((wire.first?["articles"] as? [String])?.count == 3)
        let figures = (object["disagreements"] as? [[String: Any]])?.first?["figures"] as? [[String: Any]]
        #expect(figures?.count == 2, "\(object)")

        let csv = try cli.run(["claims", "--disputed", "--format", "csv"]).stdout.split(separator: "\r\n")
        #expect(csv[0].hasSuffix(",text,occurrences,outlets"))
        #expect(csv.count == 1 + claims.count)
        #expect(csv.contains { $0.hasSuffix(",2,Daily Lantern; Gull Wire") }, "\(csv)")
    }

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func byRestrictsThePersonToTheClaimant() throws {
        let cli = HearsayRunner()
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

    /// Claim texts by group, as `export claims` writes them, independent of group ids.
    static func groups(_ jsonLines: String) -> Set<[String]> {
        var byGroup: [Int: [String]] = [:]
        for line in jsonLines.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let group = object["group"] as? Int, let text = object["text"] as? String,
                let article = object["article"] as? String
            else { continue }
            byGroup[group, default: []].append(article + ": " + text)
        }
        return Set(byGroup.values.map { $0.sorted() })
    }

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func importingAnArticleLaterJoinsTheStoredGroup() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let lines = Self.articles.split(separator: "\n").map(String.init)
        try cli.write("lantern.jsonl", lines[0])
        try cli.write("courier.jsonl", lines[1])
        #expect(try cli.run(["import", "lantern.jsonl"]).status == 0)
        #expect(try cli.run(["claims", "--disputed"]).stdout.isEmpty)
        #expect(try cli.run(["import", "courier.jsonl"]).status == 0)
        let table = try cli.run(["claims", "--disputed"])
        #expect(table.stdout.contains("14 (at least) in Daily Lantern  vs  15 in Evening Courier"), "\(table.stdout)")
        // Importing the same file again changes nothing.
        let before = try cli.run(["export", "claims", "--format", "jsonl"]).stdout
        #expect(try cli.run(["import", "lantern.jsonl", "courier.jsonl"]).status == 0)
        #expect(try cli.run(["export", "claims", "--format", "jsonl"]).stdout == before)
    }

    @Test(
        .enabled(if: SharedData.folder != nil && HearsayRunner.binary != nil, "../shared or the binary is missing"))
    func seedsOneFileAtATimeGiveTheGroupsOfTheFolder() throws {
        let seeds = try #require(SharedData.folder).appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", seeds.path, "--db", "folder.db"]).status == 0)
        for file in files {
            #expect(try cli.run(["import", seeds.appendingPathComponent(file).path, "--db", "apart.db"]).status == 0)
        }
        let folder = try cli.run(["export", "claims", "--format", "jsonl", "--db", "folder.db"]).stdout
        let apart = try cli.run(["export", "claims", "--format", "jsonl", "--db", "apart.db"]).stdout
        let expected = Self.groups(folder)
        #expect(!expected.isEmpty)
        #expect(Self.groups(apart) == expected)
        let disputed = try cli.run(["claims", "--disputed", "--db", "apart.db"]).stdout
        #expect(disputed.contains("24 (at least)"), "\(disputed)")
        #expect(disputed.contains("25"), "\(disputed)")
    }

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func exportMatchesAPersonAsClaimsDoes() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("feed.jsonl", Self.articles)
        #expect(try cli.run(["import", "feed.jsonl"]).status == 0)
        for by in [[], ["--by"]] {
            let listed = try cli.run(["claims", "--person", "Marrow", "--format", "jsonl", "--sort", "imported"] + by)
            let exported = try cli.run(["export", "claims", "--person", "Marrow", "--format", "jsonl"] + by)
            #expect(exported.status == 0, "\(exported.stderr)")
            #expect(exported.stdout == listed.stdout)
        }
        let any = try cli.run(["export", "claims", "--person", "Marrow", "--format", "jsonl"])
        #expect(any.stdout.contains("Police questioned two aides of Ilse Marrow"), "\(any.stdout)")
        let by = try cli.run(["export", "claims", "--person", "Marrow", "--by", "--format", "jsonl"])
        #expect(!by.stdout.contains("Police questioned"), "\(by.stdout)")
        #expect(by.stdout.split(separator: "\n").count == 2)
        #expect(try cli.run(["export", "quotes", "--by"]).status != 0)
    }
}
