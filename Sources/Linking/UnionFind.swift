/// Disjoint sets over the indices `0..<count`: which items a set of links joins together.
public struct UnionFind: Sendable {
    private var parent: [Int]

    /// `count` items, each in a set of its own.
    public init(count: Int) {
        parent = Array(0..<count)
    }

    /// The representative of the set holding `i` (the smallest index joined to it so far is not
    /// promised; only that two items in one set give the same answer).
    public mutating func find(_ i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]
            i = parent[i]
        }
        return i
    }

    /// Joins the sets holding `a` and `b`; the smaller representative stays.
    public mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
