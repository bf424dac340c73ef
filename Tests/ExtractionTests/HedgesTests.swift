import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct HedgesTests {
    @Test func reportingHedges() {
        #expect(Hedges.find(in: "The minister reportedly resigned.") == ["reportedly"])
        #expect(Hedges.find(in: "The firm allegedly hid losses, possibly for years.") == ["allegedly", "possibly"])
        #expect(Hedges.find(in: "The envoy is believed to have left.") == ["is believed to"])
    }

    @Test func approximatorsBeforeNumbers() {
        #expect(Hedges.find(in: "At least 9 boats sank and nearly 40 sailors swam ashore.") == ["at least", "nearly"])
        #expect(Hedges.find(in: "The union has about 3,000 members.") == ["about"])
        #expect(Hedges.find(in: "Some 40 parties joined, more than 12 walked out.") == ["some", "more than"])
    }

    @Test func ordinaryWordsAreNotHedgesWithoutANumber() {
        #expect(Hedges.find(in: "They talked about the harbour over dinner.").isEmpty)
        #expect(Hedges.find(in: "The council met around noon.").isEmpty)
    }

    @Test func eachHedgeOnce() {
        #expect(Hedges.find(in: "At least 4 died and at least 7 fled.") == ["at least"])
    }
}
