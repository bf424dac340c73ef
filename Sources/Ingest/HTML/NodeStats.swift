/// Sums over each element's visible text: its length, the part inside links, its commas, and
/// counts of the elements below it, kept current as elements are removed.
struct NodeStats {
    /// Characters of text below each node (white space runs count as one).
    private(set) var textLength: [Int]
    /// Characters of that text inside links.
    private(set) var linkLength: [Int]
    /// Commas in that text.
    private(set) var commas: [Int]
    /// Whether a block element is among the node's visible children.
    private(set) var hasBlockChild: [Bool]

    /// Sums for `tree` with the nodes marked in `removed` (and everything below them) left out.
    init(tree: HTMLTree, removed: [Bool]) {
        let count = tree.nodes.count
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        hasBlockChild = Array(repeating: false, count: count)
        // Parents come before their children, so a reverse pass sums children into parents.
        for index in stride(from: count - 1, through: 0, by: -1) where !removed[index] {
            let node = tree.nodes[index]
            if node.isText {
                let (length, commaCount) = Self.measure(node.text)
                textLength[index] = length
                commas[index] = commaCount
            } else if node.name == "a" {
                linkLength[index] = textLength[index]
            }
            let parent = node.parent
            if parent >= 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
                if !node.isText && HTMLTags.block.contains(node.name) { hasBlockChild[parent] = true }
            }
        }
    }

    /// Takes `index`'s sums out of its ancestors, once it is removed.
    mutating func remove(_ index: Int, in tree: HTMLTree) {
        var parent = tree.nodes[index].parent
        while parent >= 0 {
            textLength[parent] -= textLength[index]
            linkLength[parent] -= linkLength[index]
            commas[parent] -= commas[index]
            parent = tree.nodes[parent].parent
        }
    }

    /// The share of `index`'s text inside links, 0 when it has no text.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// Visible characters (runs of white space as one) and commas in `text`.
    static func measure(_ text: String) -> (length: Int, commas: Int) {
        var length = 0
        var commas = 0
        var space = false
        for scalar in text.unicodeScalars {
            if WhiteSpace.contains(scalar) {
                if !space { length += 1 }
                space = true
                continue
            }
            space = false
            length += 1
            if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{3001}" || scalar == "\u{060C}" { commas += 1 }
        }
        return (length, commas)
    }
}
