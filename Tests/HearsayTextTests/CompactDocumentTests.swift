import HearsayModel
import Testing

@testable import HearsayText

/// A Document holds its text once (folded, plus what folding changed) and its tokens compactly;
/// what it gives back is what the plain arrays gave.
@Suite struct CompactDocumentTests {
    static let text = """
        Gen. Mark A. Milley met al-Asad's U.S.A. envoys; 150,000 troops, 2.5% more, at 10 p.m. \
        \u{2014} \u{2018}fine,\u{2019} he said.\tThen\u{00A0}\u{201C}no\u{201D}\u{2011}way \u{1F600}!
        Next: Ana-Mar\u{00ED}a Ruiz (1,0000 votes) in Vesk\u{2019}s 2031,2032 count.
        """

    @Test func everySpanCountsAndVisitsTheWordsTheTokenizerReads() {
        let d = Document(text: Self.text)
        let n = d.folded.count
        for a in 0...n {
            for b in a...n {
                let span = TextSpan(start: a, end: b)
                let words = Tokenizer.words(d.folded, in: span)
                var visited: [ClaimWord] = []
                Tokenizer.forEachWord(d.folded, in: span) { visited.append($0) }
                guard visited == words, d.words(in: span) == words,
                    d.wordCount(in: span, upTo: 3) == min(3, words.count)
                else {
                    Issue.record("span \(a)..<\(b) reads other words")
                    return
                }
            }
        }
        #expect(d.words == Tokenizer.words(d.folded, in: TextSpan(start: 0, end: n)))
    }

    @Test func everySpanGivesBackTheTextAsWritten() {
        let d = Document(text: Self.text)
        let written = Array(Self.text.unicodeScalars)
        #expect(Array(d.scalars) == written)
        #expect(!d.scalars.isFolded)
        for a in 0...written.count {
            for b in a...written.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: written[a..<b])
                guard d.text(TextSpan(start: a, end: b)) == String(view) else {
                    Issue.record("span \(a)..<\(b) differs from the text")
                    return
                }
            }
        }
        #expect(Document(text: "Plain words, nothing folded.").scalars.isFolded)
    }

    @Test func tokensKeepTheirMarksKeysAndLengths() {
        let long = String(repeating: "Ab", count: 300)
        // A length or scalar of 4,095 or over is kept beside the 2-byte payload: a 5,000-letter
        // word, the dash and the curly marks.
        let longer = String(repeating: "z", count: 5000)
        let d = Document(
            text: Self.text + " " + long + "\u{2014}\u{00AB}x\u{00BB} 12345678901234567890 " + longer + " \u{201C}y\u{201D}")
        var marks = 0
        var words = 0
        for (i, t) in d.tokens.enumerated() {
            #expect(t.key == Normalizer.key(d.folded[t.start..<t.end]), "token \(i)")
            if t.kind == .punct {
                marks += 1
                #expect(t.end == t.start + 1 && t.mark == d.folded[t.start] && !t.capitalized && !t.allCaps)
            } else {
                words += 1
                #expect(t.mark == " ")
                #expect(t.capitalized == Normalizer.isUpper(d.folded[t.start]), "token \(i)")
            }
            if i > 0 { #expect(d.tokens[i - 1].end <= t.start) }
        }
        #expect(marks > 10 && words > 30)
        #expect(d.tokens.contains { $0.end - $0.start == 600 && $0.capitalized && !$0.allCaps })
        #expect(d.tokens.contains { $0.kind == .number && $0.end - $0.start == 20 })
        #expect(d.tokens.contains { $0.end - $0.start == 5000 && !$0.capitalized })
        #expect(d.tokens.contains { $0.mark == "\u{00AB}" } && d.tokens.contains { $0.mark == "\u{2014}" })
        #expect(d.text(tokens: 0..<2) == "Gen.")
    }

    @Test func rankedBitsCountWhatIsSet() {
        let positions = [0, 1, 63, 64, 65, 127, 128, 200, 255]
        let bits = RankedBits(count: 256, set: positions)
        for i in 0..<256 {
            #expect(bits.contains(i) == positions.contains(i))
            #expect(bits.rank(i) == positions.filter { $0 < i }.count)
        }
        #expect(bits.count(in: 60..<130) == 5)
        #expect(bits.count(in: 0..<256) == positions.count)
    }
}
