import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Layouts of attribution beyond the basic ones in AttributionTests.
@Suite struct LayoutTests {
    @Test func multiParagraphQuoteReopensItsMarks() {
        let text = """
            Harbour master Tove Lindqvist described the night. “The wind came first, then the water, and then the lights went out.

            “By morning the pier was gone and half the boats with it,” she said.
            """
        #expect(speaker(of: "The wind came", in: text) == "Tove Lindqvist")
        #expect(speaker(of: "By morning", in: text) == "Tove Lindqvist")
    }

    @Test func headlineQuoteTakesTheSpeakerNamedInTheNextParagraph() {
        let text = """
            Ferry strike ends after nine days

            "We will be back at work on Monday".

            Union leader Maro Pascal announced on Sunday that crews would return after a deal on pay.
            """
        #expect(speaker(of: "We will be back", in: text) == "Maro Pascal")
    }

    @Test func roleResolvesToThePersonTheArticleNamed() {
        let text = """
            Freedonian Prime Minister Ola Brandt met the envoy on Tuesday.

            “We will not sign anything that divides the river,” the Freedonian PM said.
            """
        #expect(speaker(of: "We will not sign", in: text) == "Ola Brandt")
    }

    @Test func groupsAndAnonymousSourcesAreTypedAsSuch() {
        let text = """
            “The square belongs to all of us and we are staying,” protesters chanted outside the hall.

            “The minister has already decided to resign before the vote,” a senior ministry official said.
            """
        let r = Pipeline().extract(text: text)
        let kinds = r.quotes.map { $0.speaker.map { r.speakers[$0].kind } }
        #expect(kinds == [.group, .unknown])
    }

    @Test func speakerIsNullWhenTheTextDoesNotSay() {
        let text = "Crowds gathered at the gate. “We are the people of the valley and we will not move,” read a banner."
        #expect(speaker(of: "We are the people", in: text) == .some(nil))
    }

    @Test func quotedAsTellingMakesTheQuotedPersonTheSpeaker() {
        let text = """
            “We reject any action taken without our consent on our own soil,” the spokesman quoted Premier Lio Varga as telling the ambassador.
            """
        #expect(speaker(of: "We reject", in: text) == "Lio Varga")
    }

    @Test func partialQuoteKeepsItsSpeakerInsideReportedSpeech() {
        let text = """
            Mayor Ana Pell spoke to the council on Friday, calling the budget “a disgrace to everyone in this city,” the local radio said.
            """
        #expect(speaker(of: "a disgrace", in: text) == "Ana Pell")
    }

    @Test func paraphrasedCuesAreReportingCues() {
        let cases: [(String, String)] = [
            ("“The bridge will reopen in May,” Edda Morn informed reporters at the depot.", "Edda Morn"),
            ("Senator Kip Rowe insisted that “nothing has changed at all in our plan.”", "Kip Rowe"),
            ("“Your ships are slower than our oldest barges,” Captain Iso Varn taunted the rival crew.", "Iso Varn"),
            ("“The vote is rigged and everyone in town knows it,” Dell Ashby tweeted on Sunday.", "Dell Ashby"),
            ("The dam is safe, “for at least another fifty years,” according to engineer Pia Holm.", "Pia Holm"),
            (
                "“We regret the delay and apologise to every passenger,” Northline Railways said in a statement.",
                "Northline Railways"
            ),
        ]
        for (text, who) in cases {
            let r = Pipeline().extract(text: text)
            #expect(r.quotes.first?.speaker.map { r.speakers[$0].name } == who, "\(text)")
        }
    }

    @Test func heOrSheSkipsAPersonOfTheOtherGender() {
        let text = """
            Mr. Tomas Reyes chaired the meeting. Later Ms. Ilse Varga took the floor.

            “The accounts simply do not add up this year,” he said.
            """
        #expect(speaker(of: "The accounts", in: text) == "Tomas Reyes")
    }

    @Test func reportingSentenceBeforeAQuoteParagraphNamesItsSpeaker() {
        let text = """
            Coach Rina Alder continued her criticism of the league on Friday.

            “Nobody here has looked at the schedule since the winter, and it shows in every game we play.”
            """
        #expect(speaker(of: "Nobody here", in: text) == "Rina Alder")
    }

    @Test func unlistedVerbsAfterAPronounOrAfterACoordinatedClause() {
        let text = """
            Her neighbour, Oskar Lind, 52, worried about the vote. "People are afraid of wasting their votes," he surmised.

            When I asked Mayor Ada Brun about it, she looked at the camera, smiled and said, "We will win this one easily!"
            """
        #expect(speaker(of: "People are afraid", in: text) == "Oskar Lind")
        #expect(speaker(of: "We will win", in: text) == "Ada Brun")
    }

    @Test func anUnnamedInstitutionIsAnOrganisation() {
        let text = "In a statement, the company said:\n\n“We are cooperating fully with the harbour inspectors.”"
        let r = Pipeline().extract(text: text)
        let s = r.quotes.first?.speaker.map { r.speakers[$0] }
        #expect(s?.name == "the company")
        #expect(s?.kind == .organisation)
    }

    @Test func partyStateAndAgeAsidesAreSkipped() {
        let text =
            "“The votes are there for the override,” Senate leader Wes Orlan, R-Ky., said. “We will see on Monday,” Tilda Marsh, 67, said."
        #expect(speaker(of: "The votes", in: text) == "Wes Orlan")
        #expect(speaker(of: "We will see", in: text) == "Tilda Marsh")
    }

    @Test func nestedSingleQuotesStayInsideTheirQuote() {
        let q = quotesOf("“When he told me ‘we are done here’, I walked out of the room,” said Kim Saro.")
        #expect(q.map(\.text) == ["When he told me ‘we are done here’, I walked out of the room,"])
        #expect(q.first?.speaker == "Kim Saro")
    }

    @Test func eachQuoteHasAConfidenceThatFallsWithWeakerEvidence() {
        let text = """
            “The harvest is late but it will be large this year,” said farmer Jon Elk.

            “Nobody expected the rain to stop so early in the season.”
            """
        let r = Pipeline().extract(text: text)
        #expect(r.quotes.count == 2)
        #expect(r.quotes[0].confidence > r.quotes[1].confidence)
        #expect(r.quotes.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
    }
}
