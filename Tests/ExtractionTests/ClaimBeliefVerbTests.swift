import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Verbs of belief with a clause and no "that", on sentences of our own: "X thinks the pier will hold".
@Suite struct ClaimBeliefVerbTests: ClaimArticleReading {
    let lead = "Ilsa Marrow and the pilots met on Monday.\n\n"

    @Test(arguments: ["thinks", "believes", "thought"])
    func beliefVerbWithABareClause(verb: String) {
        let f = find("Harbour master Ilsa Marrow \(verb) the old pier would not survive another winter.")
        let c = f.claims.first { $0.text.contains("old pier") }
        #expect(c?.text == "the old pier would not survive another winter")
        #expect(c?.kind == .reported)
        #expect(c?.cue == verb)
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test func beliefVerbWithAPronounSubject() {
        let f = find("Harbour master Ilsa Marrow believes they can reopen the ferry line by the spring.")
        let c = f.claims.first { $0.text.contains("ferry line") }
        #expect(c?.text == "they can reopen the ferry line by the spring")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test func findingsVerbWithAPronounClause() {
        let f = find("Harbour master Ilsa Marrow suggested they could reopen the ferry line by the spring.")
        let c = f.claims.first { $0.text.contains("ferry line") }
        #expect(c?.text == "they could reopen the ferry line by the spring")
        #expect(c?.cue == "suggested")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }
}
