import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Two frames on sentences of our own: a light or phrasal verb of stance ("took aim at", "made the case
/// that") whose subject is the claimant, and a reporting frame set off by commas between the subject
/// of the reported clause and its predicate ("The closures, she said, have hit ...").
@Suite struct ClaimLightVerbAndSplitFrameTests: ClaimArticleReading {
    let lead = "Ilsa Marrow and the pilots met on Monday.\n\n"

    @Test(arguments: [
        ("took aim at", "the council's plan to close three rural clinics"),
        ("made the case that", "the ferry should run through the winter"),
        ("came out against", "the merger of the two harbour boards"),
    ])
    func lightVerbPhraseGivesItsSubjectTheClaim(phrase: String, rest: String) {
        let f = find("Harbour master Ilsa Marrow \(phrase) \(rest).")
        let c = f.claims.first { $0.text.contains(rest) }
        #expect(c?.text == rest)
        #expect(c?.kind == .reported)
        #expect(c?.cue == phrase)
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test func lightVerbPhraseNeedsItsWordsTogether() {
        // "took" and "aim" in other roles make no phrase: the sentence stays in the article's own voice.
        let f = find("The crew took the old boat out, and its aim at sea was to find 40 lost nets by March.")
        #expect(!f.claims.contains { $0.cue == "took aim at" })
    }

    @Test func frameBetweenSubjectAndPredicate() {
        let f = find("Many of the closures, she said, have hit small towns along the coast since 2019.")
        let c = f.claims.first { $0.text.contains("small towns") }
        #expect(c?.text == "Many of the closures, she said, have hit small towns along the coast since 2019")
        #expect(c?.kind == .reported)
        #expect(c?.cue == "said")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test func frameAfterAnOpeningAdjunctStillReportsTheClauseAfterIt() {
        // After a time phrase the words past the frame are a clause of their own, as before.
        let f = find("In March, the harbour master said, the ferry carried 4,000 passengers a day.")
        let c = f.claims.first { $0.text.contains("4,000 passengers") }
        #expect(c?.text == "the ferry carried 4,000 passengers a day")
    }

    @Test func frameAfterAClauseWithItsOwnVerbIsNotSplit() {
        // "The pier closed" has a verb: what follows the frame is no predicate of it.
        let f = find("The pier closed, she said, was the cause of the losses at the market last year.")
        #expect(!f.claims.contains { $0.text.hasPrefix("The pier closed, she said") })
    }
}
