import Extraction
import Foundation
import HearsayModel
import Linking
import TestSupport
import Testing

@testable import HearsayStore

/// Copies of one story under other keys (twins): each new claim is linked to the first twin of
/// each content only, and the groups are still those of comparing every claim with every other.
@Suite struct ClaimTwinGroupingTests {
    typealias Base = IncrementalClaimGroupsTests

    /// Every stored group as (member ids, signature, disputed, first seen).
    func stored(_ store: Store) throws -> Set<[String]> {
        try Base().snapshot(store).groups
    }

    /// The groups ``ClaimGrouping/group(_:)`` makes comparing every stored claim with every other.
    func everyPair(_ store: Store) throws -> Set<[String]> {
        let rows = try store.db.prepare(sql: ClaimGroupUpdater.claimSelect + " ORDER BY c.id")
        var claims: [GroupableClaim] = []
        while try rows.step() { claims.append(ClaimGroupUpdater.preparedClaim(rows).claim) }
        return Set(
            ClaimGrouping.group(claims).map { group in
                [
                    group.members.sorted().map(String.init).joined(separator: ","), group.signature,
                    group.disputed ? "1" : "0", group.firstSeen ?? "",
                ]
            })
    }

    func links(_ store: Store) throws -> Int {
        Int(try store.db.scalarInt(sql: "SELECT count(*) FROM claim_links") ?? 0)
    }

    /// How many pairs of stored claims ``ClaimGrouping/linked(_:_:)`` links.
    func linkedPairs(_ store: Store) throws -> Int {
        let rows = try store.db.prepare(sql: ClaimGroupUpdater.claimSelect + " ORDER BY c.id")
        var claims: [PreparedClaim] = []
        while try rows.step() { claims.append(ClaimGroupUpdater.preparedClaim(rows)) }
        var count = 0
        for (i, a) in claims.enumerated() {
            for b in claims[(i + 1)...] where ClaimGrouping.linked(a, b) { count += 1 }
        }
        return count
    }

    @Test func copiesAreLinkedOnceAndGroupedAsEveryPairWould() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Location.memory.open(folder)
        for copy in 0..<5 { try Base().put(store, "lantern-\(copy).txt", Base.lantern, source: "Wire") }
        try Base().put(store, "courier.txt", Base.courier, source: "Evening Courier")
        try Base().put(store, "gazette.txt", Base.gazette, source: "Osselt Gazette")
        try store.groupNewClaims()
        let expected = try everyPair(store)
        #expect(expected.contains { $0[2] == "1" })
        #expect(try stored(store) == expected)
        // Each copy is linked to the first copy only, not to every earlier one.
        #expect(try linkedPairs(store) >= 21)
        #expect(try links(store) * 2 < linkedPairs(store))
        let group = try #require(try store.disputedClaimGroups().first)
        #expect(group.claims.count == 7)
        #expect(group.disagreements.first?.values == [14, 15, 17])
    }

    @Test func replacingTheFirstCopyKeepsTheOtherCopiesInTheGroup() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Location.memory.open(folder)
        for copy in 0..<4 { try Base().put(store, "lantern-\(copy).txt", Base.lantern, source: "Wire") }
        try Base().put(store, "courier.txt", Base.courier, source: "Evening Courier")
        try store.groupNewClaims()
        // The first copy, which the others and the courier are linked to, becomes another story.
        try Base().put(store, "lantern-0.txt", Base.lanternUnrelated, source: "Wire")
        try store.groupNewClaims()
        let expected = try everyPair(store)
        #expect(expected.contains { $0[2] == "1" })
        #expect(try stored(store) == expected)
        let group = try #require(try store.disputedClaimGroups().first)
        #expect(group.claims.count == 4)
        #expect(try Base().emptyGroups(store) == 0)
    }

    @Test func copiesImportedOneAtATimeGiveTheGroupsOfAllAtOnce() throws {
        let folder = ScratchFolder("hearsaystore")
        let together = try Store(path: folder.path("together.db"))
        let apart = try Store(path: folder.path("apart.db"))
        let articles =
            (0..<3).map { ("lantern-\($0).txt", Base.lantern, "Wire") } + [
                ("courier.txt", Base.courier, "Evening Courier"), ("gazette.txt", Base.gazette, "Osselt Gazette"),
                ("lantern-3.txt", Base.lanternAgreeing, "Wire"),
            ]
        for (key, text, source) in articles {
            try Base().put(together, key, text, source: source)
            try Base().put(apart, key, text, source: source)
            try apart.groupNewClaims()
        }
        try together.groupNewClaims()
        #expect(try stored(apart) == stored(together))
        #expect(try stored(together) == everyPair(together))
    }
}
