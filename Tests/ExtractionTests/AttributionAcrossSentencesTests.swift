import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Who is speaking, carried across sentences: possessive owners, gender, attributions outside
/// quote marks, relative clauses and interview turns. Sentences of our own.
@Suite struct AttributionAcrossSentencesTests {
    @Test func possessiveOwnerOpeningASentenceIsTheAntecedent() {
        let text =
            "\"The rail line is two years late,\" said Councillor Pell. Ms. Ada Moss's chief of staff released the figures on Tuesday. \"We have nothing to hide from anyone,\" she said."
        #expect(speaker(of: "We have nothing", in: text) == "Ada Moss")
    }

    @Test func sheNeverGoesToAMan() {
        let text =
            "\"The bridge will open in May,\" said Director Tom Osei. Reporters later spoke with Ms. Ada Brill at the site. \"Nobody has told us anything about the delays,\" she said."
        #expect(speaker(of: "Nobody has told", in: text) == "Ada Brill")
    }

    @Test func sheKeepsTheLastSpeakerWhenNoWomanIsNamed() {
        let text =
            "\"The bridge will open in May,\" said Director Taro Osei. Reporters later visited the site. \"Nobody has told us anything about the delays,\" she said."
        #expect(speaker(of: "Nobody has told", in: text) == "Taro Osei")
    }

    @Test func attributionOutsideQuoteMarksSetsTheSpeaker() {
        let text =
            "\"Budgets are tight this year,\" said Mayor Tom Reyes. The levy is unlikely to pass, adds economist Sam Ito. \"Voters have had enough of new taxes,\" he said."
        #expect(speaker(of: "Voters have had", in: text) == "Sam Ito")
    }

    @Test func oneWordNameBeforeARelativeClauseIsAnAntecedent() {
        let text =
            "Ms. Ada Brill gave the first speech of the evening. Okonkwo, who was honoured later that night, spoke about her childhood. \"I never expected any of this to happen,\" she said."
        #expect(speaker(of: "I never expected", in: text) == "Okonkwo")
    }

    @Test func oneWordNameBeforeACommaAdverbIsAnAntecedent() {
        let text =
            "Ms. Ada Brill opened the evening with a short speech. Okonkwo, however, was delighted with the result. \"This was the finest night of my whole career,\" she said."
        #expect(speaker(of: "This was the finest", in: text) == "Okonkwo")
    }

    @Test func articleOpensAnAppositiveWithARole() {
        let text =
            "Tom Reyes, a history professor at Dell College who once advised the council, called the vote \"a turning point for the whole valley.\""
        #expect(speaker(of: "a turning point", in: text) == "Tom Reyes")
    }

    @Test func nameBeforeAnAppositiveWithCommasOfItsOwn() {
        let text =
            "The plan passed on Monday. \"The new rules will not fix everything, but they help,\" Ann Richards, assistant secretary for parks, lakes and rivers, said on the same call."
        #expect(speaker(of: "The new rules", in: text) == "Ann Richards")
        let aged =
            "The plan passed on Monday. \"The new rules will not fix everything, but they help,\" Cy Ito, 67, a retired nurse in Dover, Del., said in an interview."
        #expect(speaker(of: "The new rules", in: aged) == "Cy Ito")
    }

    @Test func nounLikeVerbAfterAQuotationEndsTheSentence() {
        let text =
            "The count ran late into the night. \"Nobody expected the result to be anywhere near this close,\" Okafor notes."
        #expect(speaker(of: "Nobody expected", in: text) == "Okafor")
        let plural = "The council released two notes. Both were short."
        #expect(quotesOf(plural).isEmpty)
    }

    @Test func showTitleAfterAPossessiveIsNotAQuote() {
        let text =
            "\"We will win the county by a mile,\" Ada Pell said on Channel Nine's \"Morning Round Table.\" She did not take questions."
        let quotes = quotesOf(text)
        #expect(quotes.map(\.text) == ["We will win the county by a mile,"])
        let sentence = "Ada Pell told the crowd, \"We Will Not Back Down.\""
        #expect(quotesOf(sentence).map(\.text) == ["We Will Not Back Down."])
    }

    @Test func titleAfterAWorkNounIsNotAQuote() {
        let text =
            "\"Being a parent is my real job,\" Tom Quell said last spring on the podcast \"Small Hours.\" He also wrote a memoir, \"A Long Road Home.\""
        #expect(quotesOf(text).map(\.text) == ["Being a parent is my real job,"])
        let interview = "\"We are ready,\" Ada Pell said in an interview with \"Morning Hour Today.\""
        #expect(quotesOf(interview).map(\.text) == ["We are ready,"])
        // Without a work noun before it, a title-case sentence is still somebody's words.
        let sentence = "Ada Pell told the crowd, \"We Will Not Back Down.\""
        #expect(quotesOf(sentence).map(\.text) == ["We Will Not Back Down."])
    }

    @Test func interviewTurnNamesItsSpeaker() {
        let text =
            "Governor Ada Pell joined the host on the morning show.\n\n\"PELL: We will carry this state by a wide margin in November.\""
        #expect(speaker(of: "PELL: We will", in: text) == "Ada Pell")
    }

    @Test func questionLabelNamesNobody() {
        let d = Document(text: "Q: Will the bridge open soon, Governor Pell?")
        #expect(Attribution.transcriptLabel(TextSpan(start: 0, end: 44), d) == nil)
        let named = Document(text: "PELL: It will open in May.")
        #expect(Attribution.transcriptLabel(TextSpan(start: 0, end: 26), named) == 0)
    }

    @Test func turnWithAnotherLabelDoesNotContinueTheSpeaker() {
        let text =
            "Governor Ada Pell joined the host on the morning show.\n\n\"PELL: We will carry this state by a wide margin in November.\"\n\n\"HOST: Do you really expect to win the northern counties?\""
        #expect(speaker(of: "HOST: Do you", in: text) == .some(nil))
    }

    @Test func givenNamesTheListsLackKeepTwoPeopleWithOneSurnameApart() {
        let text =
            "Nadia Orsk spoke at the rally last week beside her husband. \"People stare at us on the street,\" Tarek Orsk, 66, said on the radio."
        #expect(speaker(of: "People stare", in: text) == "Tarek Orsk")
    }

    @Test func aDescriptionBeforeASurnameStillWidensToTheFullName() {
        let text =
            "Vance Adeyemi gave the most money this year, and every donor he knows followed him. \"I give to win,\" Donor Adeyemi said."
        #expect(speaker(of: "I give to win", in: text) == "Vance Adeyemi")
    }

    @Test func aTownBeforeItsStateIsNoAntecedent() {
        let text =
            "After his rally in Fort Melville, Oregon the candidate went further. \"They burned the bridge and laughed,\" he wrote on Monday."
        #expect(speaker(of: "They burned", in: text) != "Fort Melville")
    }

    @Test func aStateAfterATownIsNotTheSpeakerBeforeARelativeClause() {
        let text =
            "\"Both parties worry me,\" Omar Vell, 41, of Dayton, N.C., who took part in the survey, said in a later interview. \"We need leaders who listen.\""
        #expect(speaker(of: "Both parties", in: text) == "Omar Vell")
        #expect(speaker(of: "We need leaders", in: text) == "Omar Vell")
    }

    @Test func theSubjectOfAWhenClauseDoesNotTakeTheMainSubjectsPronoun() {
        let text =
            "\"We will hold the House,\" said Speaker Colin Marsh. Marsh also did not sound sure when Dana Pike asked him about the Senate. \"It is going to be a hard year for everyone,\" he said."
        #expect(speaker(of: "It is going to be", in: text) == "Colin Marsh")
    }

    @Test func aNameAfterAFrontedPhraseAndBeforeItsVerbIsTheSubject() {
        let text =
            "\"We must close the border,\" Senator Ivo Lark declared on Sunday. The day before, at a rally in Tullhaven, Mr. Omar Brisk was just as blunt. \"You would have to be out of your mind,\" he said."
        let name = speaker(of: "You would have to be", in: text)
        #expect(name == "Omar Brisk" || name == "Mr. Omar Brisk")
    }

    @Test func theSubjectOfAWithSmallClauseIsAnAntecedent() {
        let text =
            "The gap would grow, said economist Lily Barker. It has become a major issue, with Hilda Moss \u{2014} who has called for higher taxes \u{2014} attacking the plan. \"The plan is the same old trickle-down idea again,\" she said in the debate."
        #expect(speaker(of: "The plan is the same", in: text) == "Hilda Moss")
    }

    @Test func aNounForAManBeforeANameTellsHisGender() {
        let text =
            "Ms. Ada Brill opened the clinic on Monday and thanked her colleague Dr. Ivo Tamsin and his late son Remy Tamsin, who founded it. \"I owe this place to the people who built it,\" she said."
        #expect(speaker(of: "I owe this place", in: text) == "Ada Brill")
    }

    @Test func aCapitalisedWordOpeningTheSentenceIsNoMainSubject() {
        let text =
            "Crowds nearly fell off their seats after Zara Okafor announced the change. \"Nobody should be surprised by what my husband did,\" she wrote."
        #expect(speaker(of: "Nobody should be", in: text) == "Zara Okafor")
    }

    @Test func aOneWordSurnameBeforeAModalIsAnAntecedent() {
        let text =
            "Senator Colin Marsh and Governor Tom Reyes met on Monday. Reyes said the talks went well. Marsh may represent the richest county in the state, but he owns little. \"I am the catcher because nobody else wanted the job,\" he said."
        #expect(speaker(of: "I am the catcher", in: text) == "Colin Marsh")
    }

    @Test func aPersonARelativeClauseSaysSpokeIsAnAntecedent() {
        let text =
            "\"The files were never secret,\" said Ms. Ada Brill. Her account was backed on Friday by Senator Nora Vale of Ohio, the ranking member of the panel, who said none of the files began with Brill. \"It has never made sense to me that anyone is blamed for this,\" she said."
        #expect(speaker(of: "It has never made sense", in: text) == "Nora Vale")
    }

    @Test func aNameAfterAPrepositionIsNotTheAntecedent() {
        let text =
            "\"It was a dull night for both of them,\" said Ann Lee. Dan Moss at the Weekly Harbor Review agreed with her.\n\n\"If the aim was to make the governor defend the plan, he did it with flying colors,\" he wrote."
        #expect(speaker(of: "If the aim was", in: text) == "Dan Moss")
    }

    @Test func aSurnameWithAPersonAppositiveIsTheAntecedent() {
        let text =
            "\"They would spend it on band uniforms,\" Grayson said.\n\nOkafor, a Dover Democrat who has the backing of both unions, has made school money her first goal.\n\n\"It will be a priority to fully fund public schools and pay teachers what they deserve,\" she said."
        #expect(speaker(of: "It will be a priority", in: text) == "Okafor")
        // Without a description that makes it a person, the one-word name is not taken.
        let place =
            "\"They would spend it on band uniforms,\" Grayson said.\n\nDover, a town of mills and docks, has made school money its first goal.\n\n\"It will be a priority to fully fund public schools and pay teachers what they deserve,\" he said."
        #expect(speaker(of: "It will be a priority", in: place) == "Grayson")
    }
}
