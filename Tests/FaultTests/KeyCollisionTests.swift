import Foundation
import TestSupport
import Testing

/// Two inputs of one import never share a key: nothing stored in a run is replaced by the same run.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct KeyCollisionTests {
    @Test func filesAndFoldersThatWouldShareAKeyAreBothStored() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("k1/story.txt", story(1))
        try cli.write("k2/story.txt", story(2))
        for (db, arguments) in [("files.db", ["k1/story.txt", "k2/story.txt"]), ("folders.db", ["k1", "k2"])] {
            let outcome = try cli.run(["import", "--db", cli.path(db)] + arguments)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stdout.contains("2 new, 0 replaced"), "\(outcome.stdout)")
            #expect(outcome.stderr.contains("already taken in this import by k1/story.txt"), "\(outcome.stderr)")
            #expect(try cli.storedKeys(db: db) == ["k2/story.txt", "story.txt"])
            #expect(try cli.storedText("k2/story.txt", db: db)?.contains("ballot number 2") == true)
        }
    }

    @Test func jsonLinesWithOneIdAreBothStoredAndARepeatIsNot() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let first = #"{"id": "same", "text": "\"We sail at dawn,\" said skipper Anouk Veld."}"#
        let second = #"{"id": "same", "text": "\"We sail at noon,\" said skipper Anouk Veld."}"#
        try cli.write("feed.jsonl", [first, second, first].joined(separator: "\n") + "\n")
        let outcome = try cli.run(["import", "feed.jsonl"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try cli.storedKeys() == ["same", "same~2"])
        #expect(try cli.storedText("same")?.contains("dawn") == true)
    }

    @Test func aFolderAndAFolderInsideItStoreEachArticleOnce() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("par/nyt/story.txt", story(1))
        try cli.write("par/top.txt", story(2))
        let line = #"{"text": "\"The pier opens in May,\" said harbour master Edda Lunqvist."}"#
        try cli.write("par/nyt/feed.jsonl", line + "\n")
        #expect(try cli.run(["import", "--db", cli.path("reference.db"), "par"]).status == 0)
        let runs: [(db: String, imports: [[String]])] = [
            ("outer-first.db", [["par"], ["par/nyt"], ["par/nyt/story.txt"]]),
            ("inner-first.db", [["par/nyt"], ["par"]]),
            ("one-run.db", [["par", "par/nyt", "par/nyt/story.txt"]]),
        ]
        for (db, imports) in runs {
            for paths in imports {
                let outcome = try cli.run(["import", "--db", cli.path(db)] + paths)
                #expect(outcome.status == 0, "\(db) \(paths): \(outcome.stderr)")
                #expect(outcome.stdout.contains("0 replaced"), "\(db) \(paths): \(outcome.stdout)")
            }
            let keys = try cli.storedKeys(db: db)
            #expect(keys.count == 3, "\(db): \(keys)")
            #expect(Set(keys.map { $0.split(separator: "/").last.map(String.init) ?? $0 }).count == 3, "\(db): \(keys)")
            #expect(try quoteCount(cli, db) == quoteCount(cli, "reference.db"), "\(db)")
        }
        #expect(try cli.storedKeys(db: "outer-first.db") == ["nyt/feed.jsonl:1", "nyt/story.txt", "top.txt"])
        #expect(try cli.storedKeys(db: "inner-first.db") == ["feed.jsonl:1", "story.txt", "top.txt"])
    }

    @Test func aReplacementNamesTheArticleItReplaced() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("k1/story.txt", story(1))
        try cli.write("k2/story.txt", story(2))
        #expect(try cli.run(["import", "k1/story.txt"]).status == 0)
        let outcome = try cli.run(["import", "k2/story.txt"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("0 new, 1 replaced"), "\(outcome.stdout)")
        #expect(outcome.stderr.contains(#"replaced "story.txt" (imported "#), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(") with k2/story.txt"), "\(outcome.stderr)")
        let again = try cli.run(["import", "k2/story.txt"])
        #expect(!again.stderr.contains("replaced"), "\(again.stderr)")
    }

    private func quoteCount(_ cli: HearsayRunner, _ db: String) throws -> Int {
        try cli.run(["quotes", "--format", "jsonl", "--db", cli.path(db)]).stdout.split(separator: "\n").count
    }
}
