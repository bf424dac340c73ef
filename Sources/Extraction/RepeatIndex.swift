/// The quotations attribution has kept, as sorted bags of word keys, indexed so that finding an
/// earlier near-repeat of a new quotation (change-tracking pages print each paragraph twice) looks
/// only at quotations sharing a rare word with it instead of at every earlier one.
///
/// A repeat shares at least 80% of the words of both quotations (counted with multiplicity).
struct RepeatIndex {
    /// The bags in the order they were added; an id is a position here.
    private var bags: [[UInt64]] = []
    /// For each word key, the ids of the bags holding it, ascending.
    private var postings: [UInt64: [Int]] = [:]

    /// Adds `bag` (sorted word keys) as the next id.
    mutating func append(_ bag: [UInt64]) {
        let id = bags.count
        bags.append(bag)
        var previous: UInt64? = nil
        for key in bag where key != previous {
            postings[key, default: []].append(id)
            previous = key
        }
    }

    /// The first id whose bag shares at least 80% of both its own words and `bag`'s, or nil.
    func firstRepeat(of bag: [UInt64]) -> Int? {
        let size = bag.count
        guard size > 0 else { return nil }
        var needed = 0
        while !RepeatIndex.enough(needed, of: size) { needed += 1 }
        // A repeat leaves at most `size - needed` of the bag's words unmatched, so any
        // `size - needed + 1` of them include one it holds: those with the shortest postings do.
        let probes = bag.map { postings[$0]?.count ?? 0 }.enumerated().sorted { $0.element < $1.element }
            .prefix(size - needed + 1)
        var candidates = Set<Int>()
        for probe in probes { candidates.formUnion(postings[bag[probe.offset]] ?? []) }
        for id in candidates.sorted() {
            let common = RepeatIndex.sortedOverlap(bag, bags[id])
            if RepeatIndex.enough(common, of: size) && RepeatIndex.enough(common, of: bags[id].count) {
                return id
            }
        }
        return nil
    }

    /// True when `common` words are at least 80% of `size`.
    private static func enough(_ common: Int, of size: Int) -> Bool {
        size > 0 && Double(common) >= 0.8 * Double(size)
    }

    /// The size of the multiset intersection of two sorted arrays.
    static func sortedOverlap(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0
        var j = 0
        var n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                n += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return n
    }
}
