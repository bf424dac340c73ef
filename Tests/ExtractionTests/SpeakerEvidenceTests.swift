import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Who a speaker is: the person a description stands beside, never the organisation, party or
/// role inside the description, and never an organisation or a place for "he" or "she".
/// Sentences of our own.
@Suite struct SpeakerEvidenceTests {
    @Test func descriptionWithAnArticleDescribesTheNameBeforeIt() {
        let text =
            "Cy Moss, a former Ohio Party chairman and candidate, poked at the mayor on Monday, tweeting, \"Notice the mayor sniffing all the time.\""
        #expect(speaker(of: "Notice the mayor", in: text) == "Cy Moss")
        let notes =
            "Pat Oduya, a Tern Party political consultant, notes that the senator \"can win the north with ease\" in the spring."
        #expect(speaker(of: "can win the north", in: notes) == "Pat Oduya")
    }

    @Test func descriptionAfterASentenceAdverbAndAName() {
        let text =
            "Now Mara Quell, the most unusual candidate in years, is promising \"a huge show with fireworks\" for the town."
        #expect(speaker(of: "a huge show", in: text) == "Mara Quell")
    }

    @Test func aClauseBeforeTheDescriptionKeepsItsOwnSubject() {
        // The segment before the description is a clause, not a name: its host is not the speaker.
        let text =
            "The mayor met Tom Moss, a rival from the coast, saying \"we will settle this by the spring at last.\""
        #expect(speaker(of: "we will settle", in: text) != "Tom Moss")
    }

    @Test func partyAndStateBetweenCommasAreNotTheSpeaker() {
        let text =
            "Walking into a closed meeting, Senator Lena Marsh, Republican of Ohio, called over her shoulder, \"His words are not helping.\""
        #expect(speaker(of: "His words", in: text) == "Lena Marsh")
    }

    @Test func heIsNeverAHyphenatedOutlet() {
        let text =
            "The activist spoke to the Tern-Ledger on Monday. \"The politics are just so blatant,\" he said in an interview."
        #expect(speaker(of: "The politics", in: text) != "Tern-Ledger")
    }

    @Test func sheIsNeverInitials() {
        let text = "Crowds gathered in D.C. on Monday. \"We will march again next week,\" she said."
        #expect(speaker(of: "We will march", in: text) != "D.C")
        #expect(speaker(of: "We will march", in: text) != "D.C.")
    }

    @Test func aGivenNameStillMakesAHyphenatedNameAPerson() {
        let text = "Ana Lopez-Ruiz spoke on Monday. Lopez-Ruiz took questions. \"We will march again,\" she said."
        #expect(speaker(of: "We will march", in: text) == "Ana Lopez-Ruiz")
    }

    @Test func aHeadlineVerbEndsTheNameOfATitleCaseRun() {
        // The full name is only in the title-case lead line: the surname takes it.
        let text =
            "Ann Lee Goes After Tom Moss As The New Villain.\n\nThe campaign hopes it works. \"I do not buy that at all,\" Lee said."
        #expect(speaker(of: "I do not buy", in: text) == "Ann Lee")
    }

    @Test func aNameThatIsNotAHeadlineVerbIsKept() {
        let text = "\"We will open the port in June,\" said Ann Goess, the harbour master."
        #expect(speaker(of: "We will open", in: text) == "Ann Goess")
    }

    @Test func aTitleWordThatIsAGivenNameOpensTheName() {
        let text = "\"The plans never reach the troops,\" said Army Capt. Christian Oduya, who spoke on Monday."
        #expect(speaker(of: "The plans never", in: text) == "Christian Oduya")
    }

    @Test func anOrganisationWordAfterANationalityKeepsTheWholeName() {
        let text = "The American Legion has asked the campaign to \"cease and desist\" from using the emblem."
        #expect(speaker(of: "cease and desist", in: text) == "American Legion")
    }

    @Test func aPossessiveDescriptionDescribesTheNameBeforeIt() {
        let text =
            "Tomas Reyes, Ivo's father, issued a statement Thursday, saying the fund \"has no comment on the man who shot Ivo.\""
        #expect(speaker(of: "has no comment", in: text) == "Tomas Reyes")
    }

    @Test func sheIsNeverAnAcronymAfterAPlace() {
        let text =
            "\"We talk a lot,\" said Mara Quell, chair of the Ohio DFER advisory council. \"We do not always agree,\" she said."
        #expect(speaker(of: "We do not always", in: text) == "Mara Quell")
    }

    @Test func theSecondOfTwoRolesUnderOneArticleIsTheirHolder() {
        let text =
            "Party nominee Mara Quell spoke in Dayton on Monday. On Tuesday the former governor and current party nominee said she wanted to speak \"directly to the farmers\" about the plan."
        #expect(speaker(of: "directly to the farmers", in: text) == "Mara Quell")
    }
    @Test func aPopeOrAMonarchIsNamedWithTheTitle() {
        let text =
            "Pope Leo arrived in the port on Monday. \"The poor come first,\" Leo said in a homily to the crowd."
        #expect(speaker(of: "The poor come first", in: text) == "Pope Leo")
        let queen = "\"We will open the bridge,\" Queen Ada told the assembly."
        #expect(speaker(of: "We will open", in: queen) == "Queen Ada")
    }

    @Test func aCompoundDescriptionIsNoPartOfTheName() {
        // "Tony-winner" in a lead line is a description, though its first part is a given name: the
        // surname takes the full name, not "Tony-winner Benwick".
        let text =
            "Liberal Tony-winner Benwick not sure about Moss over Lee.\n\nTony-winning actress Clara Benwick is not sure she can vote.\n\n\"That is a fair worry,\" Benwick, 69, told a radio show."
        #expect(speaker(of: "That is a fair worry", in: text) == "Clara Benwick")
        // A given name with a lower-case second part is a name all the same.
        let given = "\"We will not wait,\" President Lee Dae-hye said on Monday."
        #expect(speaker(of: "We will not wait", in: given) == "Lee Dae-hye")
    }
}
