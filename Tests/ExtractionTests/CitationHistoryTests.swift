import Testing

@testable import Extraction

/// The citation history answers "who was cited before this point", whatever order citations come in.
@Suite struct CitationHistoryTests {
    @Test func answersTheLastCitationBeforeAPointInTextOrder() {
        var h = CitationHistory()
        h.record(3, collective: false, at: 500)
        h.record(1, collective: false, at: 100)
        h.record(7, collective: true, at: 300)
        h.record(2, collective: false, at: 250)
        #expect(h.lastPerson(before: 50) == nil)
        #expect(h.lastPerson(before: 100) == nil)
        #expect(h.lastPerson(before: 101)?.index == 1)
        #expect(h.lastPerson(before: 400)?.index == 2)
        #expect(h.lastPerson(before: 400)?.position == 250)
        #expect(h.lastPerson(before: 900)?.index == 3)
        #expect(h.lastCollective(before: 299) == nil)
        #expect(h.lastCollective(before: 301)?.index == 7)
    }
}
