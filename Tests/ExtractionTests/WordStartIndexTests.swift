import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct WordStartIndexTests {
    @Test func findsEveryWordStartByItsFirstScalar() {
        let s = Document(text: "Ana Ruiz met Ölund (ÖL) and al-Sadr; Ana left 2 days later.").folded
        let index = WordStartIndex(s)
        // Every start, in order, is where a word follows a non-word scalar.
        let expected = s.indices.filter { i in
            NameRuns.isWordScalar(s[i]) && (i == 0 || !NameRuns.isWordScalar(s[i - 1]))
        }
        #expect(index.all.map(Int.init) == expected)
        #expect(index.starts(with: "A", in: s).map(Int.init) == [0, 37])
        #expect(index.starts(with: "Ö", in: s).map(Int.init) == [13, 20])
        #expect(Array(index.starts(with: "S", in: s)) == [31])
        #expect(index.starts(with: "Z", in: s).isEmpty)
        #expect(index.parens == [19])
    }

    @Test func namesAreFoundAsWholeWordsOnly() {
        let doc = Document(text: "Ann Pell and Annette Pellew spoke; Ann Pell left.")
        let spans = SpeakerEnricher.occurrences(of: "Ann Pell", in: doc)
        #expect(spans == [TextSpan(start: 0, end: 8), TextSpan(start: 35, end: 43)])
    }
}
