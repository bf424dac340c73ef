import Extraction
import Foundation
import HearsayModel
import Linking
import SQLiteLayer

/// Keeps `claim_groups` up to date a few articles at a time (schema 0003).
///
/// New articles are queued in `claim_group_pending` by the writer. Each pass takes a bounded chunk
/// of them in one transaction: each of their claims is compared with the stored claims filed under
/// one of its (event, name) keys within a week of its article's date (a bounded number per key),
/// the links found are stored in `claim_links`, and the groups they touch are merged, created and
/// described again. Groups that lost claims when an article was replaced are queued in
/// `claim_group_dirty` and split or dissolved first. Memory is bounded by the chunk, the candidate
/// limits and the size of the groups touched, never by the size of the database.
final class ClaimGroupUpdater {
    /// The day stored for claims of undated articles (the key column cannot be NULL).
    static let undatedDay = Int64.min
    /// Articles grouped per transaction.
    static let chunkArticles = 128
    /// Stored claims read per key and per side of the date window for one new claim.
    static let candidatesPerKey = 200
    /// Stored claims compared with one new claim at most.
    static let candidatesPerClaim = 1_000
    /// Prepared claims kept between comparisons, the least recently used dropped first.
    static let cacheLimit = 30_000
    /// Groups larger than this are not read whole when claims join them: their flag and first
    /// day are updated from the new links, and their signature is kept.
    let describeLimit: Int

    private let db: Database
    private var cache = RecentClaims(limit: ClaimGroupUpdater.cacheLimit)
    /// Claims of newly stored articles prepared ahead (by extraction threads), per article key,
    /// in the order they were stored; used instead of reading and preparing them again.
    private var ahead: [String: [PreparedClaim]] = [:]
    /// `PRAGMA data_version` when the cache was last checked: it changes when another connection commits.
    private var dataVersion: Int64?

    private let pendingChunk: Statement
    private let deletePending: Statement
    private let dirtyChunk: Statement
    private let deleteDirty: Statement
    private let claimsOfArticle: Statement
    private let claimByID: Statement
    private let claimsOfGroup: Statement
    private let linksOfGroup: Statement
    private let keysAfter: Statement
    private let keysBefore: Statement
    private let keysUndated: Statement
    private let keysAnyDay: Statement
    private let insertKey: Statement
    private let insertLink: Statement
    private let groupOfClaim: Statement
    private let claimIDsOfArticle: Statement
    private let keyOfArticle: Statement
    private let setGroup: Statement
    private let moveGroup: Statement
    private let deleteGroup: Statement
    private let insertGroup: Statement
    private let updateGroup: Statement
    private let groupState: Statement
    private let handOverRepair: Statement
    private let groupSize: Statement
    private let extendGroup: Statement

    /// Prepares the statements on `db`; `describeLimit` is the size above which a group that
    /// claims join is updated from the new links only (500 unless a test wants it small).
    init(db: Database, describeLimit: Int = 500) throws {
        self.db = db
        self.describeLimit = describeLimit
        pendingChunk = try db.prepare(
            sql: "SELECT article_id FROM claim_group_pending ORDER BY article_id LIMIT \(Self.chunkArticles)")
        deletePending = try db.prepare(sql: "DELETE FROM claim_group_pending WHERE article_id = ?")
        dirtyChunk = try db.prepare(
            sql: "SELECT group_id FROM claim_group_dirty ORDER BY group_id LIMIT \(Self.chunkArticles)")
        deleteDirty = try db.prepare(sql: "DELETE FROM claim_group_dirty WHERE group_id = ?")
        claimsOfArticle = try db.prepare(sql: Self.claimSelect + " WHERE c.article_id = ? ORDER BY c.id")
        claimByID = try db.prepare(sql: Self.claimSelect + " WHERE c.id = ?")
        claimsOfGroup = try db.prepare(sql: "SELECT id FROM claims WHERE group_id = ? ORDER BY id")
        linksOfGroup = try db.prepare(
            sql: "SELECT l.a, l.b FROM claims c JOIN claim_links l ON l.a = c.id WHERE c.group_id = ?")
        keysAfter = try db.prepare(
            sql: """
                SELECT claim_id FROM claim_keys
                 WHERE key = ?1 AND day BETWEEN ?2 AND ?2 + \(ClaimGrouping.windowDays) AND article_id != ?3
                 ORDER BY day LIMIT \(Self.candidatesPerKey)
                """)
        keysBefore = try db.prepare(
            sql: """
                SELECT claim_id FROM claim_keys
                 WHERE key = ?1 AND day BETWEEN ?2 - \(ClaimGrouping.windowDays) AND ?2 - 1 AND article_id != ?3
                 ORDER BY day DESC LIMIT \(Self.candidatesPerKey)
                """)
        keysUndated = try db.prepare(
            sql: """
                SELECT claim_id FROM claim_keys WHERE key = ?1 AND day = \(Self.undatedDay) AND article_id != ?3
                 LIMIT \(Self.candidatesPerKey)
                """)
        keysAnyDay = try db.prepare(
            sql: """
                SELECT claim_id FROM claim_keys WHERE key = ?1 AND article_id != ?3
                 ORDER BY day DESC LIMIT \(Self.candidatesPerKey)
                """)
        insertKey = try db.prepare(
            sql: "INSERT OR IGNORE INTO claim_keys(key, day, claim_id, article_id) VALUES (?, ?, ?, ?)")
        insertLink = try db.prepare(sql: "INSERT OR IGNORE INTO claim_links(a, b) VALUES (?, ?)")
        groupOfClaim = try db.prepare(sql: "SELECT group_id FROM claims WHERE id = ?")
        claimIDsOfArticle = try db.prepare(sql: "SELECT id FROM claims WHERE article_id = ? ORDER BY id")
        keyOfArticle = try db.prepare(sql: "SELECT key FROM articles WHERE id = ?")
        setGroup = try db.prepare(sql: "UPDATE claims SET group_id = ? WHERE id = ?")
        moveGroup = try db.prepare(sql: "UPDATE claims SET group_id = ?1 WHERE group_id = ?2")
        deleteGroup = try db.prepare(sql: "DELETE FROM claim_groups WHERE id = ?")
        insertGroup = try db.prepare(sql: "INSERT INTO claim_groups(signature, disputed, first_seen) VALUES (?, ?, ?)")
        updateGroup = try db.prepare(
            sql: "UPDATE claim_groups SET signature = ?, disputed = ?, first_seen = ? WHERE id = ?")
        groupState = try db.prepare(sql: "SELECT disputed, first_seen FROM claim_groups WHERE id = ?")
        handOverRepair = try db.prepare(
            sql: "UPDATE OR REPLACE claim_group_dirty SET group_id = ?1 WHERE group_id = ?2")
        groupSize = try db.prepare(sql: "SELECT count(*) FROM claims WHERE group_id = ?")
        extendGroup = try db.prepare(sql: "UPDATE claim_groups SET disputed = ?, first_seen = ? WHERE id = ?")
    }

    /// Repairs the groups that lost claims and groups every pending article, a chunk per transaction.
    func run() throws {
        while try db.transaction({ _ in try finishing(repairChunk()) }) {}
        while try db.transaction({ _ in try finishing(groupChunk()) }) {}
        cache.removeAll()
    }

    /// ``run()`` during an import, after each stored batch: `prepared` gives the claims of the
    /// batch's articles prepared ahead, and the cache of stored claims is kept for the next batch
    /// unless `replaced` says the batch replaced articles (their claim ids may be reused).
    func runAfterBatch(prepared: [PreparedArticle], replaced: Bool) throws {
        if replaced { cache.removeAll() }
        ahead.removeAll(keepingCapacity: true)
        for article in prepared { ahead[article.input.key] = article.claims }
        defer { ahead.removeAll(keepingCapacity: true) }
        while try db.transaction({ _ in try finishing(repairChunk()) }) {}
        while try db.transaction({ _ in try finishing(groupChunk()) }) {}
    }

    /// The claims of stored article `id` prepared for grouping, in id order: those prepared
    /// ahead when they are there for its key and as many, else read and prepared now.
    private func claims(ofArticle id: Int64) throws -> [PreparedClaim] {
        if !ahead.isEmpty {
            try keyOfArticle.rebind([id])
            if try keyOfArticle.step(), let key = keyOfArticle.string(at: 0), let prepared = ahead[key] {
                try claimIDsOfArticle.rebind([id])
                var ids: [Int64] = []
                while try claimIDsOfArticle.step() { ids.append(claimIDsOfArticle.int64(at: 0)) }
                if ids.count == prepared.count {
                    return zip(ids, prepared).map { id, claim in claim.identified(as: id) }
                }
            }
        }
        try claimsOfArticle.rebind([id])
        var claims: [PreparedClaim] = []
        while try claimsOfArticle.step() { claims.append(Self.preparedClaim(claimsOfArticle)) }
        return claims
    }

    /// Resets every statement before the chunk commits: a statement left on a row keeps a read
    /// transaction open, and then no checkpoint can empty the write-ahead log, which grows with
    /// every chunk (3 GB over a million claims) and slows every page read.
    private func finishing(_ more: Bool) -> Bool {
        for statement in statements { statement.reset() }
        return more
    }

    private var statements: [Statement] {
        [
            pendingChunk, deletePending, dirtyChunk, deleteDirty, claimsOfArticle, claimByID, claimsOfGroup,
            linksOfGroup, keysAfter, keysBefore, keysUndated, keysAnyDay, insertKey, insertLink, groupOfClaim,
            setGroup, moveGroup, deleteGroup, insertGroup, updateGroup, groupState, handOverRepair, groupSize,
            extendGroup, claimIDsOfArticle, keyOfArticle,
        ]
    }

    // MARK: New claims

    /// Groups the claims of the next chunk of pending articles; false when none was pending.
    private func groupChunk() throws -> Bool {
        let articles = try ids(pendingChunk)
        guard !articles.isEmpty else { return false }
        // Another connection may have replaced articles since the last chunk (claim ids are reused).
        let version = try db.scalarInt(sql: "PRAGMA data_version")
        if version != dataVersion { cache.removeAll() }
        dataVersion = version
        var links: [(Int64, Int64)] = []
        for article in articles {
            for claim in try claims(ofArticle: article) {
                let keys = claim.indexKeys
                guard !keys.isEmpty else { continue }
                let day = claim.day.map(Int64.init) ?? Self.undatedDay
                for candidate in try candidates(keys, day: day, article: article) {
                    guard let other = try prepared(candidate), ClaimGrouping.linked(claim, other) else { continue }
                    let pair = claim.claim.id < candidate ? (claim.claim.id, candidate) : (candidate, claim.claim.id)
                    try insertLink.rebind([pair.0, pair.1])
                    try insertLink.run()
                    links.append(pair)
                }
                // Filed after its own search, so two new claims are compared once.
                for key in keys {
                    try insertKey.rebind([key, day, claim.claim.id, article])
                    try insertKey.run()
                }
                remember(claim)
            }
            try deletePending.rebind([article])
            try deletePending.run()
        }
        try merge(links)
        return true
    }

    /// The stored claims filed under `keys` near `day`, outside `article`, bounded, in id order.
    private func candidates(_ keys: [Int64], day: Int64, article: Int64) throws -> [Int64] {
        var found: Set<Int64> = []
        let queries = day == Self.undatedDay ? [keysAnyDay] : [keysAfter, keysBefore, keysUndated]
        for key in keys {
            for query in queries {
                try query.rebind([key, day, article])
                while try query.step() {
                    found.insert(query.int64(at: 0))
                    if found.count >= Self.candidatesPerClaim { return found.sorted() }
                }
            }
        }
        return found.sorted()
    }

    /// Joins the claims linked in this chunk into groups: the groups a set of links connects
    /// become one (the oldest group's id is kept), ungrouped claims join it, and every group
    /// touched is described again.
    private func merge(_ links: [(Int64, Int64)]) throws {
        guard !links.isEmpty else { return }
        // A claim stands for its group when it has one, so links through old groups connect.
        var node: [Int64: Node] = [:]
        for (a, b) in links {
            for id in [a, b] where node[id] == nil {
                try groupOfClaim.rebind([id])
                let group = try groupOfClaim.step() ? groupOfClaim.optionalInt64(at: 0) : nil
                node[id] = group.map(Node.group) ?? .claim(id)
            }
        }
        // Nodes are numbered in their order, so each set's representative is its smallest node
        // and the groups are made in the same order whichever way the links came.
        let nodes = Set(node.values).sorted()
        let number = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        var sets = UnionFind(count: nodes.count)
        for (a, b) in links {
            guard let na = node[a].flatMap({ number[$0] }), let nb = node[b].flatMap({ number[$0] }) else { continue }
            sets.union(na, nb)
        }
        var components: [Int: [Node]] = [:]
        for (n, member) in nodes.enumerated() { components[sets.find(n), default: []].append(member) }
        var linksOf: [Int: [(Int64, Int64)]] = [:]
        for (a, b) in links {
            if let na = node[a].flatMap({ number[$0] }) { linksOf[sets.find(na), default: []].append((a, b)) }
        }
        for root in components.keys.sorted() {
            guard let members = components[root] else { continue }
            let groups = members.compactMap(\.groupID).sorted()
            let claims = members.compactMap(\.claimID).sorted()
            // What the groups said before they are merged, for groups too large to read again.
            var disputed = false
            var firstSeen: String?
            for group in groups {
                try groupState.rebind([group])
                guard try groupState.step() else { continue }
                disputed = disputed || groupState.int64(at: 0) != 0
                if let day = groupState.string(at: 1), firstSeen.map({ day < $0 }) ?? true { firstSeen = day }
            }
            let target: Int64
            if let first = groups.first {
                target = first
                for other in groups.dropFirst() {
                    // A group another import left to be repaired passes that on to the merged group.
                    try handOverRepair.rebind([target, other])
                    try handOverRepair.run()
                    try moveGroup.rebind([target, other])
                    try moveGroup.run()
                    try deleteGroup.rebind([other])
                    try deleteGroup.run()
                }
            } else {
                // A placeholder signature (real ones always hold " · "), replaced just below.
                try insertGroup.rebind(["#\(claims.first ?? 0)", 0, nil as String?])
                try insertGroup.run()
                target = db.lastInsertRowID
            }
            for claim in claims {
                try setGroup.rebind([target, claim])
                try setGroup.run()
            }
            try groupSize.rebind([target])
            let size = try groupSize.step() ? groupSize.int64(at: 0) : 0
            if size <= describeLimit || groups.isEmpty {
                try describe(target)
                continue
            }
            for claim in claims {
                if let day = try prepared(claim)?.claim.date, firstSeen.map({ day < $0 }) ?? true { firstSeen = day }
            }
            for (a, b) in linksOf[root] ?? [] where !disputed {
                if let pa = try prepared(a), let pb = try prepared(b) { disputed = ClaimGrouping.disagree(pa, pb) }
            }
            try extendGroup.rebind([disputed, firstSeen, target])
            try extendGroup.run()
        }
    }

    // MARK: Groups that lost claims

    /// Splits or dissolves the next chunk of groups that lost claims; false when none is left.
    private func repairChunk() throws -> Bool {
        let groups = try ids(dirtyChunk)
        guard !groups.isEmpty else { return false }
        for group in groups {
            let (members, links) = try contents(of: group)
            let parts = ClaimGrouping.components(members, links: links)
            let kept = Set(parts.flatMap { $0.map(\.claim.id) })
            for member in members where !kept.contains(member.claim.id) {
                try setGroup.rebind([nil as Int64?, member.claim.id])
                try setGroup.run()
            }
            if parts.isEmpty {
                try deleteGroup.rebind([group])
                try deleteGroup.run()
            }
            for (n, part) in parts.enumerated() {
                let description = ClaimGrouping.describe(part, links: links)
                if n == 0 {
                    try store(description, in: group)
                    continue
                }
                try insertGroup.rebind([description.signature, description.disputed, description.firstSeen])
                try insertGroup.run()
                let id = db.lastInsertRowID
                for member in part {
                    try setGroup.rebind([id, member.claim.id])
                    try setGroup.run()
                }
            }
            try deleteDirty.rebind([group])
            try deleteDirty.run()
        }
        return true
    }

    // MARK: Reading and describing groups

    /// Describes group `id` from its stored members and links and stores the description.
    private func describe(_ id: Int64) throws {
        let (members, links) = try contents(of: id)
        try store(ClaimGrouping.describe(members, links: links), in: id)
    }

    private func store(_ description: ClaimGroup, in id: Int64) throws {
        try updateGroup.rebind([description.signature, description.disputed, description.firstSeen, id])
        try updateGroup.run()
    }

    /// The members of group `id` and the links between them.
    func contents(of id: Int64) throws -> ([PreparedClaim], [(Int64, Int64)]) {
        // Ids first, then each claim from the cache or read alone: a group described again as
        // claims join it is mostly claims prepared a moment ago.
        try claimsOfGroup.rebind([id])
        var ids: [Int64] = []
        while try claimsOfGroup.step() { ids.append(claimsOfGroup.int64(at: 0)) }
        claimsOfGroup.reset()
        var members: [PreparedClaim] = []
        members.reserveCapacity(ids.count)
        for claimID in ids {
            if let claim = try prepared(claimID) { members.append(claim) }
        }
        try linksOfGroup.rebind([id])
        var links: [(Int64, Int64)] = []
        while try linksOfGroup.step() { links.append((linksOfGroup.int64(at: 0), linksOfGroup.int64(at: 1))) }
        return (members, links)
    }

    /// The stored claim `id`, prepared, from the cache when it is there.
    private func prepared(_ id: Int64) throws -> PreparedClaim? {
        if let hit = cache.claim(id) { return hit }
        try claimByID.rebind([id])
        guard try claimByID.step() else { return nil }
        let claim = Self.preparedClaim(claimByID)
        remember(claim)
        return claim
    }

    /// Caches `claim`, the least recently used claims making room (``RecentClaims``). Only speed
    /// depends on the cache.
    private func remember(_ claim: PreparedClaim) {
        cache.insert(claim)
    }

    private func ids(_ statement: Statement) throws -> [Int64] {
        statement.reset()
        var out: [Int64] = []
        while try statement.step() { out.append(statement.int64(at: 0)) }
        return out
    }

    /// A claim not yet in a group, or a whole group, in the union of one chunk's links.
    private enum Node: Hashable, Comparable {
        case group(Int64)
        case claim(Int64)

        var groupID: Int64? { if case .group(let id) = self { id } else { nil } }
        var claimID: Int64? { if case .claim(let id) = self { id } else { nil } }
    }
}
