import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A folder of good and bad files: every good article stored, every bad input named with why.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct BadInputTests {
    @Test func goodArticlesAreStoredAndEachBadInputIsNamed() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/good.txt", story(1))
        try cli.write("in/sub/good-too.txt", story(2))
        try cli.write("in/empty.txt", [])
        try cli.write("in/blank.txt", " \n\n\t\n")
        try cli.write(
            "in/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<512).map { UInt8($0 % 256) })
        try cli.write("in/nul.txt", Array(story(3).utf8) + [0] + Array("trailing words after a NUL byte\n".utf8))
        // UTF-8 with a corrupted sequence in its third line (it also holds good multi-byte characters).
        try cli.write(
            "in/invalid-utf8.txt",
            Array("A headline \u{2014} fine\n\nBody ".utf8) + [0xE2, 0x28, 0xA1] + Array(" rest.\n".utf8))
        let utf16Text = "Caf\u{E9} owners in Saltholm protest\n\n\u{201C}We stay open,\u{201D} said owner Ilse Braga.\n"
        try cli.write(
            "in/utf16le.txt",
            [0xFF, 0xFE]
                + Array(utf16Text.utf16).flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] })
        try cli.write(
            "in/utf16be.txt",
            [0xFE, 0xFF] + Array(story(4).utf16).flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] })
        try cli.write("in/utf8-bom.txt", [0xEF, 0xBB, 0xBF] + Array(story(5).utf8))
        // Windows-1252: é, curly quotes and an em dash as single bytes.
        try cli.write(
            "in/cp1252.txt",
            Array("Harbour caf".utf8) + [0xE9] + Array(" reopens in Saltholm\n\n".utf8) + [0x93]
                + Array("We are back,".utf8) + [0x94]
                + Array(" said the owner ".utf8) + [0x97] + Array(" Ilse Braga.\n".utf8))
        try cli.write(
            "in/feed.jsonl",
            [
                #"{"id": "feed-good-1", "text": "The ferry ran late on Monday, the operator said."}"#,
                #"{"id": "feed-broken", "text": "an unterminated string}"#,
                #"{"id": "feed-no-text", "title": "A line without text"}"#,
                #"{"id": "feed-good-2", "title": "Second", "text": "\"We sail at dawn,\" said skipper Anouk Veld."}"#,
            ].joined(separator: "\n") + "\n")
        // 50 MB on one line, as a text file and as a JSON line followed by a good line.
        let huge = [UInt8](repeating: UInt8(ascii: "w"), count: 50 * 1024 * 1024)
        try cli.write("in/huge.txt", huge)
        try cli.write(
            "in/huge.jsonl",
            Array(#"{"id": "huge", "text": ""#.utf8) + huge + Array("\"}\n".utf8)
                + Array(#"{"id": "after-huge", "text": "A short story after the long line."}"#.utf8))

        let outcome = try cli.run(["import", "in"])
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(!outcome.signalled)

        let keys = try cli.storedKeys()
        #expect(
            keys == [
                "after-huge", "cp1252.txt", "feed-good-1", "feed-good-2", "good.txt", "sub/good-too.txt", "utf16be.txt",
                "utf16le.txt", "utf8-bom.txt",
            ], "\(outcome.stderr)")

        let stderr = outcome.stderr
        func named(_ fragment: String, _ why: String) {
            let line = stderr.split(separator: "\n").first { $0.contains(fragment) }
            #expect(line?.contains(why) == true, "\(fragment): \(String(describing: line))\n\(stderr)")
        }
        named("in/empty.txt", "empty")
        named("in/blank.txt", "empty")
        named("in/binary.txt", "binary")
        named("in/nul.txt", "NUL")
        named("in/invalid-utf8.txt:3", "invalid UTF-8")
        named("in/feed.jsonl:2", "malformed JSON")
        named("in/feed.jsonl:3", "\"text\"")
        named("in/huge.txt", "over the 10 MB limit")
        named("in/huge.jsonl:1", "over the 10 MB limit")
        #expect(stderr.contains("Error:"))

        #expect(try cli.storedText("utf16le.txt") == utf16Text)
        #expect(
            try cli.storedText("cp1252.txt")?.contains(
                "\u{201C}We are back,\u{201D} said the owner \u{2014} Ilse Braga.") == true)
        #expect(try cli.storedText("utf8-bom.txt")?.hasPrefix("Ferry crews") == true)

        // Streaming, not slurping: no child process came near holding the 50 MB files several times over.
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 400 * 1024, "max RSS \(usage.ru_maxrss) KB")
    }

    @Test func standardInputTakesPlainTextOrJSONLines() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("story.txt", story(7))
        try cli.write("feed.jsonl", #"{"id": "piped-1", "text": "Piped in as JSON."}"# + "\n")
        let text = try cli.run(["import", "-", "--title", "Given title"], shellPrefix: "exec < story.txt")
        #expect(text.status == 0, "\(text.stderr)")
        let json = try cli.run(["import", "-"], shellPrefix: "exec < feed.jsonl")
        #expect(json.status == 0, "\(json.stderr)")
        let keys = try cli.storedKeys()
        #expect(keys.count == 2)
        #expect(keys.contains("piped-1"))
        #expect(keys.contains { $0.hasPrefix("stdin-") })
    }
}
