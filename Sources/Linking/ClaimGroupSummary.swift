/// What a group's stored description is made from, kept so that claims joining the group update
/// it in time proportional to the newcomers, not to the whole group.
///
/// ``ClaimGrouping/describe(_:links:)`` reads every member and every link; its signature,
/// disputed flag and first day depend only on sums and minima over them: how many members name
/// each event and each name, the earliest article date and resolved day, the smallest id, and
/// the first link (in id order) whose counts disagree. A summary holds those, and
/// ``adding(_:)``, ``linking(_:_:)`` and ``merging(_:)`` keep them exact, so ``description`` is what describing
/// the whole group again would give.
///
/// ```swift
/// var summary = ClaimGroupSummary(members, links: links)   // read whole once
/// summary = summary.adding(newClaims).linking(old, new)    // then only the newcomers
/// summary.description.signature
/// ```
public struct ClaimGroupSummary: Sendable, Equatable {
    /// Members naming each event key ("word:killed", "count:killed").
    private var eventCount: [String: Int] = [:]
    /// Members naming each name.
    private var nameCount: [String: Int] = [:]
    /// The earliest article date among the members.
    private var firstSeen: String?
    /// The earliest start of a resolved date range among the members.
    private var firstRange: String?
    /// The smallest member id.
    private var minID: Int64?
    /// The first link, in id order, whose counts disagree, and the event of its first disagreement.
    private var firstDisagreement: FirstDisagreement?
    /// How many members the summary counts.
    public private(set) var size = 0

    private struct FirstDisagreement: Sendable, Equatable {
        var a: Int64
        var b: Int64
        var event: String
    }

    /// The summary of `members` and the links between them (links naming a non-member are
    /// ignored, as ``ClaimGrouping/describe(_:links:)`` ignores them).
    public init(_ members: [PreparedClaim], links: [(Int64, Int64)]) {
        self = ClaimGroupSummary().adding(members)
        var byID: [Int64: PreparedClaim] = [:]
        for m in members { byID[m.claim.id] = m }
        for (x, y) in links {
            guard let a = byID[x], let b = byID[y] else { continue }
            self = linking(a, b)
        }
    }

    private init() {}

    /// The summary after `members` join the group (their links are added with ``linking(_:_:)``).
    public func adding(_ members: [PreparedClaim]) -> ClaimGroupSummary {
        var out = self
        for m in members {
            out.size += 1
            for e in m.features.eventKeys { out.eventCount[e, default: 0] += 1 }
            for n in m.features.names { out.nameCount[n, default: 0] += 1 }
            if let d = m.claim.date, out.firstSeen.map({ d < $0 }) ?? true { out.firstSeen = d }
            for r in m.features.ranges where out.firstRange.map({ r.0.iso < $0 }) ?? true { out.firstRange = r.0.iso }
            if out.minID.map({ m.claim.id < $0 }) ?? true { out.minID = m.claim.id }
        }
        return out
    }

    /// The summary with the link between members `a` and `b` taken into account (a link given
    /// twice changes nothing).
    public func linking(_ a: PreparedClaim, _ b: PreparedClaim) -> ClaimGroupSummary {
        let (first, second) = a.claim.id < b.claim.id ? (a, b) : (b, a)
        guard first.claim.id != second.claim.id else { return self }
        if let current = firstDisagreement, (current.a, current.b) <= (first.claim.id, second.claim.id) {
            return self
        }
        guard let event = ClaimGrouping.firstDisagreement(first, second) else { return self }
        var out = self
        out.firstDisagreement = FirstDisagreement(a: first.claim.id, b: second.claim.id, event: event)
        return out
    }

    /// The summary of two groups made one.
    public func merging(_ other: ClaimGroupSummary) -> ClaimGroupSummary {
        var out = self
        out.size += other.size
        for (k, v) in other.eventCount { out.eventCount[k, default: 0] += v }
        for (k, v) in other.nameCount { out.nameCount[k, default: 0] += v }
        if let d = other.firstSeen, out.firstSeen.map({ d < $0 }) ?? true { out.firstSeen = d }
        if let r = other.firstRange, out.firstRange.map({ r < $0 }) ?? true { out.firstRange = r }
        if let m = other.minID, out.minID.map({ m < $0 }) ?? true { out.minID = m }
        if let d = other.firstDisagreement {
            if out.firstDisagreement.map({ ($0.a, $0.b) > (d.a, d.b) }) ?? true { out.firstDisagreement = d }
        }
        return out
    }

    /// True when some linked members give different counts of the same event and unit.
    public var disputed: Bool { firstDisagreement != nil }

    /// The earliest article date among the members.
    public var firstSeenDate: String? { firstSeen }

    /// The signature ``ClaimGrouping/describe(_:links:)`` gives the whole group.
    public var signature: String {
        let counted = eventCount.filter { $0.key.hasPrefix("count:") }
        let pool = firstDisagreement.map { ["count:" + $0.event: 1] } ?? (counted.isEmpty ? eventCount : counted)
        return ClaimGrouping.signature(
            pool: pool, nameCount: nameCount, day: firstRange ?? firstSeen ?? "", minID: minID ?? 0)
    }
}
