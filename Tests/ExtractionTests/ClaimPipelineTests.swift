import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Claims through the whole pipeline: claimants resolve through the same speaker book as quotes.
@Suite struct ClaimPipelineTests {
    static let article = """
        Storm closes Pellington harbour

        Harbour master Elena Voss said that the storm sank 14 fishing boats on Sunday.

        “We have never seen waves like these,” Voss told reporters.

        Voss said the harbour would stay closed until Friday. She added that two crew members were missing.

        According to the Pellington coast guard, 9 sailors were rescued overnight.

        Like our page on Facebook for more harbour news.
        """

    @Test func claimantsAndQuoteSpeakersShareTheSpeakerList() throws {
        let result = Pipeline().extract(text: Self.article, context: ArticleContext(date: "2022-11-14"))
        func claimant(_ text: String) -> String? {
            result.claims.first { $0.text.contains(text) }?.claimant.map { result.speakers[$0].name }
        }
        let boats = try #require(result.claims.first { $0.text.contains("14 fishing boats") })
        #expect(boats.text == "the storm sank 14 fishing boats on Sunday")
        #expect(claimant("14 fishing boats") == "Elena Voss")
        #expect(boats.figures.first?.value == 14)
        #expect(boats.dates.first?.from == "2022-11-13")
        #expect(claimant("two crew members") == "Elena Voss")
        #expect(result.claims.first { $0.text.contains("9 sailors") }?.kind == .reported)
        let quoteSpeaker = result.quotes.first?.speaker
        #expect(quoteSpeaker != nil && quoteSpeaker == boats.claimant)
        #expect(!result.claims.contains { $0.text.contains("Facebook") })
        #expect(!result.claims.contains { $0.text.contains("waves like these") })
    }
}
