import Testing

@testable import Extraction

/// The confidence of an attribution is the measured share right of its way of attributing.
@Suite struct AttributionConfidenceTests {
    @Test func aWaySeenOnFewQuotesIsPulledTowardsOneHalf() {
        #expect(AttributionConfidence.Tally(scored: 3, right: 3).share == 0.8)
        #expect(AttributionConfidence.Tally(scored: 0, right: 0).share == 0.5)
        #expect(AttributionConfidence.Tally(scored: 98, right: 49).share == 0.5)
    }

    @Test func everyWayGivesAChanceStrictlyBetweenNoneAndCertainty() {
        let rules: [Attribution.Rule] = [
            .trailing, .leading, .dash, .sameParagraph, .paragraphCue, .continuation, .colonLeadIn, .leadIn,
            .leadLine, .nextParagraph, .subject, .none,
        ]
        for rule in rules {
            for pronoun in [false, true] {
                for words in [1, 12] {
                    let c = AttributionConfidence.of(rule: rule, pronoun: pronoun, named: true, wordCount: words)
                    #expect(c > 0 && c < 1)
                }
            }
        }
        #expect(AttributionConfidence.of(rule: .trailing, pronoun: false, named: false, wordCount: 9) < 0.05)
    }

    @Test func aNamedSpeakerAfterTheQuoteIsSurerThanAPronounThere() {
        let text = """
            “The ferry will run again on Monday,” said Ivo Brandt, the harbour master.

            “We checked every cable twice before we opened the gates,” he said.
            """
        let r = Pipeline().extract(text: text)
        #expect(r.quotes.count == 2)
        let named = r.quotes[0].confidence
        let pronoun = r.quotes[1].confidence
        #expect(
            named == AttributionConfidence.of(rule: .leading, pronoun: false, named: true, wordCount: 8)
                || named == AttributionConfidence.of(rule: .trailing, pronoun: false, named: true, wordCount: 8))
        #expect(pronoun < named)
        #expect(pronoun == AttributionConfidence.of(rule: .trailing, pronoun: true, named: true, wordCount: 11))
    }

    @Test func aShortQuoteKeepsNineTenthsOfItsWay() {
        let r = Pipeline().extract(text: "“Too late,” said Cy Ito. The count ended after midnight.")
        let q = r.quotes.first { $0.text.hasPrefix("Too late") }
        let full = AttributionConfidence.of(rule: .trailing, pronoun: false, named: true, wordCount: 9)
        #expect(q.map { abs($0.confidence - full * 0.9) < 0.002 } == true)
    }
}
