import Foundation
import TestSupport
import Testing

/// UTF-8 that was read as Latin-1 or Windows-1252 somewhere upstream is repaired on import.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct MojibakeTests {
    /// `text` garbled the usual way: its UTF-8 bytes read as Windows-1252.
    static func garbled(_ text: String) -> String {
        let table: [UInt8: Unicode.Scalar] = [0x80: "\u{20AC}", 0x99: "\u{2122}", 0x9C: "\u{0153}", 0x9D: "\u{9D}"]
        var scalars = String.UnicodeScalarView()
        for byte in text.utf8 {
            scalars.append(table[byte] ?? Unicode.Scalar(byte))
        }
        return String(scalars)
    }

    @Test func garbledNamesAndPunctuationAreRepaired() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let clean = "“We will not sign it,” said Inés Peña Olaechea, the mayor of Tlacotán. It’s final."
        let broken = Self.garbled(clean)
        #expect(broken.contains("PeÃ±a"))
        #expect(broken.contains("â€™"))
        try cli.write("garbled.txt", broken)
        // Real accents in a Windows-1252 file and in clean UTF-8 stay as they are.
        try cli.write("accents.txt", "\"Der Müller café is open,\" said Jörg Ålund, the owner.")
        let imported = try cli.run(["import", "garbled.txt", "accents.txt"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let quotes = try cli.run(["quotes", "-f", "csv", "--sort", "speaker"])
        #expect(quotes.stdout.contains("Inés Peña Olaechea"), "\(quotes.stdout)")
        #expect(quotes.stdout.contains("We will not sign it,"))
        #expect(quotes.stdout.contains("Jörg Ålund"), "\(quotes.stdout)")
        #expect(!quotes.stdout.contains("Ã"))
        let show = try cli.run(["show", "garbled.txt", "--no-colour"])
        #expect(show.stdout.contains("Tlacotán.") && show.stdout.contains("It’s final."), "\(show.stdout)")

        let feed =
            "{\"id\": \"j-1\", \"source\": \"\(Self.garbled("Diário Sul"))\", \"text\": \"\(Self.garbled("Inés Peña Olaechea spoke."))\"}\n"
        try cli.write("feed.jsonl", feed)
        _ = try cli.run(["import", "feed.jsonl"])
        let outlets = try cli.run(["outlets", "-f", "csv"])
        #expect(outlets.stdout.contains("Diário Sul"), "\(outlets.stdout)")
        let text = try cli.run(["export", "articles", "-f", "jsonl"])
        #expect(text.stdout.contains("Inés Peña Olaechea spoke."), "\(text.stdout)")
    }
}
