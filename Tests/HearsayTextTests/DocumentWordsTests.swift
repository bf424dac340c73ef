import HearsayModel
import Testing

@testable import HearsayText

/// The claim words a Document reads once are the words the tokenizer reads in any span of it.
@Suite struct DocumentWordsTests {
    static let text = """
        Gen. Mark A. Milley met al-Asad's U.S.A. envoys; 150,000 troops, 2.5% more, at 10 p.m. \
        \u{2014} \u{2018}fine,\u{2019} he said.
        Next: Ana-Mar\u{00ED}a Ruiz (1,0000 votes) in Vesk\u{2019}s 2031,2032 count.
        """

    @Test func everySpanGivesWhatTheTokenizerReadsInIt() {
        let d = Document(text: Self.text)
        let n = d.folded.count
        var checked = 0
        for a in 0...n {
            for b in a...n {
                let span = TextSpan(start: a, end: b)
                guard d.words(in: span) == Tokenizer.words(d.folded, in: span) else {
                    Issue.record("words(in: \(a)..<\(b)) differ from the tokenizer's")
                    return
                }
                checked += 1
            }
        }
        #expect(checked == (n + 1) * (n + 2) / 2)
    }

    @Test func theWholeTextIsTheStoredWords() {
        let d = Document(text: Self.text)
        #expect(d.words(in: TextSpan(start: 0, end: d.count)) == d.words)
        #expect(d.words(in: TextSpan(start: -5, end: d.count + 5)) == d.words)
        #expect(d.words(in: TextSpan(start: 7, end: 7)).isEmpty)
    }
}
