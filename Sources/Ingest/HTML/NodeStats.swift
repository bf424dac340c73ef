/// Sums over each element's visible text: its length, the part inside links, its commas, and
/// counts of the elements below it, kept current as elements are removed.
///
/// Kept in 32 bits a node (a page is at most a few tens of MB of text): a page of millions of tiny
/// elements holds three sums for each.
struct NodeStats {
    private var textLengths: [Int32]
    private var linkLengths: [Int32]
    private var commaCounts: [Int32]
    /// Whether a block element is among the node's visible children.
    private(set) var hasBlockChild: [Bool]

    /// Characters of text below `index` (white space runs count as one).
    @inline(__always)
    func textLength(_ index: Int) -> Int { Int(textLengths[index]) }

    /// Characters of that text inside links.
    @inline(__always)
    func linkLength(_ index: Int) -> Int { Int(linkLengths[index]) }

    /// Commas in that text.
    @inline(__always)
    func commas(_ index: Int) -> Int { Int(commaCounts[index]) }

    /// Sums for `tree` with the nodes marked in `removed` (and everything below them) left out.
    init(tree: HTMLTree, removed: [Bool]) {
        let count = tree.count
        textLengths = Array(repeating: 0, count: count)
        linkLengths = Array(repeating: 0, count: count)
        commaCounts = Array(repeating: 0, count: count)
        hasBlockChild = Array(repeating: false, count: count)
        let anchor = tree.tagNames.firstIndex(of: "a").map(UInt32.init)
        let blockTags = Set(
            tree.tagNames.indices.filter { HTMLTags.block.contains(tree.tagNames[$0]) }.map(UInt32.init))
        // Parents come before their children, so a reverse pass sums children into parents.
        for index in stride(from: count - 1, through: 0, by: -1) where !removed[index] {
            let tag = tree.tags[index]
            if tag == 0 {
                let (length, commaCount) = Self.measure(tree.textBytes(of: index))
                textLengths[index] = Int32(truncatingIfNeeded: length)
                commaCounts[index] = Int32(truncatingIfNeeded: commaCount)
            } else if tag == anchor {
                linkLengths[index] = textLengths[index]
            }
            let parent = tree.parent(index)
            if parent >= 0 {
                textLengths[parent] &+= textLengths[index]
                linkLengths[parent] &+= linkLengths[index]
                commaCounts[parent] &+= commaCounts[index]
                if tag != 0 && blockTags.contains(tag) { hasBlockChild[parent] = true }
            }
        }
    }

    /// Takes `index`'s sums out of its ancestors, once it is removed.
    mutating func remove(_ index: Int, in tree: HTMLTree) {
        var parent = tree.parent(index)
        while parent >= 0 {
            textLengths[parent] &-= textLengths[index]
            linkLengths[parent] &-= linkLengths[index]
            commaCounts[parent] &-= commaCounts[index]
            parent = tree.parent(parent)
        }
    }

    /// The share of `index`'s text inside links, 0 when it has no text.
    func linkDensity(_ index: Int) -> Double {
        textLengths[index] == 0 ? 0 : Double(linkLengths[index]) / Double(textLengths[index])
    }

    /// Visible characters (runs of white space as one) and commas in the UTF-8 `text`.
    static func measure<Bytes: Collection<UInt8>>(_ text: Bytes) -> (length: Int, commas: Int) {
        var length = 0
        var commas = 0
        var space = false
        HTMLTree.forEachScalar(text) { scalar in
            if WhiteSpace.contains(scalar) {
                if !space { length += 1 }
                space = true
                return
            }
            space = false
            length += 1
            if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{3001}" || scalar == "\u{060C}" { commas += 1 }
        }
        return (length, commas)
    }
}
