/// Writes the text of chosen elements as paragraphs: each block element (paragraph, heading, list
/// item, quotation, table row) its own paragraph, white space collapsed inside, `pre` kept as written.
struct TextWriter {
    let tree: HTMLTree
    let removed: [Bool]

    /// The paragraphs below `roots`, in document order, empty ones left out.
    func paragraphs(of roots: [Int]) -> [String] {
        var out: [String] = []
        // The current paragraph's UTF-8 bytes, as the page has them.
        var current: [UInt8] = []
        func flush() {
            let paragraph = HTMLTree.collapse(bytes: current)
            if !paragraph.isEmpty { out.append(paragraph) }
            current.removeAll(keepingCapacity: true)
        }
        // U+E000 in UTF-8: a line break inside a paragraph, until the paragraph is written.
        let lineBreak: [UInt8] = [0xEE, 0x80, 0x80]
        // The ends of the open block elements, innermost last: a block's paragraph ends with it.
        var blockEnds: [Int] = []
        for root in roots {
            tree.walk(from: root) { entry in
                while let end = blockEnds.last, entry >= end {
                    blockEnds.removeLast()
                    flush()
                }
                if removed[entry] { return false }
                if tree.isText(entry) {
                    current.append(contentsOf: tree.textBytes(of: entry))
                    return false
                }
                let name = tree.name(entry)
                switch name {
                case "br":
                    // Two breaks in a row end a paragraph; one is a line break inside it.
                    if current.count >= 3 && current[(current.count - 3)...].elementsEqual(lineBreak) {
                        current.removeLast(3)
                        flush()
                    } else {
                        current.append(contentsOf: lineBreak)
                    }
                    return false
                case "pre":
                    flush()
                    var bytes: [UInt8] = []
                    for d in tree.descendants(of: entry) where tree.isText(d) && !removed[d] {
                        bytes.append(contentsOf: tree.textBytes(of: d))
                    }
                    let raw = String(decoding: bytes, as: UTF8.self)
                    let trimmed = raw.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { String($0).trimmingTrailingSpaces() }.joined(separator: "\n")
                    let text = trimmed.trimmingNewlines()
                    if !text.isEmpty { out.append(text) }
                    return false
                case "td", "th":
                    current.append(0x20)
                case "img":
                    return false
                default:
                    break
                }
                if HTMLTags.block.contains(name) {
                    flush()
                    blockEnds.append(tree.end(entry))
                }
                return true
            }
            while blockEnds.popLast() != nil { flush() }
        }
        flush()
        // Line breaks inside a paragraph.
        return out.map { $0.replacingLineSeparators() }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    fileprivate func trimmingNewlines() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == "\n" { scalars.removeFirst() }
        while let last = scalars.last, last == "\n" { scalars.removeLast() }
        return String(scalars)
    }

    fileprivate func replacingLineSeparators() -> String {
        guard unicodeScalars.contains("\u{E000}") else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\u{E000}" {
                while let last = out.last, last == " " { out.removeLast() }
                out.append("\n")
            } else if scalar == " ", let last = out.last, last == "\n" {
                continue
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
