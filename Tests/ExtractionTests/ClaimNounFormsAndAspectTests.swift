import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Two frames on sentences of our own: an "-s" form that is a plural noun ("in five states", "the
/// board's plans") is no reporting verb, and a verb of going on hands its subject to the reporting verb after "to"
/// ("continued to say", "went on to argue").
@Suite struct ClaimNounFormsAndAspectTests: ClaimArticleReading {
    @Test(arguments: [
        "Ferry operators in more than two dozen states balked at the new rules on harbour fees.",
        "Pilots from the coastal states that border the gulf met in Dorrow on Friday to plan a strike.",
    ])
    func pluralNounIsNoCue(sentence: String) {
        let f = find(sentence)
        #expect(!f.claims.contains { $0.cue == "states" })
    }

    @Test func nounLikeFormAfterANameIsACue() {
        let f = find("The Harbour Ledger reports that the ferry line will cut two crossings in March.")
        let c = f.claims.first { $0.text.contains("ferry line") }
        #expect(c?.text == "the ferry line will cut two crossings in March")
        #expect(c?.cue == "reports")
        #expect(claimant(f, of: c) == "Harbour Ledger")
    }

    @Test(arguments: ["often questions", "also questions"])
    func nounLikeFormAfterANameAndAdverbIsACue(phrase: String) {
        let f = find("Councillor Jorund Patek \(phrase) the ferry line's ties to the harbour board.")
        let c = f.claims.first { $0.text.contains("ferry line") }
        #expect(c?.cue == "questions")
        #expect(claimant(f, of: c) == "Jorund Patek")
    }

    @Test func formAfterAPossessiveIsANoun() {
        let f = find("Pilots welcomed the harbour board's plans to extend the quay by forty metres next spring.")
        #expect(!f.claims.contains { $0.cue == "plans" })
    }

    @Test(arguments: [
        ("continued to say", "say"), ("went on to say", "say"), ("was quick to say", "say"),
        ("began to insist", "insist"),
    ])
    func verbOfGoingOnHandsOverItsSubject(phrase: String, cue: String) {
        let f = find("Harbour master Ilsa Marrow \(phrase) that the ferries would stay in port until Monday.")
        let c = f.claims.first { $0.text.contains("ferries would stay") }
        #expect(c?.text == "the ferries would stay in port until Monday")
        #expect(c?.kind == .reported)
        #expect(c?.cue == cue)
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test(arguments: ["declined to say", "refused to say", "had little to say about"])
    func otherVerbsBeforeToReportNothing(phrase: String) {
        let f = find("Harbour master Ilsa Marrow \(phrase) whether the ferries would stay in port until Monday.")
        // "declined" and "refused" are verbs of stance of their own; "say" is no cue after them.
        #expect(!f.claims.contains { $0.cue == "say" })
    }
}
