import Foundation
import Testing

@testable import HearsayText

@Suite struct LexiconTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lexicons")

    /// The word lists compiled into the binary are exactly the files in Lexicons/.
    @Test func embeddedListsMatchTheFolder() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path) else { return }
        let files = names.filter { $0.hasSuffix(".txt") }.sorted()
        #expect(
            files.map { String($0.dropLast(4)) }.sorted() == LexiconFile.embeddedFiles.keys.sorted(),
            "run `make lexicons`")
        for file in files {
            var text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            while text.hasSuffix("\n") { text.removeLast() }
            let embedded = LexiconFile.embeddedFiles[String(file.dropLast(4))]
            #expect(text == embedded, "\(file) differs from the embedded copy: run `make lexicons`")
        }
    }

    /// Every list says in a header what it is for, reads without error and holds entries.
    @Test func everyListHasAHeaderAndEntries() {
        for (name, text) in LexiconFile.embeddedFiles {
            #expect(text.hasPrefix("#"), "Lexicons/\(name).txt has no header comment")
            #expect(!LexiconFile.entries(of: name).isEmpty, "Lexicons/\(name).txt is empty")
        }
    }

    /// An entry never carries a comment, stray spaces or an unexpanded include.
    @Test func entriesAreClean() {
        for name in LexiconFile.embeddedFiles.keys {
            for entry in LexiconFile.entries(of: name) {
                #expect(!entry.contains("#") && !entry.hasPrefix("@"), "\(name): \(entry)")
                #expect(entry == entry.trimmingCharacters(in: .whitespaces), "\(name): \(entry)")
                #expect(!entry.contains("  ") && !entry.contains("\t"), "\(name): \(entry)")
            }
        }
    }

    /// Comments, blank lines and includes read as documented.
    @Test func weekdaysAreIncludedInOrder() {
        let weekdays = Lexicons.weekdays
        #expect(weekdays.first == "monday" && weekdays.count == 7)
        #expect(LexiconFile.entries(of: "weekdays") == weekdays)
    }

    /// A mapping list splits into keys and values at " = ".
    @Test func pairsSplitAtTheEqualsSign() {
        let pairs = LexiconFile.pairs(["pm = prime minister", "gen = general"])
        #expect(pairs.map(\.key) == ["pm", "gen"])
        #expect(pairs.map(\.value) == ["prime minister", "general"])
    }
}
