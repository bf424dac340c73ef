import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct FiguresTests {
    @Test func casualtyCountWithQualifierUnitAndEvent() {
        let f = Figures.find(in: "The blast at the depot killed at least 31 dock workers on Tuesday.")
        #expect(f.count == 1)
        #expect(f.first?.value == 31)
        #expect(f.first?.qualifier == "at least")
        #expect(f.first?.unit == "dock workers")
        #expect(f.first?.event == "killed")
    }

    @Test func eventAfterTheCountWithAuxiliary() {
        let f = Figures.find(in: "In the raid, 18 villagers were wounded and 3 were arrested.")
        #expect(f.map(\.value) == [18, 3])
        #expect(f.first?.unit == "villagers")
        #expect(f.first?.event == "injured")
        #expect(f.last?.event == "arrested")
    }

    @Test func secondCountSharesTheFirstUnit() {
        let f = Figures.find(in: "Storms left 12 hikers dead and 40 injured near Valdoro.")
        #expect(f.count == 2)
        #expect(f[1].value == 40)
        #expect(f[1].unit == "hikers")
        #expect(f[1].event == "injured")
    }

    @Test func verbBeforeQualifiedCount() {
        let f = Figures.find(in: "The quake killed more than 200 people and injured at least 900.")
        #expect(f.map(\.value) == [200, 900])
        #expect(f.map(\.qualifier) == ["more than", "at least"])
        #expect(f.map(\.event) == ["killed", "injured"])
        #expect(f[1].unit == "people")
    }

    @Test func numberWordsAndDozens() {
        let f = Figures.find(in: "Police seized five trucks and a dozen rifles; twenty-three guards fled.")
        #expect(f.map(\.value) == [5, 12, 23])
        #expect(f.first?.unit == "trucks")
    }

    @Test func thousandsSeparatorsAndMultipliers() {
        let f = Figures.find(in: "The league has around 150,000 members and a budget of $2.5 million.")
        #expect(f.map(\.value) == [150_000, 2_500_000])
        #expect(f.first?.qualifier == "around")
        #expect(f.first?.unit == "members")
        #expect(f.last?.unit == "dollars")
    }

    @Test func percentages() {
        let f = Figures.find(in: "Turnout fell to 41% from 48 percent.")
        #expect(f.map(\.value) == [41, 48])
        #expect(f.allSatisfy { $0.unit == "percent" })
    }

    @Test func yearsDaysOfMonthAndIdentifiersAreNotFigures() {
        #expect(Figures.find(in: "The pact was signed in 2011 and renewed on Jan. 6, 2020.").isEmpty)
        #expect(Figures.find(in: "Version 2 of the bill passed at 10:30 on 4 March.").isEmpty)
    }

    @Test func oneWithoutAnEventIsNotACount() {
        #expect(Figures.find(in: "One of the envoys left early.").isEmpty)
        #expect(Figures.find(in: "One guard was killed.").first?.value == 1)
    }
}
