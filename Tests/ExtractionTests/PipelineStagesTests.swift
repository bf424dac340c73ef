import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// The pipeline's stages are its own to swap: a stage given to it replaces ours, the others run
/// as before.
@Suite struct PipelineStagesTests {
    static let article = """
        Harbour news

        "We got everyone off before dark," said Elena Voss, the harbour master of Port Vesk.
        Voss said that the ferry carried 212 passengers when it ran aground on Tuesday.
        """

    /// An attributor that credits every quote to one speaker it registers, "The Wire Desk".
    struct DeskAttributor: QuoteAttributing {
        func attribute(
            _ spans: [QuoteSpan], in document: Document, paragraphs: Paragraphs, book: inout SpeakerBook
        ) -> [Quote] {
            let desk = book.add(Speaker(name: "The Wire Desk", kind: .organisation), at: 0)
            return spans.map {
                Quote(
                    text: document.text($0.text), span: $0.text, kind: .direct, speaker: desk, cue: nil,
                    paragraph: $0.paragraph, confidence: 1)
            }
        }
    }

    /// A quotes stage that finds nothing.
    struct NoQuotes: QuoteFinding {
        func quoteSpans(in document: Document, paragraphs: Paragraphs) -> [QuoteSpan] { [] }
    }

    @Test func theDefaultStagesAreOurs() {
        let result = Pipeline().extract(text: Self.article)
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.speaker.map { result.speakers[$0].name } == "Elena Voss")
    }

    @Test func aGivenAttributorDecidesTheSpeakers() {
        let result = Pipeline(attribution: DeskAttributor()).extract(text: Self.article)
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.speaker.map { result.speakers[$0].name } == "The Wire Desk")
        #expect(result.quotes.first?.text == "We got everyone off before dark,")
        // The claims stage still runs, on the same speaker book.
        #expect(result.claims.contains { $0.text.contains("212 passengers") })
    }

    @Test func aGivenQuotesStageFeedsTheAttribution() {
        let result = Pipeline(quotes: NoQuotes()).extract(text: Self.article)
        #expect(result.quotes.isEmpty)
        #expect(!result.claims.isEmpty)
    }
}
