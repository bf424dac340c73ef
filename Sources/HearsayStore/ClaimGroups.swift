import Extraction
import Foundation
import HearsayModel
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
    /// The claims once per claimant and words (copies of one wire story say the same thing once),
    /// in import order of their first copy.
    public var distinctClaims: [RepeatedClaim] = []

    /// The entry of ``distinctClaims`` that holds claim `id`, if any.
    public func copies(of id: Int64) -> RepeatedClaim? {
        distinctClaims.first { $0.ids.contains(id) }
    }
}

/// One claim as several articles print it: the same claimant and the same words
/// (``Store/occurrenceGroup(speaker:text:)``), as copies of a wire story do.
public struct RepeatedClaim: Sendable, Hashable {
    /// The first copy, in import order.
    public var claim: ClaimRecord
    /// Every copy's id, the first first.
    public var ids: [Int64]
    /// Every copy's article key.
    public var articles: [String]
    /// The outlets that printed it (article keys for articles without one), first seen first.
    public var outlets: [String]
    /// How many different article texts print it: one text stored under two keys counts once.
    public var occurrences: Int
}

extension Store {
    /// Groups the claims of the articles imported or replaced since the last call with stored
    /// claims about the same events (``ClaimGrouping``), updating the groups they join; groups
    /// that lost claims to a replaced article are split or dissolved first.
    ///
    /// Work and memory depend on the new articles, not on the size of the database: each new
    /// claim is compared with a bounded set of stored claims found through an index. Runs in
    /// transactions of about a hundred articles, so an interrupted run is resumed by the next.
    ///
    /// - Returns: how many groups there are, and how many of them are disputed.
    @discardableResult
    public func groupNewClaims() throws -> (groups: Int, disputed: Int) {
        try run {
            try ClaimGroupUpdater(db: db).run()
            return try groupCounts()
        }
    }

    /// Forgets every group and groups every stored claim again, as ``groupNewClaims()`` does
    /// after importing the whole database (in the same bounded memory).
    ///
    /// - Returns: how many groups there are, and how many of them are disputed.
    @discardableResult
    public func regroupClaims() throws -> (groups: Int, disputed: Int) {
        try run {
            try db.transaction { db in
                try db.execute(sql: "DELETE FROM claim_links")
                try db.execute(sql: "DELETE FROM claim_keys")
                try db.execute(sql: "DELETE FROM claim_group_dirty")
                try db.execute(sql: "UPDATE claims SET group_id = NULL WHERE group_id IS NOT NULL")
                try db.execute(sql: "DELETE FROM claim_groups")
                try db.execute(sql: "INSERT OR IGNORE INTO claim_group_pending(article_id) SELECT id FROM articles")
            }
            try ClaimGroupUpdater(db: db).run()
            return try groupCounts()
        }
    }

    private func groupCounts() throws -> (groups: Int, disputed: Int) {
        let statement = try db.prepare(sql: "SELECT count(*), coalesce(sum(disputed), 0) FROM claim_groups")
        guard try statement.step() else { return (0, 0) }
        return (Int(statement.int64(at: 0)), Int(statement.int64(at: 1)))
    }

    /// The stored disputed groups, oldest first, keeping those with a claim that matches `filter`
    /// (all of them when the filter is empty; `--person`/`--org` match the claimant or an entity
    /// the claim mentions, only the claimant with `claimantOnly`). Nothing is regrouped: groups
    /// are kept up to date by ``groupNewClaims()`` after each import.
    public func disputedClaimGroups(matching filter: QueryFilter = QueryFilter(), claimantOnly: Bool = false) throws
        -> [DisputedClaimGroup]
    {
        try run {
            var unlimited = filter
            unlimited.limit = nil
            let matcher = try groupMatcher(unlimited, claimantOnly: claimantOnly)
            let groups = try db.prepare(
                sql: """
                    SELECT id FROM claim_groups WHERE disputed = 1
                     ORDER BY coalesce(first_seen, '9999'), signature
                    """)
            guard
                let records = try RowQuery.build(
                    .claims, columns: Self.claimColumns, filter: QueryFilter(), speakers: nil,
                    extraConditions: ["r.group_id = ?"])
            else { return [] }
            let members = try db.prepare(sql: records.sql)
            let reader = try ClaimGroupUpdater(db: db)
            let texts = try ArticleTexts(db: db)
            var out: [DisputedClaimGroup] = []
            while try groups.step() {
                if let limit = filter.limit, out.count >= limit { break }
                let id = groups.int64(at: 0)
                if let matcher {
                    matcher.reset()
                    try matcher.bind(id, at: matcher.parameterIndex(":group"))
                    guard try matcher.step() else { continue }
                }
                let (prepared, links) = try reader.contents(of: id)
                let group = ClaimGrouping.describe(prepared, links: links)
                members.reset()
                try members.bind(id, at: 1)
                var claims: [ClaimRecord] = []
                while try members.step() { claims.append(try Self.claimRecord(members, texts: texts)) }
                let distinct = try repeatedClaims(claims)
                // A figure said again by a copy of the same claim is not another side.
                let firsts = Set(distinct.map(\.claim.id))
                var disagreements = group.disagreements
                for index in disagreements.indices {
                    disagreements[index].figures.removeAll { !firsts.contains($0.claim) }
                }
                out.append(
                    DisputedClaimGroup(
                        id: id, signature: group.signature, firstSeen: group.firstSeen, outlets: group.outlets,
                        disagreements: disagreements, claims: claims, distinctClaims: distinct))
            }
            return out
        }
    }

    /// `claims` once per claimant and words, in order of their first copy.
    private func repeatedClaims(_ claims: [ClaimRecord]) throws -> [RepeatedClaim] {
        var out: [RepeatedClaim] = []
        var index: [Int64: Int] = [:]
        for claim in claims {
            let key = Self.occurrenceGroup(speaker: claim.claimant, text: claim.text)
            let outlet = claim.source ?? claim.article
            guard let position = index[key] else {
                index[key] = out.count
                out.append(
                    RepeatedClaim(
                        claim: claim, ids: [claim.id], articles: [claim.article], outlets: [outlet], occurrences: 1))
                continue
            }
            out[position].ids.append(claim.id)
            if !out[position].articles.contains(claim.article) { out[position].articles.append(claim.article) }
            if !out[position].outlets.contains(outlet) { out[position].outlets.append(outlet) }
        }
        for position in out.indices where out[position].articles.count > 1 {
            out[position].occurrences = try distinctArticleTexts(out[position].articles)
        }
        return out
    }

    /// A statement that yields a row when group `:group` holds a claim matching `filter`; nil
    /// when the filter is empty (every group matches).
    private func groupMatcher(_ filter: QueryFilter, claimantOnly: Bool) throws -> Statement? {
        guard filter != QueryFilter() else { return nil }
        var conditions = ["r.group_id = :group"]
        var speakers = try speakerIDs(for: filter)
        if !claimantOnly, let ids = speakers {
            // Without --by, a name matches the claimant or an entity the claim mentions.
            let list = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
            conditions.append(
                "(r.claimant_id IN (\(list)) OR r.id IN (SELECT claim_id FROM claim_mentions WHERE entity_id IN (\(list))))"
            )
            speakers = nil
        }
        var limited = filter
        limited.limit = 1
        guard
            let query = try RowQuery.build(
                .claims, columns: "r.id", filter: limited, speakers: speakers, extraConditions: conditions)
        else {
            // A name that matches nobody: no group matches.
            return try db.prepare(sql: "SELECT 1 WHERE :group IS NULL AND 0")
        }
        let statement = try db.prepare(sql: query.sql)
        // The filter's own parameters come after :group, numbered from 2.
        for (offset, value) in query.bindings.enumerated() { try statement.bind(value, at: Int32(offset + 2)) }
        return statement
    }
}
