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
        // Each entry is a node to enter, or (negative) the end of a block to close.
        var stack: [Int] = roots.reversed()
        while let entry = stack.popLast() {
            if entry < 0 {
                flush()
                continue
            }
            if removed[entry] { continue }
            if tree.isText(entry) {
                current.append(contentsOf: tree.textBytes(of: entry))
                continue
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
                continue
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
                continue
            case "td", "th":
                current.append(0x20)
            case "img":
                continue
            default:
                break
            }
            let isBlock = HTMLTags.block.contains(name)
            if isBlock {
                flush()
                stack.append(-1)
            }
            let first = stack.count
            stack.append(contentsOf: tree.children(of: entry))
            stack[first...].reverse()
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
