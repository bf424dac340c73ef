import Extraction
import Foundation
import HearsayModel
import TestSupport
import Testing

@testable import HearsayStore

/// Claim groups kept up to date import by import: invented outlets report an invented strike.
@Suite struct IncrementalClaimGroupsTests {
    static let lantern = """
        Drones hit Varnak Brigade depots

        Drones struck three depots of the Varnak Brigade near Osselt on Sunday, killing at least 14 people.
        Mayor Ilse Marrow said the town's clinic treated 40 wounded.
        """
    /// The same article corrected to agree with the courier.
    static let lanternAgreeing = lantern.replacingOccurrences(of: "at least 14", with: "at least 15")
    /// The same key reused for an unrelated story.
    static let lanternUnrelated = """
        Ferry returns to Pellington

        The Pellington ferry resumed service on Monday after a month of repairs, the harbour office said.
        """
    static let courier = """
        Anger in Osselt after strikes

        The strikes on the Varnak Brigade, in which 15 fighters were killed, drew protests in Osselt.
        The harbour of Pellington reopened after repairs costing 2 million dollars.
        """
    static let gazette = """
        Varnak Brigade mourns its dead

        A Varnak Brigade commander said 17 fighters were killed in the strikes near Osselt on Sunday.
        """

    @discardableResult
    func put(_ store: Store, _ key: String, _ text: String, source: String) throws -> ImportOutcome {
        let extraction = Pipeline().extract(text: text, context: ArticleContext(date: "2023-04-10"))
        return try store.importArticle(
            key: key, text: text, metadata: ArticleMetadata(title: nil, date: "2023-04-10", source: source),
            extraction: extraction)
    }

    /// Every group as (members, signature, disputed, first seen), and every link, independent of group ids.
    func snapshot(_ store: Store) throws -> (groups: Set<[String]>, links: [[Int64]]) {
        let rows = try store.db.prepare(
            sql: """
                SELECT g.signature, g.disputed, coalesce(g.first_seen, ''), group_concat(c.id, ',')
                 FROM claim_groups g JOIN (SELECT id, group_id FROM claims ORDER BY id) c ON c.group_id = g.id
                 GROUP BY g.id
                """)
        var groups: Set<[String]> = []
        while try rows.step() {
            groups.insert([
                rows.string(at: 3) ?? "", rows.string(at: 0) ?? "", rows.string(at: 1) ?? "", rows.string(at: 2) ?? "",
            ])
        }
        let linkRows = try store.db.prepare(sql: "SELECT a, b FROM claim_links ORDER BY a, b")
        var links: [[Int64]] = []
        while try linkRows.step() { links.append([linkRows.int64(at: 0), linkRows.int64(at: 1)]) }
        return (groups, links)
    }

    func emptyGroups(_ store: Store) throws -> Int64? {
        try store.db.scalarInt(
            sql: "SELECT count(*) FROM claim_groups g WHERE (SELECT count(*) FROM claims WHERE group_id = g.id) < 2")
    }

    @Test(arguments: Location.allCases)
    func importingBAfterAFlagsTheDispute(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        try put(store, "lantern.txt", Self.lantern, source: "Daily Lantern")
        #expect(try store.groupNewClaims() == (groups: 0, disputed: 0))
        try put(store, "courier.txt", Self.courier, source: "Evening Courier")
        #expect(try store.groupNewClaims() == (groups: 1, disputed: 1))
        let group = try #require(try store.disputedClaimGroups().first)
        #expect(group.outlets == ["Daily Lantern", "Evening Courier"])
        #expect(group.disagreements.first?.values == [14, 15])
        #expect(group.claims.count == 2)
        #expect(try store.claims(matching: QueryFilter()).count >= 4)
    }

    @Test func reimportingAUnchangedChangesNothing() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Location.file.open(folder)
        try put(store, "lantern.txt", Self.lantern, source: "Daily Lantern")
        try put(store, "courier.txt", Self.courier, source: "Evening Courier")
        try store.groupNewClaims()
        let before = try snapshot(store)
        #expect(before.groups.count == 1)
        #expect(try put(store, "lantern.txt", Self.lantern, source: "Daily Lantern") == .unchanged)
        #expect(try store.groupNewClaims() == (groups: 1, disputed: 1))
        let after = try snapshot(store)
        #expect(after.groups == before.groups)
        #expect(after.links == before.links)
    }

    @Test(arguments: Location.allCases)
    func replacingAWithTextThatAgreesRemovesTheDispute(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        try put(store, "lantern.txt", Self.lantern, source: "Daily Lantern")
        try put(store, "courier.txt", Self.courier, source: "Evening Courier")
        #expect(try store.groupNewClaims() == (groups: 1, disputed: 1))
        #expect(try put(store, "lantern.txt", Self.lanternAgreeing, source: "Daily Lantern") == .replaced)
        #expect(try store.groupNewClaims() == (groups: 1, disputed: 0))
        #expect(try store.disputedClaimGroups().isEmpty)
        #expect(try emptyGroups(store) == 0)
    }

    @Test func replacingAWithAnotherStoryDissolvesTheGroup() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Location.memory.open(folder)
        try put(store, "lantern.txt", Self.lantern, source: "Daily Lantern")
        try put(store, "courier.txt", Self.courier, source: "Evening Courier")
        try store.groupNewClaims()
        try put(store, "lantern.txt", Self.lanternUnrelated, source: "Daily Lantern")
        #expect(try store.groupNewClaims() == (groups: 0, disputed: 0))
        #expect(try store.db.scalarInt(sql: "SELECT count(*) FROM claims WHERE group_id IS NOT NULL") == 0)
        #expect(try store.db.scalarInt(sql: "SELECT count(*) FROM claim_links") == 0)
    }

    @Test func aGroupOfThreeKeepsTheOthersWhenOneLeaves() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Location.memory.open(folder)
        try put(store, "lantern.txt", Self.lantern, source: "Daily Lantern")
        try put(store, "courier.txt", Self.courier, source: "Evening Courier")
        try put(store, "gazette.txt", Self.gazette, source: "Osselt Gazette")
        try store.groupNewClaims()
        #expect(try store.disputedClaimGroups().first?.outlets.count == 3)
        try put(store, "courier.txt", Self.lanternUnrelated, source: "Evening Courier")
        try store.groupNewClaims()
        let group = try #require(try store.disputedClaimGroups().first)
        #expect(group.outlets == ["Daily Lantern", "Osselt Gazette"])
        #expect(group.disagreements.first?.values == [14, 17])
    }

    @Test func oneArticleAtATimeGivesTheGroupsOfAllAtOnce() throws {
        let articles = [
            ("lantern.txt", Self.lantern, "Daily Lantern"), ("courier.txt", Self.courier, "Evening Courier"),
            ("gazette.txt", Self.gazette, "Osselt Gazette"),
        ]
        let folder = ScratchFolder("hearsaystore")
        let together = try Store(path: folder.path("together.db"))
        for (key, text, source) in articles { try put(together, key, text, source: source) }
        try together.groupNewClaims()
        let apart = try Store(path: folder.path("apart.db"))
        for (key, text, source) in articles {
            try put(apart, key, text, source: source)
            try apart.groupNewClaims()
        }
        let expected = try snapshot(together)
        #expect(!expected.groups.isEmpty)
        #expect(try snapshot(apart).groups == expected.groups)
        #expect(try snapshot(apart).links == expected.links)
        // Regrouping the whole database from scratch agrees too.
        try apart.regroupClaims()
        #expect(try snapshot(apart).groups == expected.groups)
    }

    @Test func disputedGroupsAreReadNotRegrouped() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Location.memory.open(folder)
        try put(store, "lantern.txt", Self.lantern, source: "Daily Lantern")
        try put(store, "courier.txt", Self.courier, source: "Evening Courier")
        // The library's import groups each batch's claims as it stores them: the group shows at
        // once, and nothing is left for a later run.
        let group = try #require(try store.disputedClaimGroups().first)
        #expect(try store.groupNewClaims() == (groups: 1, disputed: 1))
        // The id is the stored group's, the one `export claims` writes in its "group" column.
        #expect(group.claims.count == 2)
        let stored = try store.db.scalarInt(sql: "SELECT group_id FROM claims WHERE group_id IS NOT NULL LIMIT 1")
        #expect(group.id == stored)
    }

    @Test func aDatabaseFromBeforeIncrementalGroupingIsGroupedAgainOnTheNextRun() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Location.memory.open(folder)
        try put(store, "lantern.txt", Self.lantern, source: "Daily Lantern")
        try put(store, "courier.txt", Self.courier, source: "Evening Courier")
        try store.groupNewClaims()
        // What migration 0003 does to groups made by the old whole-database regrouping.
        try store.db.execute(
            sql: """
                UPDATE claims SET group_id = NULL; DELETE FROM claim_groups; DELETE FROM claim_links;
                DELETE FROM claim_keys; INSERT INTO claim_group_pending(article_id) SELECT id FROM articles;
                """)
        #expect(try store.groupNewClaims() == (groups: 1, disputed: 1))
    }

    @Test func largeGroupsAreUpdatedFromTheNewLinksAlone() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Location.memory.open(folder)
        try put(store, "lantern.txt", Self.lanternAgreeing, source: "Daily Lantern")
        try put(store, "courier.txt", Self.courier, source: "Evening Courier")
        try store.groupNewClaims()
        #expect(try store.disputedClaimGroups().isEmpty)
        let signature = try store.db.scalarText(sql: "SELECT signature FROM claim_groups")
        // Every group counts as large: the gazette's 17 joins through its links alone.
        try put(store, "gazette.txt", Self.gazette, source: "Osselt Gazette")
        try ClaimGroupUpdater(db: store.db, describeLimit: 1).run()
        let group = try #require(try store.disputedClaimGroups().first)
        #expect(group.outlets == ["Daily Lantern", "Evening Courier", "Osselt Gazette"])
        #expect(try store.db.scalarText(sql: "SELECT signature FROM claim_groups") == signature)
        #expect(try store.db.scalarInt(sql: "SELECT count(*) FROM claim_groups") == 1)
    }
}
