import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Who "he" or "she" in a claim is: the person speaking before the claim, not the last person
/// the quotes stage met anywhere in the article.
@Suite struct ClaimantPronounTests {
    static func claimant(of fragment: String, in article: String) -> String? {
        let result = Pipeline().extract(text: article, context: ArticleContext(date: "2023-03-02"))
        return result.claims.first { $0.text.contains(fragment) }?.claimant.map { result.speakers[$0].name }
    }

    @Test func aPronounClaimantIsWhoSpokeBeforeItNotTheArticlesLastSpeaker() {
        let article = """
            Ferry fares to rise

            Transport minister Oscar Brenning met harbour owners on Monday. He said that fares would rise by a tenth in May.

            Brenning had promised lower fares last year.

            “We cannot carry another winter of losses,” ferry captain Walter Alder told the meeting.

            “The boats are older than I am,” Alder said.
            """
        #expect(Self.claimant(of: "fares would rise", in: article) == "Oscar Brenning")
    }

    @Test func aPronounAfterAQuoteTakesTheQuotesSpeakerBeforeIt() {
        let article = """
            Orchard frost

            “Half the blossom is gone,” grower Hugo Lindqvist said on Tuesday.

            He said the cold had lasted four nights.

            Later in the week, “the apples will be scarce,” Mira Olsen, a buyer, warned.
            """
        #expect(Self.claimant(of: "the cold had lasted four nights", in: article) == "Hugo Lindqvist")
    }

    @Test func aPossessiveOpenerIsWhoTheNextHeMeans() {
        let article = """
            Council vote

            Mayor Victor Fenwick and councillor Simon Lorne argued for an hour. Lorne said the budget was short by a third.

            Fenwick's answer at the meeting was brief. He said the new library would open in June.
            """
        #expect(Self.claimant(of: "library would open", in: article) == "Victor Fenwick")
    }
}
