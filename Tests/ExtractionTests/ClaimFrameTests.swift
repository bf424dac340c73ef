import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// The reporting frames of reported speech, each on sentences of our own: the claim is the
/// reported content, its cue the reporting word, its claimant the source.
@Suite struct ClaimFrameTests {
    struct Found {
        var claims: [Claim]
        var speakers: [Speaker]
        func claimant(of claim: Claim?) -> String? { claim?.claimant.map { speakers[$0].name } }
        func claim(containing text: String) -> Claim? { claims.first { $0.text.contains(text) } }
    }

    func find(_ text: String, headline: String = "Harbour news") -> Found {
        let doc = Document(text: headline + "\n\n" + text)
        let paragraphs = Segmenter.segment(doc)
        var book = SpeakerBook(document: doc, paragraphs: paragraphs)
        let claims = ClaimFinder.find(in: doc, paragraphs: paragraphs, speakers: &book, context: ArticleContext())
        return Found(claims: claims, speakers: book.speakers)
    }

    @Test(arguments: ["argued", "warned", "insisted", "acknowledged"])
    func reportingVerbWithThat(verb: String) {
        let f = find("Port director Ilsa Marrow \(verb) that the new quay would cost twice the estimate.")
        let c = f.claim(containing: "new quay")
        #expect(c?.text == "the new quay would cost twice the estimate")
        #expect(c?.kind == .reported)
        #expect(c?.cue == verb)
        #expect(f.claimant(of: c) == "Ilsa Marrow")
    }

    @Test func possessiveViewClaimOrAssertion() {
        let f = find("Councillor Jorund Patek's claim that the ferry fares doubled in a year drew laughter.")
        let c = f.claim(containing: "ferry fares")
        #expect(c?.text.hasPrefix("the ferry fares doubled in a year") == true)
        #expect(c?.kind == .reported)
        #expect(c?.cue == "claim")
        #expect(f.claimant(of: c) == "Jorund Patek")
    }

    @Test func accusedSomeoneOf() {
        let f = find("Mayor Odile Varga accused the harbour board of hiding the repair bills from auditors.")
        let c = f.claim(containing: "repair bills")
        #expect(c?.text == "the harbour board of hiding the repair bills from auditors")
        #expect(c?.cue == "accused")
        #expect(f.claimant(of: c) == "Odile Varga")
    }

    @Test func calledFor() {
        let f = find("Senator Brannock Tull has called for an inquiry into the collapse of the grain market.")
        let c = f.claim(containing: "inquiry")
        #expect(c?.text == "an inquiry into the collapse of the grain market")
        #expect(c?.kind == .reported)
        #expect(c?.cue == "called")
        #expect(f.claimant(of: c) == "Brannock Tull")
    }

    @Test func stanceWithoutAKnownSourceStaysTheArticlesVoice() {
        let f = find("The new rules criticized in the report cut the fleet to 40 boats in 2020.")
        #expect(f.claims.allSatisfy { $0.claimant == nil && $0.kind == .stated })
    }

    @Test func hasSaid() {
        let f = find("Minister Cato Rell has said the border crossings will reopen on Monday.")
        let c = f.claim(containing: "border crossings")
        #expect(c?.text == "the border crossings will reopen on Monday")
        #expect(f.claimant(of: c) == "Cato Rell")
    }

    @Test func relativeWhoSaid() {
        let f = find(
            "The plan was drawn up by Wenna Forst, who said the dam could hold back a flood twice the 1990 level.")
        let c = f.claim(containing: "dam could hold")
        #expect(c?.text.hasPrefix("the dam could hold back a flood") == true)
        #expect(f.claimant(of: c) == "Wenna Forst")
    }

    @Test func passiveReportedBy() {
        let f = find(
            """
            It was reported by the Dunmore Gazette that the shipyard had laid off 300 workers.

            The shipyard sold its last dry dock in March, as reported by the Tallow Herald.
            """)
        let first = f.claim(containing: "laid off")
        #expect(first?.text == "the shipyard had laid off 300 workers")
        #expect(f.claimant(of: first) == "Dunmore Gazette")
        let second = f.claim(containing: "dry dock")
        #expect(second?.text == "The shipyard sold its last dry dock in March")
        #expect(f.claimant(of: second) == "Tallow Herald")
    }

    @Test func nounCuesInAStatementAndASpokesmanFor() {
        let f = find(
            """
            The Veltrian Transport Ministry said in a statement that 12 ferries had been grounded.

            A spokesman for the Orrin Rail Company said the night trains would stop running in May.
            """)
        let first = f.claim(containing: "12 ferries")
        #expect(first?.text == "12 ferries had been grounded")
        #expect(first?.cue == "said")
        #expect(f.claimant(of: first) == "Veltrian Transport Ministry")
        let second = f.claim(containing: "night trains")
        #expect(second?.text == "the night trains would stop running in May")
        #expect(second?.kind == .reported)
        #expect(second?.claimant != nil)
    }

    @Test func theGoverningVerbsSubjectNotTheEmbeddedOnes() {
        let f = find("Inspector Hale Dorrin said the mayor told the council that the bridge was safe.")
        let c = f.claims.first
        #expect(c?.text.hasPrefix("the mayor told the council") == true)
        #expect(f.claimant(of: c) == "Hale Dorrin")
    }

    @Test func whoIsSpeakingCarriesAcrossSentences() {
        let f = find(
            """
            Harbour master Elena Voss said the ferry carried 212 passengers.

            She added that two lifeboats were missing from the deck.
            """)
        let c = f.claim(containing: "lifeboats")
        #expect(c?.text == "two lifeboats were missing from the deck")
        #expect(c?.cue == "added")
        #expect(f.claimant(of: c) == "Elena Voss")
    }

    @Test func headlineSays() {
        let f = find(
            "The ministry gave no figures.",
            headline: "Marrow says port expansion will create 900 jobs")
        let c = f.claim(containing: "port expansion")
        #expect(c?.text == "port expansion will create 900 jobs")
        #expect(c?.kind == .reported)
        #expect(f.claimant(of: c) == "Marrow")
    }

    @Test func titleCaseHeadlineSays() {
        let f = find("The ministry gave no figures.", headline: "Marrow Says Port Expansion Will Create 900 Jobs")
        let c = f.claim(containing: "Port Expansion")
        #expect(c?.text == "Port Expansion Will Create 900 Jobs")
        #expect(c?.cue == "says")
        #expect(f.claimant(of: c) == "Marrow")
    }

    @Test func titleCaseHeadlineClosingSays() {
        let f = find(
            "The ministry gave no figures.", headline: "Northern Ferry Line Will Close In May, Harbour Chief Ilsa Marrow Says")
        let c = f.claim(containing: "Ferry Line")
        #expect(c?.text == "Northern Ferry Line Will Close In May")
        #expect(f.claimant(of: c) == "Ilsa Marrow")
    }

    @Test func titleCaseWordsThatAreNounsAreNoCue() {
        let f = find("The ministry gave no figures.", headline: "United States Ferry Rules Tighten After The Storm")
        #expect(!f.claims.contains { $0.text.contains("Ferry Rules") })
    }

    @Test func colonHeadlineNamesTheSpeaker() {
        // The quotes stage registers the article's speakers before the claims stage reads the headline.
        let doc = Document(text: "Marrow: port expansion will create 900 jobs\n\nIlsa Marrow spoke to dock workers on Monday.")
        let paragraphs = Segmenter.segment(doc)
        var book = SpeakerBook(document: doc, paragraphs: paragraphs)
        let start = doc.count - "Ilsa Marrow spoke to dock workers on Monday.".unicodeScalars.count
        _ = book.claimant(TextSpan(start: start, end: start + 11), in: doc, at: start)
        let claims = ClaimFinder.find(in: doc, paragraphs: paragraphs, speakers: &book, context: ArticleContext())
        let c = claims.first { $0.text.contains("port expansion") }
        #expect(c?.text == "port expansion will create 900 jobs")
        #expect(c?.kind == .reported)
        #expect(c?.cue == ":")
        #expect(c?.claimant.map { book.speakers[$0].name } == "Ilsa Marrow")
    }

    @Test func colonHeadlineKickerIsNoSpeaker() {
        let f = find("The ministry gave no figures.", headline: "The Latest: port expansion will create 900 jobs")
        #expect(!f.claims.contains { $0.text.contains("port expansion") })
    }

    @Test func theClosingFrameGovernsAClauseWithAVerbOfItsOwn() {
        let f = find(
            "Tamsin Royle had told harbour officials that she did not want the escort, but the board overruled "
                + "the request, the source added.")
        let c = f.claim(containing: "overruled")
        #expect(c?.text.hasPrefix("Tamsin Royle had told harbour officials") == true)
        #expect(c?.cue == "added")
        #expect(c?.kind == .reported)
        #expect(f.claimant(of: c) != "Tamsin Royle")
    }

    @Test func hasLearned() {
        let f = find("The ferry line cut its winter timetable by half, the Dunmore Gazette has learned.")
        let c = f.claim(containing: "winter timetable")
        #expect(c?.text == "The ferry line cut its winter timetable by half")
        #expect(c?.cue == "learned")
        #expect(f.claimant(of: c) == "Dunmore Gazette")
    }

    @Test func closingFrameBeforeAClauseOfTheWritersOwn() {
        let f = find(
            "The harbour fees doubled in a year, Orla Quint said Friday, as the councillors walked out of the "
                + "meeting.")
        let c = f.claim(containing: "harbour fees")
        #expect(c?.text == "The harbour fees doubled in a year")
        #expect(c?.cue == "said")
        #expect(f.claimant(of: c) == "Orla Quint")
    }

    @Test(arguments: [
        "Orla Quint, a pilot for the ferry line, which runs the northern route, said",
        "Orla Quint (R-Ohio) said",
        "Orla Quint, then 38, said",
        "Orla Quint, 29, of Dunmore, Pa., said",
        "Orla Quint, facing a hard race in the north, a farming district, said",
    ])
    func theNameThatOpensTheSentenceOverItsDescription(subject: String) {
        let f = find("\(subject) the channel had silted up over the winter.")
        let c = f.claim(containing: "channel")
        #expect(c?.text == "the channel had silted up over the winter")
        #expect(f.claimant(of: c) == "Orla Quint")
    }

    @Test func aDescriptionOfItsOwnWithAVerbIsNotSkipped() {
        let f = find("Orla Quint, the pilot, resigned last week, the harbour board said on Monday.")
        let c = f.claim(containing: "resigned")
        #expect(f.claimant(of: c) != "Orla Quint")
    }

    @Test func aPlaceSetOffByCommasBeforeThat() {
        let f = find("Brannock Tull says at a campaign stop in Dunmore, Ohio, that the grain tax will be repealed.")
        let c = f.claim(containing: "grain tax")
        #expect(c?.text == "the grain tax will be repealed")
        #expect(f.claimant(of: c) == "Brannock Tull")
    }
}
