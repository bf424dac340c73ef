import Extraction
import HearsayModel
import Testing

@testable import Linking

/// A group's summary updated claim by claim, link by link and group by group describes the group
/// as describing all its members and links again does (invented articles).
@Suite struct ClaimGroupSummaryTests {
    /// Claims of a few happenings, each told by several outlets with counts that sometimes differ,
    /// and copies of one story under other keys (as a syndicated story is stored).
    static let claims: [PreparedClaim] = {
        var out = ClaimGroupingIncrementalTests.claims
        let copies: [(String, String?)] = [
            ("Floods in the Arvel valley killed 31 people on Tuesday.", "2022-03-10"),
            ("Tuesday floods in the Arvel valley killed 33 people.", "2022-03-11"),
            (
                "The strikes on the Varnak Brigade, in which 15 fighters were killed and 30 injured, drew protests.",
                "2023-04-10"
            ),
        ]
        var id: Int64 = 11
        for copy in 0..<4 {
            for (n, (text, date)) in copies.enumerated() {
                out.append(
                    ClaimGroupingIncrementalTests.claim(
                        id, text, article: "copy\(copy)-\(n)", outlet: "Wire", date: date))
                id += 1
            }
        }
        return out.map(PreparedClaim.init)
    }()

    /// Every pair of claims that ``ClaimGrouping/linked(_:_:)`` links, smaller id first.
    static func links(_ claims: [PreparedClaim]) -> [(Int64, Int64)] {
        var out: [(Int64, Int64)] = []
        for (i, a) in claims.enumerated() {
            for b in claims[(i + 1)...] where ClaimGrouping.linked(a, b) {
                out.append((min(a.claim.id, b.claim.id), max(a.claim.id, b.claim.id)))
            }
        }
        return out
    }

    /// The description of a summary as the store keeps it.
    static func stored(_ s: ClaimGroupSummary) -> [String?] {
        [s.signature, s.disputed ? "disputed" : "agreed", s.firstSeenDate]
    }

    static func stored(_ g: ClaimGroup) -> [String?] {
        [g.signature, g.disputed ? "disputed" : "agreed", g.firstSeen]
    }

    @Test func wholeSummaryEqualsDescription() {
        let links = Self.links(Self.claims)
        let groups = ClaimGrouping.components(Self.claims, links: links)
        #expect(groups.count >= 3)
        #expect(groups.contains { ClaimGrouping.describe($0, links: links).disputed })
        for group in groups {
            let whole = ClaimGrouping.describe(group, links: links)
            #expect(Self.stored(ClaimGroupSummary(group, links: links)) == Self.stored(whole))
        }
    }

    /// Claims join one at a time in several orders, each bringing its links to the claims
    /// already there; after every step the summary equals the description of the whole group.
    @Test func claimsJoiningOneAtATimeKeepTheSummaryExact() {
        let links = Self.links(Self.claims)
        for group in ClaimGrouping.components(Self.claims, links: links) {
            let shuffled = group.enumerated().sorted { ($0.offset % 3, $0.offset) < ($1.offset % 3, $1.offset) }
            for order in [group, Array(group.reversed()), shuffled.map(\.element)] {
                var summary: ClaimGroupSummary?
                var members: [PreparedClaim] = []
                for claim in order {
                    let ids = Set(members.map(\.claim.id))
                    let id = claim.claim.id
                    let new = links.filter { ($0.0 == id && ids.contains($0.1)) || ($0.1 == id && ids.contains($0.0)) }
                    members.append(claim)
                    var next = summary?.adding([claim]) ?? ClaimGroupSummary([claim], links: [])
                    let byID = Dictionary(uniqueKeysWithValues: members.map { ($0.claim.id, $0) })
                    for (a, b) in new {
                        if let pa = byID[a], let pb = byID[b] { next = next.linking(pa, pb) }
                    }
                    summary = next
                    let inside = links.filter { byID[$0.0] != nil && byID[$0.1] != nil }
                    if let summary {
                        #expect(Self.stored(summary) == Self.stored(ClaimGrouping.describe(members, links: inside)))
                        #expect(summary.size == members.count)
                    }
                }
            }
        }
    }

    /// Two groups made one by a claim linked to both equal the description of the merged group.
    @Test func mergedSummariesEqualTheMergedDescription() {
        let links = Self.links(Self.claims)
        for group in ClaimGrouping.components(Self.claims, links: links) where group.count >= 3 {
            let bridge = group[group.count / 2]
            let rest = group.filter { $0.claim.id != bridge.claim.id }
            let (left, right) = (rest.filter { $0.claim.id % 2 == 0 }, rest.filter { $0.claim.id % 2 != 0 })
            let inLeft = Set(left.map(\.claim.id))
            let inRight = Set(right.map(\.claim.id))
            let leftLinks = links.filter { inLeft.contains($0.0) && inLeft.contains($0.1) }
            let rightLinks = links.filter { inRight.contains($0.0) && inRight.contains($0.1) }
            let byID = Dictionary(uniqueKeysWithValues: group.map { ($0.claim.id, $0) })
            var merged = ClaimGroupSummary(left, links: leftLinks).merging(ClaimGroupSummary(right, links: rightLinks))
                .adding([bridge])
            let inside = Set(group.map(\.claim.id))
            for (a, b) in links where inside.contains(a) && inside.contains(b) {
                let old = (inLeft.contains(a) && inLeft.contains(b)) || (inRight.contains(a) && inRight.contains(b))
                if !old, let pa = byID[a], let pb = byID[b] { merged = merged.linking(pa, pb) }
            }
            #expect(Self.stored(merged) == Self.stored(ClaimGrouping.describe(group, links: links)))
        }
    }
}
