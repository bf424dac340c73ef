import Extraction
import Foundation
import Linking
import SQLiteLayer

/// A group of claims from several articles about one event whose figures disagree, as
/// `hearsay claims --disputed` shows it.
public struct DisputedClaimGroup: Sendable, Hashable {
    /// The group's database id.
    public var id: Int64
    /// What the group is about ("killed · hezbollah,kataib · 2019-12-29").
    public var signature: String
    /// The earliest article date among its claims.
    public var firstSeen: String?
    /// The outlets (or article keys, for articles without an outlet) that made the claims.
    public var outlets: [String]
    /// The counts that disagree, per event and unit.
    public var disagreements: [FigureDisagreement]
    /// The claims of the group, in import order.
    public var claims: [ClaimRecord]
}

extension Store {
    /// Groups every stored claim with the claims of other articles about the same event
    /// (``ClaimGrouping``), rewriting `claim_groups` and `claims.group_id` in one transaction.
    ///
    /// - Returns: how many groups there are, and how many of them are disputed.
    @discardableResult
    public func regroupClaims() throws -> (groups: Int, disputed: Int) {
        try run {
            let claims = try groupableClaims()
            let groups = ClaimGrouping.group(claims)
            try db.transaction { db in
                try db.execute(sql: "UPDATE claims SET group_id = NULL WHERE group_id IS NOT NULL")
                try db.execute(sql: "DELETE FROM claim_groups")
                let insert = try db.prepare(
                    sql: "INSERT INTO claim_groups(signature, disputed, first_seen) VALUES (?, ?, ?)")
                let assign = try db.prepare(sql: "UPDATE claims SET group_id = ? WHERE id = ?")
                for group in groups {
                    insert.reset()
                    try insert.bind(group.signature, at: 1)
                    try insert.bind(group.disputed ? 1 : 0, at: 2)
                    try insert.bind(group.firstSeen, at: 3)
                    try insert.run()
                    let groupID = db.lastInsertRowID
                    for member in group.members {
                        assign.reset()
                        try assign.bind(groupID, at: 1)
                        try assign.bind(member, at: 2)
                        try assign.run()
                    }
                }
            }
            return (groups.count, groups.filter(\.disputed).count)
        }
    }

    /// The disputed groups, regrouping first, keeping those with a claim that matches `filter`
    /// (all of them when the filter is empty), oldest first.
    public func disputedClaimGroups(matching filter: QueryFilter = QueryFilter(), claimantOnly: Bool = false) throws
        -> [DisputedClaimGroup]
    {
        let groups = ClaimGrouping.group(try run { try groupableClaims() }).filter(\.disputed)
        guard !groups.isEmpty else { return [] }
        var records: [Int64: ClaimRecord] = [:]
        var unfiltered = filter
        unfiltered.limit = nil
        var matching: Set<Int64>? = nil
        if filter != QueryFilter() {
            var ids: Set<Int64> = []
            try forEachClaim(matching: unfiltered, claimantOnly: claimantOnly) { ids.insert($0.id) }
            matching = ids
        }
        let wanted = Set(groups.flatMap(\.members))
        try forEachClaim(matching: QueryFilter()) { record in
            if wanted.contains(record.id) { records[record.id] = record }
        }
        var out: [DisputedClaimGroup] = []
        for (n, group) in groups.enumerated() {
            if let matching, matching.isDisjoint(with: group.members) { continue }
            out.append(
                DisputedClaimGroup(
                    id: Int64(n + 1), signature: group.signature, firstSeen: group.firstSeen, outlets: group.outlets,
                    disagreements: group.disagreements, claims: group.members.compactMap { records[$0] }))
            if let limit = filter.limit, out.count >= limit { break }
        }
        return out
    }

    /// Every stored claim with what grouping reads from it.
    func groupableClaims() throws -> [GroupableClaim] {
        let statement = try db.prepare(
            sql: """
                SELECT c.id, a.key, a.source, a.published, c.text, c.figures, c.dates
                 FROM claims c JOIN articles a ON a.id = c.article_id
                 ORDER BY c.id
                """)
        let decoder = JSONDecoder()
        var out: [GroupableClaim] = []
        while try statement.step() {
            let figures = (try? decoder.decode([Figure].self, from: Data((statement.string(at: 5) ?? "[]").utf8))) ?? []
            let dates =
                (try? decoder.decode([ResolvedDate].self, from: Data((statement.string(at: 6) ?? "[]").utf8))) ?? []
            out.append(
                GroupableClaim(
                    id: statement.int64(at: 0), article: statement.string(at: 1) ?? "", outlet: statement.string(at: 2),
                    date: statement.string(at: 3), text: statement.string(at: 4) ?? "", figures: figures, dates: dates))
        }
        return out
    }
}
