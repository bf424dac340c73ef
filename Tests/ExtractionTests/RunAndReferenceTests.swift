import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Quote runs over several paragraphs and speakers the article refers back to by description.
@Suite struct RunAndReferenceTests {
    @Test func quoteRunWhoseAttributionComesAfterItsLastParagraph() {
        let text = """
            "Salt roads are closing": a ferryman on forty winters at Brekka

            Odd Tallaksen, a ferryman, has crossed the sound at Brekka every winter since 1985.

            Asked about the worst crossing, Tallaksen smiled.

            “It was the February the ice came in sideways. The engine stopped twice, and the radio was full of people asking whether we were alive, which we were not sure of ourselves.

            “We tied the passengers to the benches with mooring rope and sang to keep the children calm. Nobody on that boat has ever let me forget the singing.

            “After that winter I bought a second engine. It cost me a year of fares.”

            He said the new ferry would arrive in spring.
            """
        #expect(speaker(of: "It was the February", in: text) == "Odd Tallaksen")
        #expect(speaker(of: "We tied the passengers", in: text) == "Odd Tallaksen")
        #expect(speaker(of: "After that winter", in: text) == "Odd Tallaksen")
    }

    @Test func middleInitialStaysInsideTheName() {
        let text = """
            Admiral Joan R. Petrakis inspected the fleet on Monday.

            “The harbour is ready for winter,” Joan R. Petrakis said.
            """
        #expect(speaker(of: "The harbour is ready", in: text) == "Joan R. Petrakis")
    }

    @Test func sentenceInitialAdverbIsNotPartOfAName() {
        let text = """
            The poet Ilse Varga read to a full hall in Brennet on Friday.

            “Tonight Brennet listened to its own streets,” Varga said.

            Yesterday Varga said the tour would end in Lorn.
            """
        let r = Pipeline().extract(text: text)
        #expect(!r.speakers.contains { $0.name.hasPrefix("Tonight") || $0.name.hasPrefix("Yesterday") })
        #expect(speaker(of: "Tonight Brennet", in: text) == "Ilse Varga")
    }

    @Test func definiteDescriptionsResolveToTheEntityTheArticleTiedThemTo() {
        let text = """
            The Eastern Canals Authority closed the lock at Mirren on Tuesday after a barge ran aground.

            “The lock will stay shut until the divers have finished their survey,” the authority said.

            The firm that operates the barge, Osterholt Freight, said its crew were unhurt. “We are working with the divers around the clock,” the company said.

            The transport minister, Dagny Voss, said the canal would reopen by Friday. “Nobody should be stranded for a week,” the minister told a local radio station.

            “The bridge is safe to cross,” said the harbour mayor, Piet Anders.
            """
        #expect(speaker(of: "The lock will stay", in: text) == "Eastern Canals Authority")
        #expect(speaker(of: "We are working", in: text) == "Osterholt Freight")
        #expect(speaker(of: "Nobody should be", in: text) == "Dagny Voss")
        #expect(speaker(of: "The bridge is safe", in: text) == "Piet Anders")
    }

    @Test func pronounAfterARoleDescriptionTakesThePersonWithThatRole() {
        let text = """
            The Veskan opposition leader Tomas Arvid arrived in the capital on Friday.

            “Tonight we sing for the exiles,” the singer Mira Hale said before she went on stage.

            The opposition leader later thanked her from the platform. He said he had played her songs "every evening in the prison yard" for three years.
            """
        #expect(speaker(of: "every evening", in: text) == "Tomas Arvid")
    }

    @Test func pluralPossessiveNameStaysWholeAndIsAnOrganisation() {
        let text = """
            The governing bloc lost its majority on Thursday. Its smaller partner, the Growers' Union, said in a statement that ministers should "stop treating the valley as a car park for lorries."
            """
        let r = Pipeline().extract(text: text)
        let q = r.quotes.first { $0.text.hasPrefix("stop treating") }
        let s = q?.speaker.map { r.speakers[$0] }
        #expect(s?.name == "Growers' Union")
        #expect(s?.kind == .organisation)
    }

    @Test func theStatementSpeaksForWhoeverIssuedIt() {
        let text = """
            In a statement released at noon, the Orrin Water Board said that the reservoir was "lower than at any time since records began". "Hosepipes must not be used until further notice," the statement said.
            """
        #expect(speaker(of: "Hosepipes must not", in: text) == "Orrin Water Board")
    }

    @Test func headlineQuoteWithAColonDescriptionTakesThePersonTheNextParagraphOpensWith() {
        let text = """
            Published: 3 March 2025

            "Every hive tells you what the winter was like": a beekeeper on thirty springs in Holle

            Prof. Anneli Rask has kept bees on the slopes above Holle since 1995. This year she lost a third of her colonies.

            “We lose some every year, but never this many,” Rask said.
            """
        #expect(speaker(of: "Every hive tells you", in: text) == "Anneli Rask")
    }

    @Test func participleTakesASubjectThatOpensWithThe() {
        let text = """
            The Veskan opposition leader Tomas Arvid returned to the capital on Sunday, telling supporters at the station that he had come back "to finish the work we began."
            """
        #expect(speaker(of: "to finish the work", in: text) == "Tomas Arvid")
    }

    @Test func nameInAppositionBeforeSaidIsTheSpeakerNotTheReportedSubject() {
        let text = """
            The ferry operator, Brask Lines, said fuel costs had doubled. Its chief executive, Oda Brask, said the company had offered a new timetable and was ready to talk "at any hour of the day or night."
            """
        #expect(speaker(of: "at any hour", in: text) == "Oda Brask")
    }

    @Test func partyAndStateLabelIsNotASpeaker() {
        let text = """
            Senate Whip Nora Elling, R-Ore., said the bill would pass. Elling, R-Ore., despite her doubts, said she would vote for it because "the farmers cannot wait another season."
            """
        let r = Pipeline().extract(text: text)
        #expect(!r.speakers.contains { $0.name.hasPrefix("R-") })
        #expect(speaker(of: "the farmers cannot wait", in: text) == "Nora Elling")
    }

    @Test func descriptionInAppositionNamesThePersonBeforeIt() {
        let text = """
            "We are ready for the recount," said Lio Marten, the party's chief organiser, who added that volunteers would work through the night.

            Kaja Strand, the chairwoman of the Lakeland Greens said in a statement: "Every ballot will be counted twice."

            After meeting Lio Marten, the mayor said "the count can wait until Monday morning."
            """
        #expect(speaker(of: "We are ready", in: text) == "Lio Marten")
        #expect(speaker(of: "Every ballot", in: text) == "Kaja Strand")
        #expect(speaker(of: "the count can wait", in: text) != "Lio Marten")
    }

    @Test func possessiveDescriptionInAppositionNamesThePersonBeforeIt() {
        let text = """
            "The volunteers have carried this campaign," Rui Dantas, Varela's campaign manager, said in a statement.
            """
        #expect(speaker(of: "The volunteers have", in: text) == "Rui Dantas")
    }
}
