import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// The role holders read from the title words' uses give what a reading of the whole blanked
/// prose gives (``ClaimNames/holder(ofRole:before:in:)``), at every offset.
@Suite struct ClaimRoleHoldersTests {
    static let roles = ["the PM", "the spokesman", "the minister", "the interior minister", "the general", "the mayor"]

    /// Compares the two at `offsets` for every role; returns how many offsets gave a holder.
    static func compare(_ text: String, offsets: some Sequence<Int>) -> Int {
        let document = Document(text: text)
        let paragraphs = Segmenter.segment(document)
        var holders = ClaimRoleHolders(document: document, paragraphs: paragraphs)
        let prose = ClaimNames.proseFolded(of: document, paragraphs: paragraphs)
        var found = 0
        for role in roles {
            let scalars = Array(role.unicodeScalars)
            let words = Tokenizer.words(scalars, in: TextSpan(start: 0, end: scalars.count))
            for offset in offsets {
                let expected = ClaimNames.holder(ofRole: words, before: offset, in: prose)
                let holder = holders.holder(ofRole: words, before: offset)
                #expect(holder == expected, "\(role) before \(offset)")
                if expected != nil { found += 1 }
            }
        }
        return found
    }

    @Test func holdersAreThoseOfTheBlankedProse() {
        // A caption's title and name (not prose), a title split over two paragraphs ("Prime." then
        // "Minister Ola Finn"), a name run ending a paragraph, abbreviations and offsets inside words.
        let text = """
            Harbour talks resume at Kestrel

            Prime Minister Ada Vell toured the port of Kestrel on Monday with Interior Minister Tomas Roe.

            The PM said the berths would reopen. Spokesman Ivo Dace said the minister was pleased.

            Photo: Mayor Lia Brand at the quay

            The talks were chaired, aides said, by the Prime.

            Minister Ola Finn would follow, said Gen. Rui Maro of the port guard, and Mayor Edda Stolt.

            Jon Sand, a new minister, spoke. The general said the spokesman had left, as the mayor did.
            """
        let count = text.unicodeScalars.count
        #expect(Self.compare(text, offsets: 0...count) > 0)
    }

    /// The same on the seed articles when they are here, at offsets spread over each.
    @Test func holdersOfTheSeedsAreThoseOfTheBlankedProse() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/seeds").standardized
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            _ = Self.compare(text, offsets: stride(from: 0, through: text.unicodeScalars.count, by: 41))
        }
    }
}
