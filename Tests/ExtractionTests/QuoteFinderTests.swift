import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct QuoteFinderTests {
    @Test func curlyQuoteTextIsExactlyBetweenTheMarks() {
        let text = "“We will rebuild the bridge by spring,” Mayor Lina Park said."
        let q = quotesOf(text)
        #expect(q.map(\.text) == ["We will rebuild the bridge by spring,"])
        let r = Pipeline().extract(text: text)
        let span = r.quotes[0].span
        #expect(Array(text.unicodeScalars)[span.start] == "W")
        #expect(span.end - span.start == "We will rebuild the bridge by spring,".unicodeScalars.count)
    }

    @Test func straightGermanAndGuillemetMarksAllPair() {
        #expect(
            quotesOf("\"The river is rising fast tonight,\" said Tom Reyes.").map(\.text) == [
                "The river is rising fast tonight,"
            ])
        #expect(
            quotesOf("„Wir schaffen das heute nicht allein“, sagte Olaf Brenner.").map(\.text) == [
                "Wir schaffen das heute nicht allein"
            ])
        #expect(
            quotesOf("«Nous ne céderons pas cette fois», said Marie Dubois.").map(\.text) == [
                "Nous ne céderons pas cette fois"
            ])
    }

    @Test func apostrophesAreNotClosingMarks() {
        let q = quotesOf("“The chiefs’ plan isn’t ready, and it’s late,” said Omar Diaz.")
        #expect(q.map(\.text) == ["The chiefs’ plan isn’t ready, and it’s late,"])
    }

    @Test func anOddMarkDoesNotSwallowTheRestOfTheArticle() {
        let text =
            "“This sentence never closes, said nobody in particular.\n\n“The second paragraph is fine,” said Ada Cole."
        let q = quotesOf(text)
        #expect(q.contains { $0.text == "The second paragraph is fine," && $0.speaker == "Ada Cole" })
    }

    @Test func doubledApostrophesActAsDoubleQuotes() {
        let q = quotesOf("''Our numbers are simply better this year,'' said Hal Brooks, a pollster.")
        #expect(q.map(\.text) == ["Our numbers are simply better this year,"])
        #expect(q.first?.speaker == "Hal Brooks")
    }

    @Test func singleQuotesWorkAsMarksInHeadlines() {
        let text = "‘We will not back down on wages’: union vows strike\n\nThe union said members would walk out."
        let q = quotesOf(text)
        #expect(q.map(\.text) == ["We will not back down on wages"])
    }

    @Test func thinSpacesNeverSplitAQuote() {
        let q = quotesOf("Dana Ortiz called the plan “costly and.\u{2009}.\u{2009}. unworkable,” the agency said.")
        #expect(q.map(\.text) == ["costly and.\u{2009}.\u{2009}. unworkable,"])
    }
}
