/// A parsed web page as flat arrays: each node's tag, parent and the end of its subtree, with the
/// text of all text nodes in one byte buffer and the attributes of all elements in one list.
///
/// libxml2's HTML parser (the one lxml stands on) does the parsing, entity decoding and error
/// recovery; ``HTMLTreeBuilder`` takes its events and builds these arrays directly, without
/// libxml2's own document tree. Nodes are numbered in document order and a node's subtree is the
/// range from its index to ``end(_:)``, so descendants are a range and "is inside" is two
/// comparisons. A node costs 20 bytes plus its text or attributes: a 10 MB page of a million
/// elements needs about 30 MB here, against some 280 MB for libxml2's tree and a copy of it in
/// Swift values (issue 13).
struct HTMLTree {
    /// One attribute of an element, its name lower-case.
    struct Attribute {
        /// The lower-case name.
        var name: String
        /// The value, entities decoded; empty when the attribute has none.
        var value: String
    }

    /// Each node's tag: an index into `tagNames`, 0 for text.
    var tags: [UInt32] = []
    /// Each node's parent, -1 for the root.
    var parents: [Int32] = []
    /// One past the last node of each node's subtree.
    var ends: [Int32] = []
    /// For a text node, where its bytes start in `textBuffer`; for an element, where its attributes
    /// start in `attributeList`.
    var payloadStarts: [UInt32] = []
    /// Where a node's text or attributes end.
    var payloadEnds: [UInt32] = []
    /// Tag names by tag; index 0 (text) is empty.
    var tagNames: [String] = [""]
    /// The UTF-8 text of all text nodes, in document order.
    var textBuffer: [UInt8] = []
    /// The attributes of all elements, in document order.
    var attributeList: [Attribute] = []

    /// The number of nodes.
    var count: Int { tags.count }

    /// Every node's index, in document order.
    var indices: Range<Int> { 0..<tags.count }

    /// The root's index (0), or nil for a page the parser found nothing in.
    var root: Int? { tags.isEmpty ? nil : 0 }

    /// Parses `bytes` as HTML in `encoding` (UTF-8 unless given); the page's own charset declarations
    /// are ignored (the caller worked out the encoding).
    init(bytes: [UInt8], encoding: String = "UTF-8") {
        self = HTMLTreeBuilder.parse(bytes, encoding: encoding)
    }

    /// An empty tree, for the builder to fill.
    init() {}

    // MARK: - Nodes

    /// The lower-case tag name of `index`, empty for text.
    @inline(__always)
    func name(_ index: Int) -> String { tagNames[Int(tags[index])] }

    /// Whether `index` is a text node.
    @inline(__always)
    func isText(_ index: Int) -> Bool { tags[index] == 0 }

    /// The parent of `index`, -1 for the root.
    @inline(__always)
    func parent(_ index: Int) -> Int { Int(parents[index]) }

    /// One past the last node below `index`.
    @inline(__always)
    func end(_ index: Int) -> Int { Int(ends[index]) }

    /// Whether `index` is `ancestor` or below it.
    @inline(__always)
    func isInside(_ index: Int, _ ancestor: Int) -> Bool { index >= ancestor && index < Int(ends[ancestor]) }

    /// The attributes of element `index`, in document order.
    func attributes(of index: Int) -> ArraySlice<Attribute> {
        guard tags[index] != 0 else { return [] }
        return attributeList[Int(payloadStarts[index])..<Int(payloadEnds[index])]
    }

    /// The value of attribute `name` (lower-case) of `index`, if present.
    func attribute(_ name: String, of index: Int) -> String? {
        for attribute in attributes(of: index) where attribute.name == name { return attribute.value }
        return nil
    }

    /// The UTF-8 bytes of text node `index`.
    @inline(__always)
    func textBytes(of index: Int) -> ArraySlice<UInt8> {
        guard tags[index] == 0 else { return [] }
        return textBuffer[Int(payloadStarts[index])..<Int(payloadEnds[index])]
    }

    /// The children of `index`, in document order.
    func children(of index: Int) -> Children { Children(ends: ends, start: index + 1, end: Int(ends[index])) }

    /// A node's children, read from the subtree ends: the first child follows its parent, and each
    /// next sibling follows the end of the one before.
    struct Children: Sequence {
        let ends: [Int32]
        let start: Int
        let end: Int

        /// Steps from child to child.
        struct Iterator: IteratorProtocol {
            let ends: [Int32]
            var at: Int
            let end: Int

            /// The next child, or nil after the last.
            mutating func next() -> Int? {
                guard at < end else { return nil }
                let child = at
                at = Int(ends[child])
                return child
            }
        }

        /// An iterator from the first child.
        func makeIterator() -> Iterator { Iterator(ends: ends, at: start, end: end) }
    }

    // MARK: - Reading

    /// The element children of `index`.
    func elementChildren(of index: Int) -> [Int] { children(of: index).filter { !isText($0) } }

    /// Every node below `index` (not itself), in document order.
    func descendants(of index: Int) -> Range<Int> { (index + 1)..<Int(ends[index]) }

    /// Calls `visit` with `index` and each node below it, in document order, skipping the nodes
    /// below any node `visit` returns false for. A subtree is a range of indices, so no stack of
    /// pending nodes is kept (a `div` of millions of children would need one of millions).
    func walk(from index: Int, _ visit: (Int) -> Bool) {
        var at = index
        let stop = Int(ends[index])
        while at < stop {
            at = visit(at) ? at + 1 : Int(ends[at])
        }
    }

    /// The elements named `name` anywhere below `index`, in document order.
    func elements(named name: String, under index: Int = 0) -> [Int] {
        guard !tags.isEmpty else { return [] }
        guard let tag = tagNames.firstIndex(of: name), tag != 0 else { return [] }
        let wanted = UInt32(tag)
        return descendants(of: index).filter { tags[$0] == wanted }
    }

    /// All text below `index`, white space collapsed to single spaces and trimmed.
    func text(of index: Int) -> String {
        if isText(index) { return Self.collapse(bytes: textBytes(of: index)) }
        var out: [UInt8] = []
        for d in descendants(of: index) where isText(d) { out.append(contentsOf: textBytes(of: d)) }
        return Self.collapse(bytes: out)
    }

    /// ASCII lower case: tag and attribute names are ASCII, and this is much cheaper than `lowercased()`.
    static func lowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// `text` with runs of white space as one space, trimmed.
    static func collapse(_ text: String) -> String { collapse(bytes: text.utf8) }

    /// The UTF-8 `bytes` with runs of white space as one space, trimmed, as a string.
    static func collapse<Bytes: Collection<UInt8>>(bytes: Bytes) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var scratch: [UInt8] = []
        forEachScalar(bytes) { scalar in
            if WhiteSpace.contains(scalar) {
                pendingSpace = !out.isEmpty
                return
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if scalar.isASCII {
                out.append(UInt8(scalar.value))
            } else {
                scratch.removeAll(keepingCapacity: true)
                UTF8.encode(scalar) { scratch.append($0) }
                out.append(contentsOf: scratch)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `body` with each scalar of the UTF-8 `bytes` (an invalid sequence as U+FFFD, as
    /// `String(decoding:as:)` reads it).
    @inline(__always)
    static func forEachScalar<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ body: (Unicode.Scalar) -> Void) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): body(scalar)
            case .emptyInput: return
            case .error: body("\u{FFFD}")
            }
        }
    }
}
