import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Reporting frames with words between their parts, and public acts read as attribution, each on
/// sentences of our own.
@Suite struct ClaimFrameVariantsTests: ClaimArticleReading {
    @Test(arguments: [
        ("long-held view", "view"), ("firm belief", "belief"), ("claim last week", "claim"),
        ("warning on Friday", "warning"),
    ])
    func possessiveCueWithWordsBetween(phrase: String, cue: String) {
        let f = find("Councillor Jorund Patek's \(phrase) that the ferry fares doubled in a year drew laughter.")
        let c = f.claims.first { $0.text.contains("ferry fares") }
        #expect(c?.text.hasPrefix("the ferry fares doubled in a year") == true)
        #expect(c?.kind == .reported)
        #expect(c?.cue == cue)
        #expect(claimant(f, of: c) == "Jorund Patek")
    }

    @Test func possessiveNeedsTheOwnerBeforeTheModifiers() {
        // A verb between the noun and its owner ends the frame: "the claim" is no one's here.
        let f = find("The auditors rejected the usual claim that the ferry fares doubled in a year.")
        let c = f.claims.first { $0.text.contains("ferry fares") }
        #expect(c?.cue != "claim")
    }

    @Test(arguments: ["as the storm reached the coast", "while the council met in the town hall"])
    func asideBetweenCueAndClause(aside: String) {
        let f = find("Harbour master Ilsa Marrow said on Friday, \(aside), the ferries would stay in port until Monday.")
        let c = f.claims.first { $0.text.contains("ferries would stay") }
        #expect(c?.text == "the ferries would stay in port until Monday")
        #expect(c?.kind == .reported)
        #expect(c?.cue == "said")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test(arguments: ["signed", "vetoed", "introduced"])
    func publicActNamesItsDoer(verb: String) {
        let f = find("Governor Brannock Tull \(verb) a bill that caps ferry fares at ten dollars a crossing.")
        let c = f.claims.first { $0.text.contains("ferry fares") }
        #expect(c?.text == "a bill that caps ferry fares at ten dollars a crossing")
        #expect(c?.kind == .reported)
        #expect(c?.cue == verb)
        #expect(claimant(f, of: c) == "Brannock Tull")
    }

    @Test func eventStaysInTheArticlesVoice() {
        let f = find("The Harbour Board voted on Tuesday to close the north quay for 14 months.")
        let c = f.claims.first { $0.text.contains("north quay") }
        #expect(c != nil)
        #expect(c?.claimant == nil)
        #expect(c?.kind == .stated)
    }

    @Test func laterCueWhenTheFirstGivesNoClause() {
        // The first cue's clause is a hypothesis, which is no claim; the second cue's is.
        let f = find(
            "Governor Ann Lee said if the storm came the ferries would stop, and harbour master Tom Ward says the new quay will open in May."
        )
        let c = f.claims.first { $0.text.contains("new quay") }
        #expect(c?.text == "the new quay will open in May")
        #expect(c?.cue == "says")
        #expect(claimant(f, of: c) == "Tom Ward")
    }

    @Test func sinceBetweenSpeakerAndCue() {
        let f = find("Mayor Odile Varga has since said the ferry fares would stay at ten dollars until next year.")
        let c = f.claims.first { $0.text.contains("ferry fares") }
        #expect(c?.text == "the ferry fares would stay at ten dollars until next year")
        #expect(claimant(f, of: c) == "Odile Varga")
    }

    @Test func passiveParticipleIsNoSource() {
        let f = find(
            "The Harbour Act, introduced by Senator Brannock Tull in March, proposed a toll of two dollars on every crossing."
        )
        let c = f.claims.first { $0.text.contains("toll of two dollars") }
        #expect(c?.cue != "introduced")
    }

    @Test func cueCoordinatedWithTheFirstVerb() {
        let f = find("Harbour master Ilsa Marrow toured the flooded quay on Monday and said the repairs would take a year.")
        let c = f.claims.first { $0.text.contains("repairs") }
        #expect(c?.text == "the repairs would take a year")
        #expect(c?.cue == "said")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test(arguments: ["was critical of", "remained deeply skeptical of", "made it clear that she opposed"])
    func stanceAdjectiveAfterALink(frame: String) {
        let f = find("Mayor Odile Varga \(frame) the plan to sell the northern ferry terminal to a private firm.")
        let c = f.claims.first { $0.text.contains("northern ferry terminal") }
        #expect(c?.kind == .reported)
        #expect(claimant(f, of: c) == "Odile Varga")
    }

    @Test func passiveAfterAStanceAdjectiveIsNoSource() {
        let f = find("The Ferry Union plans were opposed by the harbour board for three years running.")
        let c = f.claims.first { $0.text.contains("three years") }
        #expect(c?.cue != "opposed")
    }
}
