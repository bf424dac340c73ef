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
}
