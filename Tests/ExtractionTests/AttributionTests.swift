import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct AttributionTests {
    @Test func trailingNameThenVerb() {
        #expect(
            speaker(of: "We are ready", in: "“We are ready for the storm,” Priya Natarajan said.") == "Priya Natarajan")
    }

    @Test func invertedVerbThenName() {
        #expect(speaker(of: "Nobody", in: "“Nobody knew where to go next,” said Lee Okonjo.") == "Lee Okonjo")
    }

    @Test func leadingSpeakerWithColon() {
        #expect(
            speaker(of: "We need", in: "Dr Hugo Hill, a surgeon, said: “We need more beds by December.”") == "Hugo Hill"
        )  // titles become roles (SpeakerEnricher.tidy)
    }

    @Test func appositiveBetweenNameAndVerb() {
        let text =
            "“All options are open to us now,” Karim Faraj, a commander of one of the brigades, told the Chronicle."
        #expect(speaker(of: "All options", in: text) == "Karim Faraj")
    }

    @Test func pronounResolvesToThePreviousSpeaker() {
        let text = "Wendell Pryce, the chairman, spoke first.\n\n“It was a long night for the whole town,” he said."
        #expect(speaker(of: "It was", in: text) == "Wendell Pryce")
    }

    @Test func surnameResolvesToTheFullName() {
        let text = "Renata Volkov runs the port authority.\n\n“Traffic has doubled since June,” Volkov said."
        #expect(speaker(of: "Traffic", in: text) == "Renata Volkov")
    }

    @Test func continuationParagraphKeepsTheSpeaker() {
        let text = "“It was chaos in the square,” said Mira Lund.\n\n“Nobody knew where to go or whom to ask.”"
        #expect(speaker(of: "Nobody", in: text) == "Mira Lund")
    }

    @Test func colonLeadInNamesTheSpeakerOfTheNextParagraph() {
        let text =
            "Governor Alma Reyes faced the crowd. She warned, according to the Ledger:\n“The levee will not hold another week of rain.”"
        #expect(speaker(of: "The levee", in: text) == "Alma Reyes")
    }

    @Test func interruptedQuoteHasOneSpeaker() {
        let text = "“We are ready,” Patel Osei said, “but we need much more time to finish.”"
        #expect(speaker(of: "We are ready", in: text) == "Patel Osei")
        #expect(speaker(of: "but we need", in: text) == "Patel Osei")
    }

    @Test func dashAttribution() {
        let text = "“The depth of her experience will be an asset for the agency.” — Commissioner Nora Quist"
        #expect(speaker(of: "The depth", in: text) == "Nora Quist")
    }

    @Test func organisationSpeakerIsTypedAsSuch() {
        let text = "“We condemn this attack on our territory,” Freedonia’s Foreign Ministry said in a statement."
        let r = Pipeline().extract(text: text)
        let s = r.quotes.first?.speaker.map { r.speakers[$0] }
        #expect(s?.name == "Freedonia’s Foreign Ministry")
        #expect(s?.kind == .organisation)
    }

    @Test func toldMakesTheSubjectTheSpeakerNotTheAudience() {
        let text = "“The deal is dead and buried now,” Senator Ruth Kamara told the Herald."
        #expect(speaker(of: "The deal", in: text) == "Ruth Kamara")
    }

    @Test func scareQuotesAreDropped() {
        let q = quotesOf("The so-called “reforms” were shelved after the “maximum effort” campaign failed.")
        #expect(q.isEmpty)
    }

    @Test func repeatedQuoteIsKeptOnce() {
        let text =
            "“America must leave our harbour now,” spokesman Ivo Brandt said.“America must leave our harbour now,” spokesman Ivo Brandt said."
        let q = quotesOf(text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Ivo Brandt")
    }

    @Test func aPartyAndStateAppositiveIsNotTheSpeaker() {
        let text = "“The bill is dead for this session,” Cal Dorsey, Republican of Ohio, said on Tuesday."
        #expect(speaker(of: "The bill is dead", in: text) == "Cal Dorsey")
    }

    @Test func aPossessiveRoleAppositiveIsNotTheSpeaker() {
        let text = "“It was a long day for all of us,” Nina Voss, Governor Hale's chief of staff, said."
        #expect(speaker(of: "It was a long day", in: text) == "Nina Voss")
    }

    @Test func aPlaceBeforeTheVerbBelongsToTheSentenceSubject() {
        let text = "Rudy Marsh, who farms outside Dayton, Ohio, said: “The river is higher than anyone has seen.”"
        #expect(speaker(of: "The river is higher", in: text) == "Rudy Marsh")
    }

    @Test func anAttributionRightAfterAQuoteOutranksAVerbBeforeIt() {
        let text = "Tomas Pell cannot say that “the dam is safe from here to the sea,” Ivo Brandt added."
        #expect(speaker(of: "the dam is safe", in: text) == "Ivo Brandt")
        let asked = "The council says the site is safe — “why would anyone build a school there?” asked Lena Ostrova."
        #expect(speaker(of: "why would anyone", in: asked) == "Lena Ostrova")
    }

    @Test func putItIsAReportingCue() {
        let text =
            "The hearing ran late.\n\nOr, as Oda Brenner, a former harbour master, put it: "
            + "“The tide does not wait for a committee.”"
        #expect(speaker(of: "The tide does not wait", in: text) == "Oda Brenner")
    }

    @Test func anInvertedSpeakerKeepsTheNameBeforeItsModifierOrAfterItsDescription() {
        let modifier = "“We came to win this thing,” said Ravi Mensah of the Ohio delegation."
        #expect(speaker(of: "We came to win", in: modifier) == "Ravi Mensah")
        let described = "“The water came up in an hour,” said another shop owner, Greta Lund."
        #expect(speaker(of: "The water came up", in: described) == "Greta Lund")
    }

    @Test func aBareRoleAppositiveIsNotTheSpeaker() {
        let text =
            "Ivo Marsh, president of the Harbour Workers Union, which represents the dockers, said "
            + "“we will stay out for as long as it takes.”"
        #expect(speaker(of: "we will stay out", in: text) == "Ivo Marsh")
    }

    @Test func aNameAfterAFrontedPhraseHostsItsAppositives() {
        let text =
            "Just last week, Odile Brack, editor at large of The Harbour Ledger, a weekly paper in the valley, wrote, "
            + "“We should think of the long campaign rather than the quick raid.”"
        #expect(speaker(of: "We should think", in: text) == "Odile Brack")
        let dated =
            "On Monday, Odile Brack, editor at large of The Harbour Ledger, a weekly paper in the valley, wrote, "
            + "“We should think of the long campaign rather than the quick raid.”"
        #expect(speaker(of: "We should think", in: dated) == "Odile Brack")
    }

    @Test func anArticleOpensASecondAppositiveAfterTheRole() {
        let text =
            "Marek Olsen, an education professor at Tulane who previously worked for Sen. Ivo Brandt (R-Ohio), one of "
            + "the bill's Republican sponsors, called it “a quiet revolution in the county.”"
        #expect(speaker(of: "a quiet revolution", in: text) == "Marek Olsen")
    }

    @Test func anAbbreviatedTitleGivesTheRoleADescriptionResolvesTo() {
        let text =
            "Sen. Ada Pell toured the dam on Monday with Owen Tate.\n\n"
            + "The senator said the dam was “in far worse shape than anyone was told.”"
        #expect(speaker(of: "in far worse shape", in: text) == "Ada Pell")
    }

    @Test func aThingReportedOnIsNotTheSpeakerWhenAPersonReportsIt() {
        let text =
            "Ada Pell spoke to the council on Monday.\n\n"
            + "She says it underscores that the board is “unfit to run a village fete.”"
        #expect(speaker(of: "unfit to run", in: text) == "Ada Pell")
    }

    @Test func aNameInsideAQuotationIsNotWhatALaterPronounMeans() {
        let text =
            "“The plan failed,” said Mara Lind.\n\n"
            + "“Greta Holm says the plan will pass. It will not,” she said.\n\n"
            + "She added that the vote was close, because “in the end, people vote for someone.”"
        #expect(speaker(of: "in the end", in: text) == "Mara Lind")
    }

    @Test func aNounBeforeAColonIsNotAVerbTheSubjectSpeaks() {
        let text =
            "The race tightened.\n\nWith his allies worried, Senator Ada Pell is rolling out a new and more "
            + "personal campaign message: “It is about me and my record.”"
        #expect(speaker(of: "It is about me", in: text) == "Ada Pell")
    }

    @Test func aPartyLabelAfterTheNameIsNotTheSubjectOfAParticiple() {
        let text =
            "The vote is set for Friday.\n\nRepresentative Ada Pell, D-Ohio, despite admitting that she had "
            + "doubts about “lawyers trying to get rich from this,” backed the bill."
        #expect(speaker(of: "lawyers trying", in: text) == "Ada Pell")
    }
}
