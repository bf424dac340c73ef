import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Frames whose speaker or clause sits behind an opening phrase, each on sentences of our own: a
/// pronoun after an opening adverb, a stretch of time after the verb, a conditional after "that", a
/// passive frame opening the sentence, a title or a participle beside the speaker's name.
@Suite struct ClaimOpeningFramesTests: ClaimArticleReading {
    let lead = "Ilsa Marrow and the pilots met on Monday.\n\n"

    @Test func pronounAfterAnOpeningAdverbIsTheSpeaker() {
        let f = find("Sometimes, she says, the ferry leaves the quay without a single passenger.")
        let c = f.claims.first { $0.text.contains("ferry leaves") }
        #expect(c?.text == "the ferry leaves the quay without a single passenger")
        #expect(c?.kind == .reported)
        #expect(c?.cue == "says")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test(arguments: ["for weeks", "for two years", "over the past year"])
    func stretchOfTimeAfterTheVerb(time: String) {
        let f = find("Harbour master Ilsa Marrow has said \(time) the pier is too weak for the new cranes.")
        let c = f.claims.first { $0.text.contains("new cranes") }
        #expect(c?.text == "the pier is too weak for the new cranes")
        #expect(c?.cue == "said")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test func conditionalRightAfterThat() {
        let f = find("Harbour master Ilsa Marrow said that if the council agrees, the ferry runs at night from June.")
        let c = f.claims.first { $0.text.contains("runs at night") }
        #expect(c?.text == "the ferry runs at night from June")
        #expect(c?.cue == "said")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test func passiveFrameOpeningTheSentence() {
        let f = find("As reported by the Harbour Ledger, the ferry line lost two million dollars last year.")
        let c = f.claims.first { $0.text.contains("ferry line") }
        #expect(c?.text == "the ferry line lost two million dollars last year")
        #expect(c?.kind == .reported)
        #expect(c?.cue == "reported")
        #expect(claimant(f, of: c) == "Harbour Ledger")
    }

    @Test func lowerCaseTitleAndPartyBeforeAnAppositive() {
        let f = find("Former mayor Tomas Brell (D), a ferry pilot, praised the harbour master for reopening the pier.")
        let c = f.claims.first { $0.text.contains("reopening the pier") }
        #expect(c?.kind == .reported)
        #expect(c?.cue == "praised")
        #expect(claimant(f, of: c) == "Tomas Brell")
    }

    @Test func participleAppositiveDescribesTheSpeaker() {
        let f = find("Tomas Brell, speaking in Dorrow on Friday, talked about the cost of fixing the old pier.")
        let c = f.claims.first { $0.text.contains("old pier") }
        #expect(c?.kind == .reported)
        #expect(c?.cue == "talked")
        #expect(claimant(f, of: c) == "Tomas Brell")
    }

    @Test func verbInTheOpeningStillEndsTheName() {
        // The writer's clause before the comma: "arrived" is a verb, so "Tomas Brell" is not the subject of "praised".
        let f = find("After mayor Tomas Brell arrived, a ferry pilot praised the harbour master for reopening the pier.")
        let c = f.claims.first { $0.text.contains("reopening the pier") }
        #expect(claimant(f, of: c) != "Tomas Brell")
    }
}
