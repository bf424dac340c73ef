import CLibXML2

/// Builds an ``HTMLTree`` from the events of libxml2's HTML parser (its SAX interface), so the
/// page is never held as libxml2's document tree (some 120 bytes a node, plus each text's copy).
///
/// The tree is the one libxml2's own tree builder would make, read the way Hearsay reads it: text
/// joined where libxml2 joins it (a run of characters, entity by entity, until an element, a
/// comment or a processing instruction comes between), comments, processing instructions and the
/// doctype left out, every top-level `html` element merged into the root and other top-level nodes
/// hung under it. Like libxml2's tree builder, it stops the parse at 256 open elements (the rest of
/// the page is not read), which also bounds every walk from a node to its ancestors.
final class HTMLTreeBuilder {
    /// The most elements open at once; one more stops the parse (libxml2's own tree builder's limit).
    static let maxDepth = 256

    private var tree = HTMLTree()
    /// The tag of each name libxml2 handed over, by its pointer (libxml2 interns names).
    private var tagsByPointer: [UnsafeRawPointer: UInt32] = [:]
    private var tagsByName: [String: UInt32] = [:]
    /// What the child appended last under an open element was, for joining text.
    private enum Last {
        case nothing
        /// A text node (or, `cdata`, a script's or style's raw text) that more characters extend.
        case text(Int, cdata: Bool)
        /// An element, a comment or a processing instruction: the next characters start a new node.
        case other
    }
    /// The open elements, innermost last, each with its last child.
    private var open: [(index: Int, last: Last)] = []
    /// libxml2 makes the first top-level node the document's "root"; top-level elements after it go
    /// under it when it is an element. Nil until something is at the top level.
    private var firstTopLevel: Int?
    private var firstTopLevelIsElement = false

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    private init() {
        append(tag: tag(named: "html"), parent: -1, payload: 0, 0)
    }

    /// Parses `bytes` as HTML in `encoding`, the page's own charset declarations ignored.
    static func parse(_ bytes: [UInt8], encoding: String) -> HTMLTree {
        _ = initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return HTMLTree() }
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_COMPACT.rawValue
        // Recovered errors are expected on real pages; without a handler libxml2 prints them on stderr.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        let builder = HTMLTreeBuilder()
        // The steps of libxml2's htmlReadMemory, with this builder's handlers in place of its tree's.
        let parsed: Bool = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let context = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCreateMemoryParserCtxt($0, Int32(buffer.count))
            }
            guard let context else { return false }
            defer { xmlFreeParserCtxt(context) }
            guard let sax = context.pointee.sax else { return false }
            sax.pointee = Self.handler()
            context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
            _ = htmlCtxtUseOptions(context, Int32(bitPattern: options))
            context.pointee.html = 1
            if let handler = xmlFindCharEncodingHandler(encoding) {
                _ = xmlSwitchToEncoding(context, handler)
                if let input = context.pointee.input, input.pointee.encoding == nil {
                    input.pointee.encoding = encoding.withCString {
                        $0.withMemoryRebound(to: xmlChar.self, capacity: encoding.utf8.count + 1) {
                            UnsafePointer(xmlStrdup($0))
                        }
                    }
                }
            }
            _ = htmlParseDocument(context)
            if let document = context.pointee.myDoc {
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
            return true
        }
        guard parsed else { return HTMLTree() }
        return builder.finish()
    }

    /// The handlers: elements, text, and what separates text (comments, processing instructions);
    /// the rest (errors, the document's start and end) left out.
    private static func handler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        // As libxml2's own HTML handler: a SAX1 handler.
        handler.initialized = 1
        handler.startElement = { context, name, attributes in
            HTMLTreeBuilder.builder(context)?.startElement(name, attributes, context)
        }
        handler.endElement = { context, _ in HTMLTreeBuilder.builder(context)?.endElement() }
        handler.characters = { context, characters, length in
            HTMLTreeBuilder.builder(context)?.characters(characters, Int(length), cdata: false)
        }
        handler.cdataBlock = { context, characters, length in
            HTMLTreeBuilder.builder(context)?.characters(characters, Int(length), cdata: true)
        }
        handler.comment = { context, _ in HTMLTreeBuilder.builder(context)?.separator() }
        handler.processingInstruction = { context, _, _ in HTMLTreeBuilder.builder(context)?.separator() }
        handler.internalSubset = { context, _, _, _ in HTMLTreeBuilder.builder(context)?.doctype() }
        return handler
    }

    private static func builder(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let context, let own = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else {
            return nil
        }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(own).takeUnretainedValue()
    }

    // MARK: - Events

    private func startElement(
        _ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        _ context: UnsafeMutableRawPointer?
    ) {
        guard let name else { return }
        if open.count > Self.maxDepth {
            xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
            return
        }
        let elementTag = tag(of: name)
        let attributeStart = tree.attributeList.count
        if let attributes { readAttributes(attributes) }
        let payload = (UInt32(attributeStart), UInt32(tree.attributeList.count))
        var parent: Int
        if let top = open.indices.last {
            parent = open[top].index
            open[top].last = .other
        } else if let first = firstTopLevel {
            // libxml2 hangs a top-level element under the first top-level node when that is an element.
            parent = firstTopLevelIsElement ? first : -1
        } else {
            parent = -1
        }
        if parent == -1 {
            if elementTag == tagsByName["html"] {
                // Every top-level html element is the root.
                tree.payloadStarts[0] = payload.0
                tree.payloadEnds[0] = payload.1
                if firstTopLevel == nil {
                    firstTopLevel = 0
                    firstTopLevelIsElement = true
                }
                open.append((0, .nothing))
                return
            }
            parent = 0
        }
        let index = tree.count
        append(tag: elementTag, parent: parent, payload: payload.0, payload.1)
        if firstTopLevel == nil {
            firstTopLevel = index
            firstTopLevelIsElement = true
        }
        open.append((index, .nothing))
    }

    private func endElement() {
        _ = open.popLast()
    }

    private func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int, cdata: Bool) {
        // libxml2 keeps no text outside every element.
        guard let characters, length > 0, let top = open.indices.last else { return }
        let bytes = UnsafeBufferPointer(start: characters, count: length)
        if case .text(let index, cdata: let lastIsCData) = open[top].last, lastIsCData == cdata {
            tree.textBuffer.append(contentsOf: bytes)
            tree.payloadEnds[index] = UInt32(tree.textBuffer.count)
            return
        }
        let start = UInt32(tree.textBuffer.count)
        tree.textBuffer.append(contentsOf: bytes)
        let index = tree.count
        append(tag: 0, parent: open[top].index, payload: start, UInt32(tree.textBuffer.count))
        open[top].last = .text(index, cdata: cdata)
    }

    /// A comment or processing instruction: not kept, but text on either side of it stays apart.
    private func separator() {
        if let top = open.indices.last {
            open[top].last = .other
        } else if firstTopLevel == nil {
            firstTopLevel = -1
            firstTopLevelIsElement = false
        }
    }

    /// libxml2 puts the doctype first among the document's nodes, whenever it comes.
    private func doctype() {
        firstTopLevel = -1
        firstTopLevelIsElement = false
    }

    // MARK: - Building

    private func append(tag: UInt32, parent: Int, payload start: UInt32, _ end: UInt32) {
        tree.tags.append(tag)
        tree.parents.append(Int32(parent))
        tree.ends.append(0)
        tree.payloadStarts.append(start)
        tree.payloadEnds.append(end)
    }

    private func tag(of name: UnsafePointer<xmlChar>) -> UInt32 {
        let key = UnsafeRawPointer(name)
        if let known = tagsByPointer[key] { return known }
        let tag = tag(named: HTMLTree.lowercased(String(cString: name)))
        tagsByPointer[key] = tag
        return tag
    }

    private func tag(named name: String) -> UInt32 {
        if let known = tagsByName[name] { return known }
        let tag = UInt32(tree.tagNames.count)
        tree.tagNames.append(name)
        tagsByName[name] = tag
        return tag
    }

    private func readAttributes(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>) {
        var at = attributes
        while let name = at.pointee {
            let value = (at + 1).pointee
            // As libxml2's tree: a boolean attribute written bare (`<option selected>`) has its name as value.
            let text: String
            if let value {
                text = String(cString: value)
            } else {
                text = htmlIsBooleanAttr(name) != 0 ? String(cString: name) : ""
            }
            tree.attributeList.append(HTMLTree.Attribute(name: HTMLTree.lowercased(String(cString: name)), value: text))
            at += 2
        }
    }

    /// The tree, with each node's subtree end filled in (children come after their parent, so a
    /// reverse pass carries each end up to the parent).
    private func finish() -> HTMLTree {
        var tree = self.tree
        self.tree = HTMLTree()
        let count = tree.count
        let parentList = tree.parents
        tree.ends.withUnsafeMutableBufferPointer { ends in
            parentList.withUnsafeBufferPointer { parents in
                for index in stride(from: count - 1, through: 0, by: -1) {
                    if ends[index] < Int32(index + 1) { ends[index] = Int32(index + 1) }
                    let parent = Int(parents[index])
                    if parent >= 0 && ends[parent] < ends[index] { ends[parent] = ends[index] }
                }
            }
        }
        return tree
    }
}
