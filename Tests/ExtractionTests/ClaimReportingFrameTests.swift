import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Reporting frames on sentences of our own: anonymous sources, relative clauses that report, a
/// demonstrative "that", conditionals, figures after the cue and findings without "that".
@Suite struct ClaimReportingFrameTests: ClaimArticleReading {
    let lead = "Ilsa Marrow and Ben Tobin met the pilots on Monday.\n\n"

    @Test(arguments: ["Officials", "Sources", "Analysts"])
    func anonymousSourceOpeningTheSentenceIsAGroup(noun: String) {
        let f = find("\(noun) said the ferry line would reopen in the spring.")
        let c = f.claims.first { $0.text.contains("ferry line") }
        #expect(c?.text == "the ferry line would reopen in the spring")
        #expect(c?.kind == .reported)
        let kind = c?.claimant.map { f.speakers[$0].kind }
        #expect(kind == .group)
    }

    @Test func relativeWhoSaidEndsWhereTheMainClauseResumes() {
        let f = find("Ben Tobin, who said the fares were too high, left the meeting early.")
        let c = f.claims.first { $0.text.contains("fares") }
        #expect(c?.text == "the fares were too high")
        #expect(claimant(f, of: c) == "Ben Tobin")
    }

    @Test func objectRelativeWhichNameSaid() {
        let f = find("The council raised the harbour dues, which Tobin said the pilots could not afford.")
        let c = f.claims.first { $0.text.contains("pilots could") }
        #expect(c?.text == "the pilots could not afford")
        #expect(claimant(f, of: c) == "Ben Tobin")
    }

    @Test func objectRelativeWithoutItsSubject() {
        let f = find("The port sold an old ferry that officials said was unsafe to sail in winter.")
        let c = f.claims.first { $0.text.contains("unsafe") }
        #expect(c?.text == "was unsafe to sail in winter")
        #expect(c?.kind == .reported)
        #expect(claimant(f, of: c) == "officials")
    }

    @Test func demonstrativeThatIsTheSubject() {
        let f = find("Asked about the strike, Ilsa Marrow said that was a natural part of the talks.")
        let c = f.claims.first { $0.text.contains("natural part") }
        #expect(c?.text == "that was a natural part of the talks")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test func conditionalClauseWithAConsequence() {
        let f = find("Ilsa Marrow said if elected, she would cut the harbour dues by half.")
        let c = f.claims.first { $0.text.contains("harbour dues") }
        #expect(c?.text == "if elected, she would cut the harbour dues by half")
        #expect(claimant(f, of: c) == "Ilsa Marrow")
    }

    @Test func conditionalWithoutAConsequenceIsNoClaim() {
        let f = find("Ilsa Marrow said if the pier fails the pilots and the ferry crews.")
        #expect(!f.claims.contains { $0.cue == "said" && $0.text.hasPrefix("if") })
    }

    @Test func figureAfterTheCueIsNoParticle() {
        let f = find("The budget office said about half of the repair costs came from the pier.")
        let c = f.claims.first { $0.text.contains("repair costs") }
        #expect(c?.text == "about half of the repair costs came from the pier")
        #expect(c?.kind == .reported)
    }

    @Test func wordsAfterTheCueWithoutAFigureStayAPhrase() {
        // "about" before a noun, not a figure: no clause, so no claim cued by "said" opens with it.
        let f = find("Ilsa Marrow said about the pilots that their pay was far too low for the work.")
        #expect(!f.claims.contains { $0.cue == "said" && $0.text.hasPrefix("about") })
    }

    @Test(arguments: ["think", "believe"])
    func pluralBeliefWithABareClause(verb: String) {
        let f = find("Many pilots \(verb) the new pier will not last another winter.")
        let c = f.claims.first { $0.text.contains("new pier") }
        #expect(c?.text == "the new pier will not last another winter")
        #expect(c?.cue == verb)
        #expect(c?.kind == .reported)
    }

    @Test func findingsVerbWithABareClause() {
        let f = find("Harbour records show the pier was closed twice last year.")
        let c = f.claims.first { $0.text.contains("closed twice") }
        #expect(c?.text == "the pier was closed twice last year")
        #expect(c?.cue == "show")
    }

    @Test func nounCuesInAnInterviewAndAStatementFrom() {
        let f = find(
            """
            In an interview with the Dorrow Gazette, Marrow said the old pier would not survive another winter.

            According to a statement from the Pilots Guild, the strike cost the port four million pounds.
            """)
        let first = f.claims.first { $0.text.contains("old pier") }
        #expect(first?.text == "the old pier would not survive another winter")
        #expect(claimant(f, of: first) == "Ilsa Marrow")
        let second = f.claims.first { $0.text.contains("strike cost") }
        #expect(second?.text == "the strike cost the port four million pounds")
        #expect(second?.cue == "according to")
        #expect(claimant(f, of: second) == "Pilots Guild")
    }
}
