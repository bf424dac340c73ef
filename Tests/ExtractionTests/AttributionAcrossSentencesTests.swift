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
}
