import CLibXML2

/// A parsed web page as a flat array of nodes: elements with their attributes, and text.
///
/// libxml2's HTML parser (the one lxml stands on) does the parsing, entity decoding and error
/// recovery; its tree is copied into Swift values once and freed, so the rest of the reading works
/// on plain arrays and never on C pointers.
struct HTMLTree {
    /// One element or text run.
    struct Node {
        /// The lower-case tag name, or empty for text.
        var name: String
        /// The text of a text node; empty for elements.
        var text: String
        /// Attributes with lower-case names, in document order.
        var attributes: [(name: String, value: String)]
        /// The parent's index, -1 for the root.
        var parent: Int
        /// The children's indices, in document order.
        var children: [Int]

        /// Whether this is a text node.
        var isText: Bool { name.isEmpty }

        /// The value of attribute `name` (lower-case), if present.
        func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }
    }

    /// Every node, parents before their children; index 0 is the root element.
    private(set) var nodes: [Node] = []

    /// The root's index (0), or nil for a page the parser found nothing in.
    var root: Int? { nodes.isEmpty ? nil : 0 }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` as HTML in `encoding` (UTF-8 unless given); the page's own charset declarations
    /// are ignored (the caller worked out the encoding).
    init(bytes: [UInt8], encoding: String = "UTF-8") {
        _ = Self.initialized
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_COMPACT.rawValue
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return }
        // Recovered errors are expected on real pages; without a handler libxml2 prints them on stderr.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, encoding, Int32(bitPattern: options))
                }
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        var top = document.pointee.children
        // Without implied tags a fragment may have several top-level nodes: hang them under one root.
        nodes.append(Node(name: "html", text: "", attributes: [], parent: -1, children: []))
        while let node = top {
            if node.pointee.type == XML_ELEMENT_NODE, Self.name(of: node) == "html" {
                nodes[0].attributes = Self.attributes(of: node)
                copyChildren(of: node, under: 0)
            } else {
                copy(node, under: 0)
            }
            top = node.pointee.next
        }
    }

    /// Copies `first` and everything below it, iteratively so nesting depth costs no stack.
    private mutating func copy(_ first: xmlNodePtr, under parent: Int) {
        var stack: [(node: xmlNodePtr, parent: Int)] = [(first, parent)]
        while let (node, parent) = stack.popLast() {
            guard let index = append(node, under: parent) else { continue }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let c = child {
                children.append(c)
                child = c.pointee.next
            }
            for c in children.reversed() { stack.append((c, index)) }
        }
    }

    private mutating func copyChildren(of node: xmlNodePtr, under parent: Int) {
        var child = node.pointee.children
        while let c = child {
            copy(c, under: parent)
            child = c.pointee.next
        }
    }

    private mutating func append(_ node: xmlNodePtr, under parent: Int) -> Int? {
        let index = nodes.count
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            nodes.append(
                Node(
                    name: Self.name(of: node), text: "", attributes: Self.attributes(of: node), parent: parent,
                    children: []))
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            nodes.append(Node(name: "", text: String(cString: content), attributes: [], parent: parent, children: []))
        default:
            return nil
        }
        nodes[parent].children.append(index)
        return index
    }

    private static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return lowercased(String(cString: name))
    }

    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var property = node.pointee.properties
        while let p = property {
            if let name = p.pointee.name {
                var value = ""
                var child = p.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                out.append((lowercased(String(cString: name)), value))
            }
            property = p.pointee.next
        }
        return out
    }

    /// ASCII lower case: tag and attribute names are ASCII, and this is much cheaper than `lowercased()`.
    static func lowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    // MARK: - Reading

    /// The element children of `index`.
    func elementChildren(of index: Int) -> [Int] { nodes[index].children.filter { !nodes[$0].isText } }

    /// Every node below `index` (not itself), in document order.
    func descendants(of index: Int) -> [Int] {
        var out: [Int] = []
        var stack = Array(nodes[index].children.reversed())
        while let next = stack.popLast() {
            out.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return out
    }

    /// The elements named `name` anywhere below `index`, in document order.
    func elements(named name: String, under index: Int = 0) -> [Int] {
        descendants(of: index).filter { nodes[$0].name == name }
    }

    /// All text below `index`, white space collapsed to single spaces and trimmed.
    func text(of index: Int) -> String {
        var out = ""
        if nodes[index].isText { return Self.collapse(nodes[index].text) }
        for d in descendants(of: index) where nodes[d].isText {
            out += nodes[d].text
        }
        return Self.collapse(out)
    }

    /// `text` with runs of white space as one space, trimmed.
    static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var iterator = text.unicodeScalars.makeIterator()
        var scratch: [UInt8] = []
        while let scalar = iterator.next() {
            if WhiteSpace.contains(scalar) {
                pendingSpace = !out.isEmpty
                continue
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
}
