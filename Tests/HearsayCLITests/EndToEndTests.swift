import Foundation
import HearsayModel
import HearsayStore
import SQLiteLayer
import TestSupport
import Testing

/// Runs the built binary; skipped when it has not been built.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct EndToEndTests {
    static let article = """
        Lighthouse keepers vote to stay

        date 2021-06-02

        "We are not leaving the rock," said Brannagh Oyelaran, who has kept the Skerrow light for nine years.
        Oyelaran said the vote was unanimous.
        """

    static let other = """
        {"id": "wire-1", "title": "Canal reopens", "date": "2018-04-09", "source": "Valley Wire", "text": "The canal reopened on Monday. \\"It is a good day,\\" said lock master Ferdie Amsel."}
        {"id": "wire-2", "title": "no text here"}
        not json at all
        {"id": "wire-3", "date": "2022-01-15", "source": "Valley Wire", "text": "Barges queued at the lock."}

        """

    @Test func importQueryExportAndRejectedInputs() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/lighthouse.txt", Self.article)
        try cli.write("in/wire.jsonl", Self.other)
        try Data([0x00, 0xFF, 0x00, 0x13, 0x37, 0x00, 0x00]).write(to: URL(fileURLWithPath: cli.path("in/binary.txt")))

        let first = try cli.run(["import", "in"])
        #expect(first.status == 1, "\(first.stderr)")
        #expect(first.stdout.contains("Imported 3 articles (3 new"), "\(first.stdout)")
        #expect(first.stderr.contains("binary.txt"))
        #expect(first.stderr.contains("wire.jsonl:2"))
        #expect(first.stderr.contains("wire.jsonl:3"))
        #expect(first.stderr.contains("Error:"))

        let again = try cli.run(["import", "in/lighthouse.txt", "in/wire.jsonl"])
        #expect(again.stdout.contains("3 unchanged"), "\(again.stdout)")

        let stats = try cli.run(["stats"])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("articles:       3"))
        #expect(stats.stdout.contains("schema version: \(Schema.version)"))

        let articles = try cli.run([
            "export", "articles", "--format", "jsonl", "--since", "2018-01-01", "--until", "2018-12-31",
        ])
        #expect(articles.status == 0)
        let lines = articles.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(record["article"] as? String == "wire-1")
        #expect(record["source"] as? String == "Valley Wire")

        let csvFile = cli.path("out/quotes.csv")
        try FileManager.default.createDirectory(atPath: cli.path("out"), withIntermediateDirectories: true)
        let csv = try cli.run(["export", "quotes", "--format", "csv", "--output", csvFile])
        #expect(csv.status == 0)
        #expect(
            try String(contentsOfFile: csvFile, encoding: .utf8).hasPrefix(
                "article,title,source,date,url,speaker,speaker_id,speaker_type,speaker_role,text,kind,cue,start,end,paragraph,confidence,id,context,occurrences,group\r\n"
            ))

        #expect(try cli.run(["check"]).status == 0)
        #expect(try cli.run(["quotes", "--person", "x' OR 1=1 --"]).status == 0)
        #expect(try cli.run(["quotes", "--search", "\"unbalanced ( OR"]).status == 0)
        #expect(try cli.run(["people"]).status == 0)
        #expect(try cli.run(["who", "good day"]).status == 0)
        let show = try cli.run(["show", "lighthouse.txt", "--no-colour"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Skerrow light"))
        let missing = try cli.run(["show", "nowhere.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Error:"))
    }

    @Test func standardInputAndMetadataFlags() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(
            ["import", "-", "--title", "Piped in", "--date", "2020-02-02", "--source", "Pipe Post"],
            stdin: "Just a line of text about tides.\n")
        #expect(result.status == 0, "\(result.stderr)")
        let articles = try cli.run(["export", "articles", "--format", "csv"])
        #expect(articles.stdout.contains("Piped in,Pipe Post,2020-02-02"), "\(articles.stdout)")
    }

    @Test func usageErrorsExit64() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["quotes", "--since", "01/02/2020"]).status == 64)
        #expect(try cli.run(["export", "everything"]).status == 64)
        #expect(try cli.run(["frobnicate"]).status == 64)
        #expect(!FileManager.default.fileExists(atPath: cli.path("hearsay.db")))
    }

    @Test func foreignFileIsRefusedAndUntouched() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let content = "name,email\nsomeone,someone@example.org\n"
        try cli.write("contacts.db", content)
        let result = try cli.run(["stats", "--db", cli.path("contacts.db")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("contacts.db"))
        #expect(result.stderr.contains("not an SQLite database"))
        #expect(try String(contentsOfFile: cli.path("contacts.db"), encoding: .utf8) == content)
    }

    @Test func newerDatabaseIsRefusedWithBothVersions() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        // Reading commands refuse a missing database; an import of nothing creates it.
        try cli.write("empty/.keep", "")
        _ = try cli.run(["import", "empty"])
        #expect(FileManager.default.fileExists(atPath: cli.path("hearsay.db")))
        do {
            let db = try Database(path: cli.path("hearsay.db"))
            try db.execute(sql: "INSERT INTO schema_migrations(version, name) VALUES (99, 'future')")
        }
        let result = try cli.run(["quotes"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "database schema version 99 is newer than this hearsay (version \(Schema.version)); upgrade hearsay"))
    }

    @Test func lockedDatabaseGivesAClearMessageAndKeepsData() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("a.txt", Self.article)
        #expect(try cli.run(["import", "a.txt"]).status == 0)
        let holder = try Database(path: cli.path("hearsay.db"))
        try holder.execute(sql: "BEGIN IMMEDIATE")
        try cli.write("b.txt", "Another story entirely.\n")
        let result = try cli.run(["import", "b.txt"], environment: ["HEARSAY_BUSY_TIMEOUT_MS": "100"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("locked"), "\(result.stderr)")
        try holder.execute(sql: "ROLLBACK")
        let stats = try cli.run(["stats"])
        #expect(stats.stdout.contains("articles:       1"))
        #expect(try cli.run(["import", "b.txt"]).status == 0)
    }

    @Test func manyBatchesThroughTheWriterThread() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        var lines = ""
        for index in 0..<250 {
            lines +=
                "{\"id\": \"n\(index)\", \"date\": \"2020-03-\(String(format: "%02d", index % 28 + 1))\", \"text\": \"Story \(index). \\\"We will rebuild the pier number \(index),\\\" said Orla Penhallow.\"}\n"
        }
        try cli.write("many.jsonl", lines)
        let first = try cli.run(["import", "many.jsonl", "--batch-size", "7"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Imported 250 articles (250 new"), "\(first.stdout)")
        let again = try cli.run(["import", "many.jsonl", "--batch-size", "7"])
        #expect(again.stdout.contains("(0 new, 0 replaced, 250 unchanged)"), "\(again.stdout)")
        let articles = try cli.run(["export", "articles", "--format", "jsonl"])
        #expect(articles.stdout.split(separator: "\n").count == 250)
        #expect(try cli.run(["check"]).status == 0)
    }
}
