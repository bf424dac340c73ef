import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct SpeakerBookTests {
    func span(_ d: Document, _ text: String, after: Int = 0) -> TextSpan {
        let s = Array(text.unicodeScalars)
        for i in after..<(d.count - s.count + 1) where Array(d.scalars[i..<(i + s.count)]) == s {
            return TextSpan(start: i, end: i + s.count)
        }
        return TextSpan(start: 0, end: 0)
    }

    @Test func surnameAndTitledNameResolveToOneSpeaker() {
        let d = Document(text: "Finance Minister Rosa Quint spoke first. Later Quint said the budget was final.")
        var book = SpeakerBook(document: d, paragraphs: Segmenter.segment(d))
        let a = book.resolve(span(d, "Finance Minister Rosa Quint"), in: d, at: 0)
        let b = book.resolve(span(d, "Quint", after: 45), in: d, at: 50)
        #expect(a != nil && a == b)
        #expect(book.speakers[a ?? 0].name == "Rosa Quint")
        #expect(book.speakers[a ?? 0].kind == .person)
    }

    @Test func aDescriptionWithoutItsArticleNamesTheFullNameBeforeIt() {
        let d = Document(
            text: "Marek Olsen, an education professor at Tulane, spoke first. Overall, the fund predicted growth.")
        var book = SpeakerBook(document: d, paragraphs: Segmenter.segment(d))
        let olsen = book.resolve(span(d, "education professor at Tulane"), in: d, at: 20)
        #expect(olsen.map { book.speakers[$0].name } == "Marek Olsen")
        // A one-word host is too weak a sign without the article: a sentence adverb is no person.
        let fund = book.resolve(span(d, "fund"), in: d, at: 80)
        #expect(fund.map { book.speakers[$0].name } != "Overall")
    }

    @Test func organisationsGroupsAndAnonymousSources() {
        let d = Document(
            text: "The Harbour Authority said so. Dock workers said no. A senior port official said maybe.")
        var book = SpeakerBook(document: d, paragraphs: Segmenter.segment(d))
        let org = book.resolve(span(d, "The Harbour Authority"), in: d, at: 0)
        let group = book.resolve(span(d, "Dock workers"), in: d, at: 31)
        let anon = book.resolve(span(d, "A senior port official"), in: d, at: 52)
        #expect(org.map { book.speakers[$0].kind } == .organisation)
        #expect(group.map { book.speakers[$0].kind } == .group)
        #expect(anon.map { book.speakers[$0].kind } == .unknown)
    }

    @Test func firstPersonPronounsNameNobody() {
        let d = Document(text: "I said it would rain.")
        var book = SpeakerBook(document: d, paragraphs: Segmenter.segment(d))
        #expect(book.resolve(span(d, "I"), in: d, at: 0) == nil)
    }

    @Test func cuesAndSpeakerPhrasesAreFoundForTheClaimsStage() {
        let d = Document(
            text: "Ana Ruiz, a city planner, told reporters the bridge would reopen, according to the Courier.")
        let cues = Cues.find(in: d, span: TextSpan(start: 0, end: d.count))
        #expect(cues.map(\.text) == ["told", "according to"])
        #expect(cues.map(\.kind) == [.verb, .accordingTo])
        let clause = TextSpan(start: 0, end: d.count)
        #expect(SpeakerPhrase.find(for: cues[0], in: d, clause: clause).map { d.text($0) } == "Ana Ruiz")
        #expect(SpeakerPhrase.find(for: cues[1], in: d, clause: clause).map { d.text($0) } == "the Courier")
    }

    @Test func aPlaceIsNeverThePersonAPronounMeans() {
        let text =
            "Tamsin Adair toured the flooded coast on Monday.\n\nRhode Island took the worst of the storm.\n\n"
            + "“We were lucky this time,” she said."
        #expect(speaker(of: "We were lucky", in: text) == "Tamsin Adair")
    }

    @Test func aSurnameThatIsAlsoAGivenNameDoesNotDecideTheGender() {
        let text =
            "Clara Grant chairs the harbour panel.\n\n“We start at noon,” Grant said.\n\n"
            + "Owen Pike, her deputy, was late.\n\n“Then we vote on the plan,” she added."
        #expect(speaker(of: "Then we vote", in: text) == "Clara Grant")
    }

    @Test func aGivenNameUsedAloneTellsTheGender() {
        let text =
            "“We lost the vote,” said Hana Ito.\n\nBob agreed to talk on one condition.\n\n"
            + "“It was a hard year for the crew,” he said."
        #expect(speaker(of: "It was a hard year", in: text) == "Bob")
    }

    @Test func theNameAfterAFrontedClauseIsTheSubjectAPronounMeans() {
        let text =
            "“We will see,” said Kiri Ward.\n\nAs she has done before, Mara Lind on Friday dismissed the report.\n\n"
            + "“It is simply wrong,” she said."
        #expect(speaker(of: "It is simply wrong", in: text) == "Mara Lind")
    }

    @Test func aFullNameSetOffByCommasBeforeAReportingVerbIsItsSubject() {
        let text =
            "“We will see,” said Kiri Ward.\n\nThe report, which the firm's chief, Mara Lind, said was sound, "
            + "is due on Monday.\n\n“It is simply wrong to doubt it,” she said."
        #expect(speaker(of: "It is simply wrong", in: text) == "Mara Lind")
    }
}
