import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct SegmenterTests {
    func roles(_ text: String) -> [BlockRole] {
        Segmenter.segment(Document(text: text)).map(\.role)
    }

    @Test func captionsBylinesAndBoilerplateAreNotBody() {
        let text = """
            Storm closes the northern ferries
            © Lena Hart/AP Photo of the harbour at dawn
            The ferries stopped running on Tuesday after the storm broke two piers.
            Marta Quell reported from Bergen.
            Like Northern Daily on Facebook and stay updated on local news
            • Jonas Field
            """
        #expect(roles(text) == [.title, .caption, .body, .byline, .boilerplate, .byline])
    }

    @Test func changeTrackingHeadersAreBoilerplate() {
        let text = """
            This article is from the source 'northern' and was first published or seen on .
            The article has changed 3 times. There is an RSS feed of changes available.
            The ferries stopped running on Tuesday after the storm broke two piers.
            """
        #expect(roles(text) == [.boilerplate, .boilerplate, .body])
    }

    @Test func noQuotesComeFromCaptionsOrBoilerplate() {
        let text = """
            Storm closes the northern ferries
            © Lena Hart/AP “Waves over the wall” at dawn
            The ferries stopped on Tuesday. “We had no choice at all this time,” said captain Ivo Sand.
            """
        #expect(quotesOf(text).map(\.text) == ["We had no choice at all this time,"])
    }

    @Test func sentencesKeepAbbreviationsAndSplitGluedText() {
        let d = Document(text: "Maj. Gen. Ivo Sand of the U.S. Army spoke. He left early.The rest stayed.")
        let p = Segmenter.segment(d)
        #expect(p.count == 1)
        #expect(
            p[0].sentences.map { d.text($0) } == [
                "Maj. Gen. Ivo Sand of the U.S. Army spoke.", "He left early.", "The rest stayed.",
            ])
    }
}
