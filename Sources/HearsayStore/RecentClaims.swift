import Linking

/// Prepared claims kept between comparisons, the least recently used dropped first, never more
/// than `limit`.
///
/// Two generations: claims go into the young one, a claim found in the old one moves back to
/// the young one, and when the young one is full it becomes the old one and the old one is
/// dropped. So a claim compared again and again (a syndicated story's earlier copies) stays,
/// and the cache is never emptied all at once, as a single dictionary emptied when full was:
/// then every claim read before the reset missed once more, and more often as the database grew.
struct RecentClaims {
    /// Claims kept at most (both generations).
    let limit: Int
    private var young: [Int64: PreparedClaim] = [:]
    private var old: [Int64: PreparedClaim] = [:]

    /// An empty cache of at most `limit` claims (at least 2).
    init(limit: Int) {
        self.limit = max(2, limit)
    }

    /// Claims held.
    var count: Int { young.count + old.count }

    /// The claim with database id `id`, if held; marks it as recently used.
    mutating func claim(_ id: Int64) -> PreparedClaim? {
        if let hit = young[id] { return hit }
        guard let hit = old.removeValue(forKey: id) else { return nil }
        insert(hit)
        return hit
    }

    /// Holds `claim` under its id as the most recently used.
    mutating func insert(_ claim: PreparedClaim) {
        if young.count >= limit / 2, young[claim.claim.id] == nil {
            old = young
            young.removeAll(keepingCapacity: true)
        }
        young[claim.claim.id] = claim
    }

    /// Forgets every claim (their ids may now name other claims).
    mutating func removeAll() {
        young.removeAll(keepingCapacity: true)
        old.removeAll()
    }
}
