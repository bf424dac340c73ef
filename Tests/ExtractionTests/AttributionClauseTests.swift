import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// The speaker is the subject of the speech verb that governs the quote, read from the clause:
/// participles and small clauses name their own subject; embedded clauses and prepositional
/// objects never do. Sentences of our own.
@Suite struct AttributionClauseTests {
    @Test func withSmallClauseNamesItsOwnSubject() {
        let text =
            "The council voted the plan down on Monday, with spokesman Ann Lee saying \"the vote was rushed and nobody read it.\""
        #expect(speaker(of: "the vote was rushed", in: text) == "Ann Lee")
    }

    @Test func theSubjectOfAReportedClauseRightBeforeTheQuoteIsNotTheSpeaker() {
        // The quotation goes on from the reported clause's subject: the words are the reporter's.
        let text =
            "In an interview, Tom Quell, a former sales chief, said Moss \"was closely involved in every one of those talks\" last year."
        #expect(speaker(of: "was closely involved", in: text) == "Tom Quell")
        // An inverted speaker after the comma still speaks when a comma sets the quotation off.
        let inverted = "The vote was close. But, said Ada Pell, \"we will try again in the spring.\""
        #expect(speaker(of: "we will try again", in: inverted) == "Ada Pell")
    }

    @Test func hasSmallClauseNamesItsOwnSubject() {
        let text = "The new advertisement has Cy Ito saying \"our port will be the busiest on the coast by spring.\""
        #expect(speaker(of: "our port", in: text) == "Cy Ito")
    }

    @Test func forSubjectOfAnInfinitive() {
        let text =
            "The mayor defended the budget for weeks, only for Cy Ito to tweet that \"the numbers never added up at all.\""
        #expect(speaker(of: "the numbers", in: text) == "Cy Ito")
    }

    @Test func infinitiveTakesTheSubjectOfItsClause() {
        let text =
            "During the hearing Tom Moss was prompted to say, \"I cannot believe how calm the room has been today.\""
        #expect(speaker(of: "I cannot believe", in: text) == "Tom Moss")
    }

    @Test func embeddedClauseSubjectIsNotTheSpeaker() {
        let text =
            "Tom Moss tried to argue that Ann Lee's complaint \"was never filed with the proper office in time.\""
        #expect(speaker(of: "was never filed", in: text) == "Tom Moss")
        let reported = "Tom Moss said Ann Lee has \"no standing whatsoever in this matter at all.\""
        #expect(speaker(of: "no standing", in: reported) == "Tom Moss")
    }

    @Test func prepositionalObjectIsNotTheSpeaker() {
        let text = "Tom Moss advised members to \"stay away from the press for now\" regarding Ann Lee."
        #expect(speaker(of: "stay away", in: text) == "Tom Moss")
    }

    @Test func participleAfterAnAppositiveTakesTheMainSubject() {
        let text =
            "Senator Rosa Dunn visited the studio to discuss her rival, Tom Moss, saying \"he has never once visited the valley.\""
        #expect(speaker(of: "he has never", in: text) == "Rosa Dunn")
    }

    @Test func asPersonPutsItWithARole() {
        let text =
            "As Ann Lee, associate professor at Dell University, puts it, \"nobody trusts the official figures any more.\""
        #expect(speaker(of: "nobody trusts", in: text) == "Ann Lee")
    }

    @Test func personBeforeTheOutletOfALabel() {
        let text = "Ann Lee, Twitter: \"We will keep fighting for the park until the very end.\""
        #expect(speaker(of: "We will keep", in: text) == "Ann Lee")
    }
}

/// Who is speaking, carried across sentences.
@Suite struct AttributionDiscourseTests {
    @Test func pronounTakesThePreviousSentenceSubjectNotItsOwnObject() {
        let text = """
            Rosa Dunn met the dock workers on Friday.

            She addressed Tom Moss in a letter to the board, saying "the harbour cannot wait another year."
            """
        #expect(speaker(of: "the harbour", in: text) == "Rosa Dunn")
    }

    @Test func oneWordSurnameIsAnAntecedentOfHe() {
        let text = """
            "We will win the county by a wide margin," said Tom Moss.

            Ito defied the question and made no prediction. "Either team could take it in the end," he said.
            """
        #expect(speaker(of: "Either team", in: text) == "Ito")
    }

    @Test func attributionOutsideQuoteMarksSetsTheSpeaker() {
        let text = """
            Sara Quill met the voters in Dayton on Friday.

            "The factories are coming back to this town," adds psychologist Ann Lee.

            "People here want work, not speeches," she said.
            """
        #expect(speaker(of: "People here", in: text) == "Ann Lee")
    }

    @Test func sheDoesNotGoToAMan() {
        let text = """
            "The plan is sound," said Tom Moss.

            Ann Lee was not convinced. "We never saw the final draft of the bill," she said.
            """
        #expect(speaker(of: "We never saw", in: text) == "Ann Lee")
    }

    @Test func nameInsideAnAppositiveIsNotTheAntecedent() {
        let text = """
            Greg Dunn, chief executive of Vell Jet Services, a charter broker, said the fleet was old. \
            "Buying one of those jets is like buying a used car," he said.
            """
        #expect(speaker(of: "Buying one", in: text) == "Greg Dunn")
    }

    @Test func oneWordCommonNounIsNoAntecedent() {
        let text = """
            "We will win the county," said Tom Moss.

            Critics doubted the figures. "Nobody believes those numbers at all," he said.
            """
        #expect(speaker(of: "Nobody believes", in: text) == "Tom Moss")
    }

    @Test func titleCaseLeadLineAttributesTheQuotesThatFollow() {
        let text = """
            The volunteers finished the shelter on Sunday.

            Ann Lee Thanked Moss For Her Help

            "I could not have done this without her support and her patience."

            "She stayed late every night for months to get it done."
            """
        #expect(speaker(of: "I could not", in: text) == "Ann Lee")
        #expect(speaker(of: "She stayed late", in: text) == "Ann Lee")
    }
}

/// One- and two-word quotations: kept when a cue gives them to someone, as partial quotes.
@Suite struct ShortQuoteTests {
    @Test func shortQuoteWithATrailingCue() {
        let r = Pipeline().extract(text: "\"We lost,\" said Cy Ito. The count ended after midnight.")
        let q = r.quotes.first { $0.text.hasPrefix("We lost") }
        #expect(q?.speaker.map { r.speakers[$0].name } == "Cy Ito")
        #expect(q?.kind == .partial)
        #expect((q?.confidence ?? 1) < 0.9)
    }

    @Test func oneWordQuoteGovernedByAVerb() {
        let r = Pipeline().extract(text: "Tom Moss called the plan \"reckless\" on Tuesday.")
        let q = r.quotes.first { $0.text.hasPrefix("reckless") }
        #expect(q?.speaker.map { r.speakers[$0].name } == "Tom Moss")
        #expect(q?.kind == .partial)
    }

    @Test func unattributedScareQuotesStayOut() {
        let r = Pipeline().extract(text: "The \"reform\" was short-sighted and the town paid for it.")
        #expect(r.quotes.isEmpty)
    }

    @Test func aParticipleJoinedByAndSharesTheSmallClauseSubject() {
        let text =
            "Members were quick to respond, with Senator Ivo Lark tweeting that the vote was a disaster and asking, \"How can anyone trust this council again?\""
        #expect(speaker(of: "How can anyone", in: text) == "Ivo Lark")
    }

    @Test func theAgentOfAPassiveReportingVerbSpeaks() {
        let text =
            "Senator Ada Pell was asked by host Omar Brisk, who backs her rival, \"Why did you vote against the dam in the first place?\""
        #expect(speaker(of: "Why did you vote", in: text) == "Omar Brisk")
        let active = "Senator Ada Pell asked host Omar Brisk, \"Why did you invite my rival onto the show first?\""
        #expect(speaker(of: "Why did you invite", in: active) == "Ada Pell")
    }

    @Test func theOwnerOfADocumentBeforeAColonSpeaks() {
        let text =
            "Former governor Tom Reyes endorsed Lark on Wednesday. From Reyes's Facebook post: \"For the sake of the state, we must move past the anger of this campaign.\""
        #expect(speaker(of: "For the sake", in: text) == "Tom Reyes")
    }

    @Test func aParticipleRightBeforeTheQuoteOutranksTheVerbAfterIt() {
        let text =
            "Mr. Omar Brisk, citing \"the odd charm of the brand,\" said the candidate could win three northern states."
        let name = speaker(of: "the odd charm", in: text)
        #expect(name == "Omar Brisk" || name == "Mr. Omar Brisk")
    }

    @Test func aPersonNamedRightBeforeAColonIntroducesTheWords() {
        let text =
            "The size of the swing does not surprise the veteran pollster Dara Shaw: \"Lesser-known candidates usually gain the most after early wins.\""
        #expect(speaker(of: "Lesser-known", in: text) == "Dara Shaw")
    }

    @Test func aPastTenseVerbTheListsLackBeforeACommaNamesItsSubject() {
        let text = "The host laughed at the answer. A startled Pell quipped, \"It sounds like a lawyer with the worst client ever.\""
        #expect(speaker(of: "It sounds like", in: text) == "Pell")
    }

    @Test func anAppositiveWithAnOrganisationIsNotTheParticiplesSubject() {
        let text =
            "Lee, a former Harbor Party chairman and a doctor, mocked the senator, tweeting, \"Look at him sweating all the time.\""
        #expect(speaker(of: "Look at him", in: text) == "Lee")
    }

    @Test func aPossessiveAppositiveIsNotTheParticiplesSubject() {
        let text =
            "Attorney General Roy Moss (D), Lee's opponent in the race for governor, called Friday for a vote, saying that a vote \"clears the air and helps everyone.\""
        #expect(speaker(of: "clears the air", in: text) == "Roy Moss")
    }

    @Test func aShortQuotedTitleInsideTheAsideKeepsTheName() {
        let text =
            "As Ann Lee, professor of law at Dover and author of \"The Quiet Court,\" put it, \"Nobody should expect a quick vote on this bill.\""
        #expect(speaker(of: "Nobody should", in: text) == "Ann Lee")
        let pins =
            "\"We have had better weeks than this one by a long way,\" delegate Tom Lee, wearing a big hat and \"Vote Moss\" pins, said as the band played."
        #expect(speaker(of: "We have had", in: pins) == "Tom Lee")
    }

    @Test func anInvertedDescriptionThenTheNameWithItsFirm() {
        let text =
            "\"Nobody should expect a quick vote on this bill,\" said another leading court lawyer, Ann Lee of the firm Dow Hart."
        #expect(speaker(of: "Nobody should", in: text) == "Ann Lee")
    }

    @Test func aQuotedTitleAfterTheAppositivesCommaStillLeavesTheName() {
        let text =
            "Tom Lee, a contestant on the show, \"The Big Deal,\" who later worked for Moss, said his boss was \"always kind and generous to everyone.\""
        #expect(speaker(of: "always kind", in: text) == "Tom Lee")
    }

    @Test func aQuotedFragmentInsideTheClauseIsNoTitleToStepOver() {
        let text =
            "It is unclear whether voters will like a mayor who has called for \"a lot more than that\" at the docks, has said of the unions that \"you have to break them first\" and who smiles."
        #expect(speaker(of: "you have to break", in: text) != "It is unclear whether voters")
    }

    @Test func aHeadlineRunBeforeADashIsNoName() {
        let text =
            "THE COUNCIL LOOKED INTO IT — Moss's advice drew the council's attention, where she was asked about saying that the pill was a \"cure for every single problem we have.\""
        #expect(speaker(of: "cure for every", in: text) != "THE COUNCIL LOOKED INTO IT")
    }
}
