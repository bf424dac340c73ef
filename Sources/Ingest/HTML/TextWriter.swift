/// Writes the text of chosen elements as paragraphs: each block element (paragraph, heading, list
/// item, quotation, table row) its own paragraph, white space collapsed inside, `pre` kept as written.
struct TextWriter {
    let tree: HTMLTree
    let removed: [Bool]

    /// The paragraphs below `roots`, in document order, empty ones left out.
    func paragraphs(of roots: [Int]) -> [String] {
        var out: [String] = []
        var current = ""
        func flush() {
            let paragraph = HTMLTree.collapse(current)
            if !paragraph.isEmpty { out.append(paragraph) }
            current = ""
        }
        // Each entry is a node to enter, or (negative) the end of a block to close.
        var stack: [Int] = roots.reversed()
        while let entry = stack.popLast() {
            if entry < 0 {
                flush()
                continue
            }
            if removed[entry] { continue }
            let node = tree.nodes[entry]
            if node.isText {
                current += node.text
                continue
            }
            switch node.name {
            case "br":
                // Two breaks in a row end a paragraph; one is a line break inside it.
                if current.hasSuffix("\u{E000}") {
                    current.removeLast()
                    flush()
                } else {
                    current += "\u{E000}"
                }
                continue
            case "pre":
                flush()
                let raw = tree.descendants(of: entry).filter { tree.nodes[$0].isText && !removed[$0] }
                    .map { tree.nodes[$0].text }.joined()
                let trimmed = raw.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { String($0).trimmingTrailingSpaces() }.joined(separator: "\n")
                let text = trimmed.trimmingNewlines()
                if !text.isEmpty { out.append(text) }
                continue
            case "td", "th":
                current += " "
            case "img":
                continue
            default:
                break
            }
            let isBlock = HTMLTags.block.contains(node.name)
            if isBlock {
                flush()
                stack.append(-1)
            }
            stack.append(contentsOf: node.children.reversed())
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
