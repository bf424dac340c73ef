import HearsayModel
import Testing

@testable import HearsayText

@Suite struct TokenizerTests {
    private let text = """
        Gen. Ada O’Neil-Pell of the U.S. Navy said 5,000 sailors — 2.5 percent — left; ÉLAN’s Ölund (PMF) \
        disagreed: "It's the '90s," she said.Then 12,34 and 1,2345 ... İstanbul, ΑΘΗΝΑ, Ǆemal.
        """

    @Test func splitsWordsNumbersAndMarks() {
        let doc = Document(text: text)
        let words = doc.tokens.map { doc.text($0.span) }
        #expect(words.prefix(8) == ["Gen", ".", "Ada", "O’Neil-Pell", "of", "the", "U.S", "."])
        #expect(words.contains("5,000") && words.contains("2.5") && words.contains("ÉLAN’s"))
        #expect(words.contains("said") && words.contains("Then") && words.contains("12"))
        #expect(doc.tokens.first { doc.text($0.span) == "5,000" }?.kind == .number)
        #expect(doc.tokens.first { doc.text($0.span) == "PMF" }?.allCaps == true)
        #expect(doc.tokens.first { doc.text($0.span) == "Ölund" }?.capitalized == true)
    }

    @Test func keysAreTheLexiconKeysOfTheFoldedText() {
        let doc = Document(text: text)
        for t in doc.tokens {
            #expect(t.key == Normalizer.key(doc.folded[t.start..<t.end]), "\(doc.text(t.span))")
        }
        #expect(doc.tokens[2].key == Normalizer.key("ada"))
    }

    @Test func documentKeepsTheTextAndFoldsLookAlikes() {
        let mixed = text + "\tTab\u{00A0}nbsp\u{2011}hyphen \u{1F600} \u{02BC}ok \u{3000}end"
        let doc = Document(text: mixed)
        #expect(Array(doc.scalars) == Array(mixed.unicodeScalars))
        #expect(doc.folded == Normalizer.fold(Array(mixed.unicodeScalars)))
        #expect(doc.folded.count == doc.scalars.count)
        #expect(doc.text(TextSpan(start: 0, end: doc.count)) == mixed)
        #expect(!doc.folded.contains("\t") && !doc.folded.contains("\u{2011}") && doc.folded.contains("\u{1F600}"))
    }
}
