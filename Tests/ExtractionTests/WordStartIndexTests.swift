import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct WordStartIndexTests {
    @Test func findsEveryWordStartByTheWordItStarts() {
        let document = Document(text: "Ana Ruiz met Ölund (ÖL) and al-Sadr; Ana left 2 days later.")
        let s = document.folded
        let index = WordStartIndex(document)
        // Every start, in order, is where a word follows a non-word scalar.
        let expected = s.indices.filter { i in
            NameRuns.isWordScalar(s[i]) && (i == 0 || !NameRuns.isWordScalar(s[i - 1]))
        }
        #expect(Self.starts(of: document) == expected)
        // A name's first word gives every start of that word, in text order (and perhaps a few
        // others sharing its bucket, which the caller's comparison leaves out).
        func word(at start: Int32) -> String {
            var end = Int(start)
            while end < s.count, NameRuns.isWordScalar(s[end]) { end += 1 }
            return String(String.UnicodeScalarView(s[Int(start)..<end]))
        }
        func starts(_ name: String) -> [Int] {
            let found = index.starts(ofFirstWordOf: Array(name.unicodeScalars)).map(Int.init)
            #expect(found == found.sorted())
            let first = String(name.prefix { $0.isLetter || $0.isNumber })
            return found.filter { word(at: Int32($0)) == first }
        }
        #expect(starts("Ana Ruiz") == [0, 37])
        #expect(starts("Ölund") == [13])
        #expect(starts("ÖL") == [20])
        #expect(starts("Sadr") == [31])
        #expect(starts("Zed").isEmpty)
        #expect(index.starts(ofFirstWordOf: Array("(ÖL)".unicodeScalars)).isEmpty)
        #expect(index.parens == [19])
    }

    /// The tokens give the same starts as a scan of every scalar, on the seed articles when they are here.
    @Test func tokenStartsAreTheScalarScansStarts() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/seeds").standardized
        var texts = [
            "Pell's (aide) al-Sadr, 5,000 x2 co-op \u{201C}Ölund\u{201D} U.S.-led e-mail",
            "A\u{2019}s (\u{FF08}b) \u{00C9}mile d'Arc 3M 1990s",
        ]
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for name in names.sorted() where name.hasSuffix(".txt") {
                texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
        }
        for text in texts {
            let document = Document(text: text)
            let s = document.folded
            let scanned = s.indices.filter { i in
                NameRuns.isWordScalar(s[i]) && (i == 0 || !NameRuns.isWordScalar(s[i - 1]))
            }
            let index = WordStartIndex(document)
            #expect(Self.starts(of: document) == scanned)
            #expect(index.parens.map(Int.init) == s.indices.filter { s[$0] == "(" })
        }
    }

    /// Every word start of `document`, in text order, as the index and the alias finder read them.
    static func starts(of document: Document) -> [Int] {
        var all: [Int] = []
        WordStartIndex.forEachStart(in: document) { all.append($0) }
        return all
    }

    /// The starts of each bucket are the starts of the words hashed to it, in text order: every
    /// start of a word is found from the word, however many words share nothing but a bucket.
    @Test func everyStartIsFoundFromItsWord() {
        var text = ""
        for i in 0..<3_000 { text += "w\(i % 700) " }
        let document = Document(text: text)
        let index = WordStartIndex(document)
        for word in ["w0", "w1", "w699", "w350"] {
            let expected = Self.starts(of: document).filter { start in
                let end = start + word.unicodeScalars.count
                return end <= document.count && String(String.UnicodeScalarView(document.folded[start..<end])) == word
                    && (end == document.count || document.folded[end] == " ")
            }
            let found = index.starts(ofFirstWordOf: Array(word.unicodeScalars)).map(Int.init)
            #expect(found == found.sorted())
            #expect(found.filter { expected.contains($0) } == expected)
            #expect(expected.count == 4 || expected.count == 5)
        }
    }

    /// The alias finder reading the starts while the index is built finds what it finds alone, and
    /// the index is the one built alone.
    @Test func aliasesFoundWhileIndexingAreThoseFoundAlone() {
        let document = Document(
            text: "The Harbour Workers League (HWL) met; Tova Brink (also known as Red Tova) said the HWL would strike.")
        let (found, index) = AliasFinder.findIndexing(document)
        #expect(found == AliasFinder.find(in: document))
        #expect(found.map(\.aliasText) == ["HWL", "Red Tova"])
        let alone = WordStartIndex(document)
        #expect(index.parens == alone.parens)
        for name in ["HWL", "Tova Brink", "Red", "the", "strike"] {
            let needle = Array(name.unicodeScalars)
            #expect(index.starts(ofFirstWordOf: needle) == alone.starts(ofFirstWordOf: needle))
        }
    }

    @Test func namesAreFoundAsWholeWordsOnly() {
        let doc = Document(text: "Ann Pell and Annette Pellew spoke; Ann Pell left.")
        let spans = SpeakerEnricher.occurrences(of: "Ann Pell", in: doc)
        #expect(spans == [TextSpan(start: 0, end: 8), TextSpan(start: 35, end: 43)])
    }
}
