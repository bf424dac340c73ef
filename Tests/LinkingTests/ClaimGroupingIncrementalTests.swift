import Extraction
import HearsayModel
import Testing

@testable import Linking

/// Grouping a claim at a time (as the store does after each import) gives the groups that
/// grouping every claim at once gives, with invented articles.
@Suite struct ClaimGroupingIncrementalTests {
    /// A claim read through the real figure and date stages, as the pipeline would give it.
    static func claim(_ id: Int64, _ text: String, article: String, outlet: String?, date: String?) -> GroupableClaim {
        GroupableClaim(
            id: id, article: article, outlet: outlet, date: date, text: text, figures: Figures.find(in: text),
            dates: DateResolver.find(in: text, articleDate: date))
    }

    static let claims: [GroupableClaim] = [
        claim(
            1, "Drones struck three depots of the Varnak Brigade near Osselt on Sunday, killing at least 14 people.",
            article: "a1", outlet: "Daily Lantern", date: "2023-04-10"),
        claim(
            2, "The strikes on the Varnak Brigade, in which 15 fighters were killed and 30 injured, drew protests.",
            article: "b1", outlet: "Evening Courier", date: "2023-04-10"),
        claim(
            3, "The harbour of Pellington reopened after repairs costing 2 million dollars.", article: "c1",
            outlet: "Evening Courier", date: "2023-04-11"),
        claim(
            4, "Floods in the Arvel valley killed 31 people on Tuesday.", article: "d1", outlet: "Lantern",
            date: "2022-03-10"),
        claim(
            5, "Tuesday's floods in the Arvel valley left 31 villagers dead.", article: "e1", outlet: "Courier",
            date: "2022-03-10"),
        claim(
            6, "Tuesday floods in the Arvel valley killed 33 people.", article: "f1", outlet: "Gazette",
            date: "2022-03-11"),
        claim(
            7, "The Dunmore council voted to close the Pellington shipyard after the Kessler audit.", article: "g1",
            outlet: "Lantern", date: "2021-05-02"),
        claim(
            8, "Dunmore's council voted on Monday to close the Pellington shipyard, citing the Kessler audit.",
            article: "h1", outlet: "Courier", date: "2021-05-03"),
        claim(
            9, "A Varnak Brigade spokesman said 16 fighters were killed in the Osselt strikes.", article: "i1",
            outlet: nil, date: nil),
        claim(
            10, "The Dunmore council voted to raise parking fees.", article: "j1", outlet: "Gazette", date: "2021-05-03"
        ),
    ]

    /// Groups `claims` one at a time: each new claim is compared with the earlier ones that share
    /// one of its index keys, then the linked sets are described.
    static func incremental(_ claims: [GroupableClaim]) -> [ClaimGroup] {
        var seen: [PreparedClaim] = []
        var links: [(Int64, Int64)] = []
        for claim in claims.map(PreparedClaim.init) {
            let keys = Set(claim.indexKeys)
            for other in seen where !keys.isDisjoint(with: other.indexKeys) && ClaimGrouping.linked(claim, other) {
                links.append((min(claim.claim.id, other.claim.id), max(claim.claim.id, other.claim.id)))
            }
            seen.append(claim)
        }
        return ClaimGrouping.components(seen, links: links).map { ClaimGrouping.describe($0, links: links) }
            .sorted { ($0.firstSeen ?? "9999", $0.signature) < ($1.firstSeen ?? "9999", $1.signature) }
    }

    @Test func oneAtATimeEqualsAllAtOnceInAnyOrder() {
        let whole = ClaimGrouping.group(Self.claims)
        #expect(whole.count == 3)
        #expect(whole.filter(\.disputed).count == 2)
        var order = Self.claims
        for _ in 0..<4 {
            #expect(Self.incremental(order) == whole)
            order = Array(order.dropFirst(3) + order.prefix(3)).reversed()
        }
    }

    @Test func everyLinkedPairSharesAnIndexKey() {
        let prepared = Self.claims.map(PreparedClaim.init)
        var linkedPairs = 0
        for a in prepared {
            for b in prepared where a.claim.id < b.claim.id && ClaimGrouping.linked(a, b) {
                linkedPairs += 1
                #expect(!Set(a.indexKeys).isDisjoint(with: b.indexKeys), "\(a.claim.id) and \(b.claim.id)")
            }
        }
        #expect(linkedPairs >= 4)
    }

    @Test func indexKeysAreTheSameInEveryRun() {
        // Stored in the database, so they must not depend on the process (Swift's Hasher does).
        // FNV-1a 64 of "count:killed", 0x1F, "varnak", worked out independently.
        #expect(PreparedClaim.stableHash("count:killed", "varnak") == Int64(bitPattern: 0x9739_46a5_895f_ddbd))
        #expect(PreparedClaim.stableHash("ab", "c") != PreparedClaim.stableHash("a", "bc"))
    }

    @Test func claimsOfOneArticleOrAWeekApartAreNotLinked() {
        let a = PreparedClaim(
            Self.claim(
                1, "Floods in the Arvel valley killed 31 people.", article: "a", outlet: "L", date: "2022-03-10"))
        let sameArticle = PreparedClaim(
            Self.claim(2, "The Arvel valley floods killed 30 people.", article: "a", outlet: "L", date: "2022-03-10"))
        let later = PreparedClaim(
            Self.claim(3, "The Arvel valley floods killed 31 people.", article: "b", outlet: "C", date: "2022-03-20"))
        let near = PreparedClaim(
            Self.claim(4, "The Arvel valley floods killed 31 people.", article: "c", outlet: "C", date: "2022-03-11"))
        #expect(!ClaimGrouping.linked(a, sameArticle))
        #expect(!ClaimGrouping.linked(a, later))
        #expect(ClaimGrouping.linked(a, near))
        #expect(!ClaimGrouping.disagree(a, near))
        #expect(ClaimGrouping.disagree(sameArticle, near))
    }
}
