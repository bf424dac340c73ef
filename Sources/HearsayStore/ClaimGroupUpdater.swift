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
/// described again (from a kept ``ClaimGroupSummary`` when the group's is known). Twins (claims
/// with the same content key, migration 0012: copies of one story) are compared once and linked
/// through the first. Groups that lost claims when an article was replaced are queued in
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
    /// Group summaries kept between chunks; all are dropped when there are more.
    static let summaryLimit = 50_000
    /// Groups larger than this are not read whole when claims join them: their flag and first
    /// day are updated from the new links, and their signature is kept.
    let describeLimit: Int

    private let db: Database
    private var cache = RecentClaims(limit: ClaimGroupUpdater.cacheLimit)
    /// What the stored description of each group touched lately is made from, so claims joining
    /// it update it without reading the whole group and all its links again. Exact: a group not
    /// here is read whole once.
    private var summaries: [Int64: ClaimGroupSummary] = [:]
    /// The claims stored by the chunk being grouped: only they can join a group without links
    /// from before the chunk.
    private var chunkClaims: Set<Int64> = []
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
                SELECT claim_id, content, article_id FROM claim_keys
                 WHERE key = ?1 AND day BETWEEN ?2 AND ?2 + \(ClaimGrouping.windowDays) AND article_id != ?3
                 ORDER BY day LIMIT \(Self.candidatesPerKey)
                """)
        keysBefore = try db.prepare(
            sql: """
                SELECT claim_id, content, article_id FROM claim_keys
                 WHERE key = ?1 AND day BETWEEN ?2 - \(ClaimGrouping.windowDays) AND ?2 - 1 AND article_id != ?3
                 ORDER BY day DESC LIMIT \(Self.candidatesPerKey)
                """)
        keysUndated = try db.prepare(
            sql: """
                SELECT claim_id, content, article_id FROM claim_keys
                 WHERE key = ?1 AND day = \(Self.undatedDay) AND article_id != ?3 LIMIT \(Self.candidatesPerKey)
                """)
        keysAnyDay = try db.prepare(
            sql: """
                SELECT claim_id, content, article_id FROM claim_keys WHERE key = ?1 AND article_id != ?3
                 ORDER BY day DESC LIMIT \(Self.candidatesPerKey)
                """)
        insertKey = try db.prepare(
            sql: "INSERT OR IGNORE INTO claim_keys(key, day, claim_id, article_id, content) VALUES (?, ?, ?, ?, ?)")
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
        forgetAll()
    }

    /// Forgets every prepared claim and group summary (claim ids may now name other claims, or
    /// a rolled-back transaction took them away).
    func forgetAll() {
        cache.removeAll()
        summaries.removeAll()
    }

    /// ``run()`` during an import, inside the transaction that stored a batch: `prepared` gives
    /// the claims of the batch's articles prepared ahead, and the cache of stored claims is kept
    /// for the next batch unless `replaced` says the batch replaced articles (their claim ids may
    /// be reused). The batch's claims are grouped before it commits, so the pages both touch (the new
    /// claims, the queue) are written to the log once, not twice, and a batch is never stored
    /// ungrouped. The caller calls ``forgetAll()`` when the transaction rolls back.
    func runInBatch(prepared: [PreparedArticle], replaced: Bool) throws {
        if replaced { forgetAll() }
        ahead.removeAll(keepingCapacity: true)
        for article in prepared { ahead[article.input.key] = article.claims }
        defer {
            ahead.removeAll(keepingCapacity: true)
            for statement in statements { statement.reset() }
        }
        while try finishing(repairChunk()) {}
        while try finishing(groupChunk()) {}
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
        if version != dataVersion { forgetAll() }
        dataVersion = version
        var links: [(Int64, Int64)] = []
        chunkClaims.removeAll(keepingCapacity: true)
        for article in articles {
            for claim in try claims(ofArticle: article) {
                chunkClaims.insert(claim.claim.id)
                let keys = claim.indexKeys
                guard !keys.isEmpty else { continue }
                let day = claim.day.map(Int64.init) ?? Self.undatedDay
                // Twins (the same content) are all linked or none, so the first of each content,
                // the smallest id, is compared for all. When twins are linked with each other, a
                // later twin in another article than the first is linked to it already and joins
                // the group through it: only the first is linked to the new claim.
                var twins: [Int64: Twin] = [:]
                for candidate in try candidates(keys, day: day, article: article) {
                    if let content = candidate.content, let first = twins[content] {
                        guard first.linked, !(first.linksTwins && candidate.article != first.article) else { continue }
                    } else {
                        guard let other = try prepared(candidate.id) else { continue }
                        let linked = ClaimGrouping.linked(claim, other)
                        if let content = candidate.content {
                            twins[content] = Twin(
                                linked: linked, article: candidate.article, linksTwins: linked && other.linksItsTwins)
                        }
                        guard linked else { continue }
                    }
                    let id = candidate.id
                    let pair = claim.claim.id < id ? (claim.claim.id, id) : (id, claim.claim.id)
                    try insertLink.rebind([pair.0, pair.1])
                    try insertLink.run()
                    links.append(pair)
                }
                // Filed after its own search, so two new claims are compared once.
                let content = claim.contentKey
                for key in keys {
                    try insertKey.rebind([key, day, claim.claim.id, article, content])
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

    /// A stored claim filed under a key of a new claim.
    private struct Candidate {
        var id: Int64
        /// Its content key, nil when it was filed before content keys were (migration 0012).
        var content: Int64?
        var article: Int64
    }

    /// What the first twin of a content among a new claim's candidates gave.
    private struct Twin {
        var linked: Bool
        var article: Int64
        /// True when twins of this content are linked with each other.
        var linksTwins: Bool
    }

    /// The stored claims filed under `keys` near `day`, outside `article`, bounded, in id order.
    private func candidates(_ keys: [Int64], day: Int64, article: Int64) throws -> [Candidate] {
        var found: [Int64: Candidate] = [:]
        let queries = day == Self.undatedDay ? [keysAnyDay] : [keysAfter, keysBefore, keysUndated]
        func sorted() -> [Candidate] { found.values.sorted { $0.id < $1.id } }
        for key in keys {
            for query in queries {
                try query.rebind([key, day, article])
                while try query.step() {
                    let id = query.int64(at: 0)
                    found[id] = Candidate(id: id, content: query.optionalInt64(at: 1), article: query.int64(at: 2))
                    if found.count >= Self.candidatesPerClaim { return sorted() }
                }
            }
        }
        return sorted()
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
                try describe(target, merging: groups, joining: claims, links: linksOf[root] ?? [], size: size)
                continue
            }
            for group in groups { summaries[group] = nil }
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
            summaries[group] = nil
            let (members, stored) = try contents(of: group)
            let links = try stored + relinkTwins(members)
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

    /// Links each of `members` with the twins among them it is linked with, as grouping new
    /// claims does (the first twin of each content in another article, when twins are linked
    /// with each other, else each), and returns the links stored. When the first twin's article
    /// is replaced, its links go with it: the claims linked through it are linked to the next
    /// twin here, so the group holds together as it did.
    private func relinkTwins(_ members: [PreparedClaim]) throws -> [(Int64, Int64)] {
        let sorted = members.sorted { $0.claim.id < $1.claim.id }
        let contents = sorted.map(\.contentKey)
        var twinsOf: [Int64: [Int]] = [:]
        var order: [Int64] = []
        for (i, content) in contents.enumerated() {
            if twinsOf[content] == nil { order.append(content) }
            twinsOf[content, default: []].append(i)
        }
        var verdicts: [[Int64]: Bool] = [:]
        var links: [(Int64, Int64)] = []
        for (i, claim) in sorted.enumerated() {
            for content in order {
                let others = (twinsOf[content] ?? []).filter { sorted[$0].claim.article != claim.claim.article }
                guard let first = others.first else { continue }
                let key = [contents[i], content]
                let linked = verdicts[key] ?? ClaimGrouping.linked(claim, sorted[first])
                verdicts[key] = linked
                guard linked else { continue }
                for j in sorted[first].linksItsTwins ? [first] : others {
                    let (a, b) = (min(claim.claim.id, sorted[j].claim.id), max(claim.claim.id, sorted[j].claim.id))
                    try insertLink.rebind([a, b])
                    try insertLink.run()
                    links.append((a, b))
                }
            }
        }
        return links
    }

    // MARK: Reading and describing groups

    /// Describes group `id`, which `groups` (their summaries dropped) and the ungrouped `claims`
    /// just became with `links`, and stores the description: from the summaries of the groups
    /// and the newcomers when every group's summary is known and the group holds `size` claims
    /// as they say, else from its stored members and links.
    private func describe(
        _ id: Int64, merging groups: [Int64], joining claims: [Int64], links: [(Int64, Int64)], size: Int64
    ) throws {
        var summary: ClaimGroupSummary?
        let parts = groups.compactMap { summaries.removeValue(forKey: $0) }
        // Only claims of this chunk are known to bring no links older than the chunk.
        if parts.count == groups.count, claims.allSatisfy(chunkClaims.contains) {
            var joined = parts.dropFirst().reduce(parts.first) { $0?.merging($1) } ?? ClaimGroupSummary([], links: [])
            joined = joined.adding(try claims.compactMap { try prepared($0) })
            for (a, b) in links {
                guard let pa = try prepared(a), let pb = try prepared(b) else { continue }
                joined = joined.linking(pa, pb)
            }
            if Int64(joined.size) == size { summary = joined }
        }
        if summary == nil {
            let (members, stored) = try contents(of: id)
            summary = ClaimGroupSummary(members, links: stored)
        }
        guard let summary else { return }
        try updateGroup.rebind([summary.signature, summary.disputed, summary.firstSeenDate, id])
        try updateGroup.run()
        if summaries.count >= Self.summaryLimit { summaries.removeAll() }
        summaries[id] = summary
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
