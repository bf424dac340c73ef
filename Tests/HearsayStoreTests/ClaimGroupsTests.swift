import Extraction
import Foundation
import HearsayModel
import HearsayStore
import TestSupport
import Testing

/// Claim groups in the store: two invented outlets disagree on a death toll.
@Suite struct ClaimGroupsTests {
    static let lantern = """
        Drones hit Varnak Brigade depots

        Drones struck three depots of the Varnak Brigade near Osselt on Sunday, killing at least 14 people.
        Mayor Ilse Marrow said the town's clinic treated 40 wounded.
        """
    static let courier = """
        Anger in Osselt after strikes

        The strikes on the Varnak Brigade, in which 15 fighters were killed, drew protests in Osselt.
        The harbour of Pellington reopened after repairs costing 2 million dollars.
        """

    func store(_ location: Location, _ folder: ScratchFolder) throws -> Store {
        let store = try location.open(folder)
        for (key, text, source) in [
            ("lantern.txt", Self.lantern, "Daily Lantern"), ("courier.txt", Self.courier, "Evening Courier"),
        ] {
            let extraction = Pipeline().extract(text: text, context: ArticleContext(date: "2023-04-10"))
            try store.importArticle(
                key: key, text: text, metadata: ArticleMetadata(title: nil, date: "2023-04-10", source: source),
                extraction: extraction)
        }
        return store
    }

    @Test(arguments: Location.allCases)
    func regroupingFindsTheDisputedDeathToll(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try store(location, folder)
        let counts = try store.regroupClaims()
        #expect(counts.groups == 1)
        #expect(counts.disputed == 1)
        let groups = try store.disputedClaimGroups()
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group.outlets == ["Daily Lantern", "Evening Courier"])
        #expect(group.firstSeen == "2023-04-10")
        #expect(group.disagreements.first?.event == "killed")
        #expect(group.disagreements.first?.values == [14, 15])
        #expect(group.claims.map(\.source) == ["Daily Lantern", "Evening Courier"])
    }

    @Test(arguments: Location.allCases)
    func regroupingTwiceGivesTheSameGroups(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try store(location, folder)
        try store.regroupClaims()
        let first = try store.disputedClaimGroups().map(\.signature)
        try store.regroupClaims()
        #expect(try store.disputedClaimGroups().map(\.signature) == first)
    }

    @Test func filtersKeepOnlyGroupsWithAMatchingClaim() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try store(.memory, folder)
        try store.groupNewClaims()
        #expect(try store.disputedClaimGroups(matching: QueryFilter(source: "Evening Courier")).count == 1)
        #expect(try store.disputedClaimGroups(matching: QueryFilter(source: "Weekly Nobody")).isEmpty)
        #expect(try store.disputedClaimGroups(matching: QueryFilter(since: "2024-01-01")).isEmpty)
    }

    @Test func byRestrictsAPersonToTheClaimant() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try store(.memory, folder)
        var claimant: [String] = []
        try store.forEachClaim(matching: QueryFilter(person: "Marrow"), claimantOnly: true) { claimant.append($0.text) }
        #expect(claimant == ["the town's clinic treated 40 wounded"])
    }
}
