import Extraction
import HearsayModel

/// A claim with what grouping reads from it worked out once, for grouping claims a few at a time
/// against claims already grouped (``ClaimGrouping/linked(_:_:)``, ``ClaimGrouping/describe(_:links:)``).
///
/// ```swift
/// let new = PreparedClaim(claim)
/// for key in new.indexKeys { /* fetch stored claims filed under `key` near `new.day` */ }
/// if ClaimGrouping.linked(new, stored) { /* the two claims state the same event */ }
/// ```
public struct PreparedClaim: Sendable {
    /// The claim.
    public let claim: GroupableClaim
    let features: ClaimFeatures

    /// Reads the claim's event words, counts, names and dates.
    public init(_ claim: GroupableClaim) {
        self.claim = claim
        features = ClaimFeatures(claim)
    }

    private init(claim: GroupableClaim, features: ClaimFeatures) {
        self.claim = claim
        self.features = features
    }

    /// The same claim under another id (prepared before it was stored), without reading it again.
    public func identified(as id: Int64) -> PreparedClaim {
        var renamed = claim
        renamed.id = id
        return PreparedClaim(claim: renamed, features: features)
    }

    /// True when the claim names an event and a name, so it can be linked with another claim
    /// (its ``indexKeys`` are not empty).
    public var canLink: Bool { !features.eventKeys.isEmpty && !features.names.isEmpty }

    /// The article's date as days since 1970-01-01, nil when the article has no date.
    public var day: Int? { claim.date.flatMap(CalendarDay.init(iso:))?.number }

    /// Keys under which the claim is filed: one per event it names and name it mentions.
    ///
    /// Two claims can only be linked when they share a key: a link needs a name in common and the
    /// same event word or counted event. Keys are stable 64-bit hashes (the same in every run),
    /// so a database can index them; a collision only adds a candidate that ``ClaimGrouping/linked(_:_:)`` rejects.
    public var indexKeys: [Int64] {
        var keys: [Int64] = []
        keys.reserveCapacity(features.eventKeys.count * features.names.count)
        for event in features.eventKeys.sorted() {
            for name in features.names.sorted() {
                keys.append(Self.stableHash(event, name))
            }
        }
        return keys
    }

    /// A stable 64-bit hash of everything ``ClaimGrouping/linked(_:_:)`` reads from the claim
    /// besides its article: its text, its article's date, its figures and its dates.
    ///
    /// Claims with the same content key are twins (copies of one story under other keys): a claim
    /// is linked with all twins of other articles than its own or with none, so it is compared
    /// with one of them.
    public var contentKey: Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func byte(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        func field(_ text: String?) {
            // A field's bytes then a separator, so "ab"+"c" and "a"+"bc" differ; absent fields differ from empty ones.
            guard let text else { return byte(0x1e) }
            for b in text.utf8 { byte(b) }
            byte(0x1f)
        }
        func number(_ number: Double) {
            var bits = number.bitPattern
            for _ in 0..<8 {
                byte(UInt8(truncatingIfNeeded: bits))
                bits >>= 8
            }
        }
        field(claim.text)
        field(claim.date)
        for figure in claim.figures {
            number(figure.value)
            field(figure.qualifier)
            field(figure.unit)
            field(figure.event)
            field(figure.text)
        }
        byte(0x1d)
        for date in claim.dates {
            field(date.text)
            field(date.from)
            field(date.to)
        }
        return Int64(bitPattern: hash)
    }

    /// True when the claim is linked with its twins (``contentKey``) in other articles: then a
    /// claim linked with one twin is in the same group as all of them through that twin.
    public var linksItsTwins: Bool { ClaimGrouping.sameEvent(features, features, claim, claim) }

    /// FNV-1a over the UTF-8 of `a`, a separator byte, and `b`.
    static func stableHash(_ a: String, _ b: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        for byte in a.utf8 { mix(byte) }
        mix(0x1f)
        for byte in b.utf8 { mix(byte) }
        return Int64(bitPattern: hash)
    }
}

extension ClaimGrouping {
    /// How many days apart two dated articles can be and still report the same event.
    public static var windowDays: Int { maxDaysApart }

    /// True when two claims of different articles state the same event, as ``group(_:)`` links
    /// them: dated articles at most ``windowDays`` apart, a name and an event in common, dates
    /// that agree, counts of comparable size.
    public static func linked(_ a: PreparedClaim, _ b: PreparedClaim) -> Bool {
        guard a.claim.article != b.claim.article else { return false }
        if let da = a.day, let db = b.day, abs(da - db) > maxDaysApart { return false }
        return sameEvent(a.features, b.features, a.claim, b.claim)
    }

    /// True when two linked claims give different counts of the same event and unit: the link
    /// alone makes their group disputed.
    public static func disagree(_ a: PreparedClaim, _ b: PreparedClaim) -> Bool {
        for fa in a.features.counts {
            for fb in b.features.counts where fa.sameMeasure(fb) && fa.value != fb.value { return true }
        }
        return false
    }

    /// The event of the first pair of counts that differ between linked claims `a` and `b`
    /// (`a` the one with the smaller id), as ``describe(_:links:)`` orders disagreements; nil
    /// when they agree.
    static func firstDisagreement(_ a: PreparedClaim, _ b: PreparedClaim) -> String? {
        for fa in a.features.counts {
            for fb in b.features.counts where fa.sameMeasure(fb) && fa.value != fb.value { return fa.event }
        }
        return nil
    }

    /// The group formed by `members` and the links found between them, described as ``group(_:)``
    /// describes it (outlets, first seen, disagreements along the links, signature).
    ///
    /// Links naming a claim that is not a member are ignored.
    public static func describe(_ members: [PreparedClaim], links: [(Int64, Int64)]) -> ClaimGroup {
        let sorted = members.sorted { $0.claim.id < $1.claim.id }
        var index: [Int64: Int] = [:]
        for (i, m) in sorted.enumerated() { index[m.claim.id] = i }
        var edges: [[Int]] = []
        var seen: Set<[Int]> = []
        for (x, y) in links {
            guard let i = index[x], let j = index[y], i != j else { continue }
            let pair = i < j ? [i, j] : [j, i]
            if seen.insert(pair).inserted { edges.append(pair) }
        }
        return makeGroup(
            Array(sorted.indices), edges: edges, sorted.map(\.claim), sorted.map(\.features))
    }

    /// Splits claims into the sets connected by `links`, keeping the sets with claims from at
    /// least two articles, each in id order, the sets ordered by their smallest id.
    public static func components(_ members: [PreparedClaim], links: [(Int64, Int64)]) -> [[PreparedClaim]] {
        let sorted = members.sorted { $0.claim.id < $1.claim.id }
        var index: [Int64: Int] = [:]
        for (i, m) in sorted.enumerated() { index[m.claim.id] = i }
        var sets = UnionFind(count: sorted.count)
        for (x, y) in links {
            guard let i = index[x], let j = index[y] else { continue }
            sets.union(i, j)
        }
        var byRoot: [Int: [PreparedClaim]] = [:]
        var roots: [Int] = []
        for i in sorted.indices {
            let r = sets.find(i)
            if byRoot[r] == nil { roots.append(r) }
            byRoot[r, default: []].append(sorted[i])
        }
        return roots.compactMap { byRoot[$0] }.filter { Set($0.map(\.claim.article)).count > 1 }
    }
}
