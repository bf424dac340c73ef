import Extraction
import HearsayModel
import Testing

@testable import Linking

/// Grouping claims of invented articles about invented events.
@Suite struct ClaimGroupingTests {
    var nextID: Int64 = 0

    /// A claim read through the real figure and date stages, as the pipeline would give it.
    mutating func claim(_ text: String, article: String, outlet: String?, date: String?) -> GroupableClaim {
        nextID += 1
        return GroupableClaim(
            id: nextID, article: article, outlet: outlet, date: date, text: text, figures: Figures.find(in: text),
            dates: DateResolver.find(in: text, articleDate: date))
    }

    @Test mutating func differingCasualtyCountsAreGroupedAndDisputed() {
        let claims = [
            claim(
                "Drones struck three depots of the Varnak Brigade near Osselt on Sunday, killing at least 14 people.",
                article: "a1", outlet: "Daily Lantern", date: "2023-04-10"),
            claim(
                "The strikes on the Varnak Brigade, in which 15 fighters were killed and 30 injured, drew protests.",
                article: "b1", outlet: "Evening Courier", date: "2023-04-10"),
            claim(
                "The harbour of Pellington reopened after repairs costing 2 million dollars.",
                article: "c1", outlet: "Evening Courier", date: "2023-04-11"),
        ]
        let groups = ClaimGrouping.group(claims)
        #expect(groups.count == 1)
        let g = groups.first
        #expect(g?.members == [1, 2])
        #expect(g?.outlets == ["Daily Lantern", "Evening Courier"])
        #expect(g?.firstSeen == "2023-04-10")
        #expect(g?.disputed == true)
        #expect(g?.disagreements.first?.event == "killed")
        #expect(g?.disagreements.first?.values == [14, 15])
    }

    @Test mutating func agreeingCountsAreGroupedButNotDisputed() {
        let claims = [
            claim(
                "Floods in the Arvel valley killed 31 people on Tuesday.", article: "a", outlet: "Lantern",
                date: "2022-03-10"),
            claim(
                "Tuesday's floods in the Arvel valley left 31 villagers dead.", article: "b", outlet: "Courier",
                date: "2022-03-10"),
        ]
        let groups = ClaimGrouping.group(claims)
        #expect(groups.count == 1)
        #expect(groups.first?.disputed == false)
    }

    @Test mutating func differentDaysAreDifferentEvents() {
        let claims = [
            claim(
                "A rocket attack on the Varnak base killed 2 guards on Friday.", article: "a", outlet: "Lantern",
                date: "2023-04-10"),
            claim(
                "Drones struck the Varnak depots on Sunday, killing 3 guards.", article: "b", outlet: "Courier",
                date: "2023-04-10"),
        ]
        #expect(ClaimGrouping.group(claims).isEmpty)
    }

    @Test mutating func countsFarApartAreNotTheSameFact() {
        let claims = [
            claim("The Varnak Brigade raid injured 4 soldiers.", article: "a", outlet: "Lantern", date: "2023-04-10"),
            claim(
                "The Varnak Brigade said 60 people were injured.", article: "b", outlet: "Courier", date: "2023-04-10"),
        ]
        #expect(ClaimGrouping.group(claims).isEmpty)
    }

    @Test mutating func countsTiedToDifferentNamesAreNotSetAgainstEachOther() {
        let claims = [
            claim(
                "In the Dunmore primary on Tuesday, Marrow won 52 delegates and Quell won 40 delegates.",
                article: "a", outlet: "Lantern", date: "2021-05-05"),
            claim(
                "Quell won 45 delegates in Tuesday's Dunmore primary, the party said.",
                article: "b", outlet: "Courier", date: "2021-05-05"),
        ]
        let groups = ClaimGrouping.group(claims)
        #expect(groups.first?.disagreements.first?.values == [40, 45])
        #expect(groups.first?.disagreements.first?.figures.contains { $0.figure.value == 52 } == false)
    }

    @Test mutating func sameArticleAloneIsNoGroup() {
        let claims = [
            claim("Floods in the Arvel valley killed 31 people.", article: "a", outlet: "Lantern", date: "2022-03-10"),
            claim("The Arvel valley floods killed 30 people.", article: "a", outlet: "Lantern", date: "2022-03-10"),
        ]
        #expect(ClaimGrouping.group(claims).isEmpty)
    }

    @Test mutating func eventsWithoutFiguresGroupByWordsInCommon() {
        let claims = [
            claim(
                "The Dunmore council voted to close the Pellington shipyard after the Kessler audit.",
                article: "a", outlet: "Lantern", date: "2021-05-02"),
            claim(
                "Dunmore's council voted on Monday to close the Pellington shipyard, citing the Kessler audit.",
                article: "b", outlet: "Courier", date: "2021-05-03"),
            claim(
                "The Dunmore council voted to raise parking fees.", article: "c", outlet: "Gazette", date: "2021-05-03"),
        ]
        let groups = ClaimGrouping.group(claims)
        #expect(groups.count == 1)
        #expect(groups.first?.members == [1, 2])
        #expect(groups.first?.disputed == false)
    }

    @Test mutating func signaturesAreStableAndDistinct() {
        let a = [
            claim(
                "Floods in the Arvel valley killed 31 people on Tuesday.", article: "a", outlet: "L", date: "2022-03-10"
            ),
            claim(
                "Tuesday floods in the Arvel valley killed 33 people.", article: "b", outlet: "C", date: "2022-03-10"),
            claim(
                "A fire in the Kessler mill killed 5 workers on Monday.", article: "c", outlet: "L", date: "2022-03-10"),
            claim("Monday's fire at the Kessler mill killed 5 workers.", article: "d", outlet: "C", date: "2022-03-10"),
        ]
        let first = ClaimGrouping.group(a)
        #expect(first.count == 2)
        #expect(Set(first.map(\.signature)).count == 2)
        #expect(ClaimGrouping.group(a).map(\.signature) == first.map(\.signature))
    }
}
