import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Inputs at the edges never crash the claim stages and give nothing absurd.
@Suite struct ClaimEdgeCaseTests {
    static let inputs = [
        "", "\"", "“", "”", "said", "X said.", "According to", "according to ,", ", said", "” said Ana Ruiz, “",
        "He said that", "They told", "... . . .", "1,000,000,000,000,000,000,000 people were killed.",
        "At least $ were lost.", "Turnout was 40%.", "It happened on Jan. 32, 2020.", "Filed 2019-13-45.",
        "Sunday Sunday Sunday.", "— — —", "e\u{301}e\u{301} said the e\u{301}tude was done.",
        "The mayor said, ”the pier fell” in 1999 “", "(\"\")", "A.B.C.D. said.", "twenty-", "-five people died",
        "Smith, 56, who, said.", "who said that who said that.", String(repeating: "very ", count: 400) + "long.",
    ]

    @Test(arguments: inputs)
    func nothingCrashes(_ text: String) {
        let result = Pipeline().extract(text: "Headline\n\n" + text, context: ArticleContext(date: "2020-01-07"))
        for claim in result.claims {
            #expect(claim.span.start >= 0 && claim.span.end <= ("Headline\n\n" + text).unicodeScalars.count)
            #expect(!claim.text.isEmpty)
            if let c = claim.claimant { #expect(result.speakers.indices.contains(c)) }
            #expect(claim.mentions.allSatisfy { result.speakers.indices.contains($0) })
        }
        _ = Figures.find(in: text)
        _ = Hedges.find(in: text)
        _ = DateResolver.find(in: text, articleDate: "2020-02-30")
        _ = DateResolver.find(in: text, articleDate: nil)
    }

    @Test func impossibleDaysAreNeverResolvedToADay() {
        // "Jan. 32" is no day; only the year around it can be read.
        let dates = DateResolver.find(in: "It happened on Jan. 32, 2020.", articleDate: nil)
        #expect(dates.allSatisfy { $0.from == nil || $0.from != $0.to })
        #expect(DateResolver.find(in: "Filed 2019-13-45.", articleDate: nil).allSatisfy { $0.from == nil })
    }
}
