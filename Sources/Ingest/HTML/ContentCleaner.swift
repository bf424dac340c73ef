/// Takes out of the chosen article what is inside it but not part of it: link lists, image
/// galleries, share boxes, bylines, a heading that repeats the title, blocks named as furniture.
struct ContentCleaner {
    let tree: HTMLTree
    /// Nodes left out of the text.
    private(set) var removed: [Bool]
    /// Text sums, kept current as nodes are removed.
    private(set) var stats: NodeStats
    let title: String?
    let weighNames: Bool
    let clean: Bool

    /// Elements cleaned when they look like a list of links or a gallery rather than text.
    private static let conditional: Set<String> = [
        "div", "section", "ul", "ol", "table", "form", "fieldset", "aside", "header", "footer", "figure", "dl",
    ]

    /// Cleans each of `roots` (the siblings taken with the article) and below them; never `top` itself.
    mutating func clean(_ roots: [Int], top: Int) {
        let normalizedTitle = title.map { HTMLTree.collapse($0).lowercased() }
        var droppedTitle = false
        // Innermost first, so an outer block is judged on what is left of it: the elements of each
        // root from the last, then the root itself, the last root first.
        for root in roots.reversed() {
            var index = tree.end(root) - 1
            while index > root {
                if !tree.isText(index) { clean(index, normalizedTitle, &droppedTitle) }
                index -= 1
            }
            if root != top { clean(root, normalizedTitle, &droppedTitle) }
        }
    }

    private mutating func clean(_ index: Int, _ normalizedTitle: String?, _ droppedTitle: inout Bool) {
        if isRemoved(index) { return }
        let name = tree.name(index)
        if HTMLTags.headings.contains(name) {
            if weighNames && MainTextFinder.nameWeight(index, in: tree) < 0 {
                remove(index)
            } else if !droppedTitle, name == "h1" || name == "h2", let normalizedTitle,
                tree.text(of: index).lowercased() == normalizedTitle
            {
                droppedTitle = true
                remove(index)
            }
            return
        }
        if isByline(index) && stats.textLength(index) < 100 {
            remove(index)
            return
        }
        let names = MainTextFinder.names(index, in: tree)
        if !names.isEmpty, NameWords.share.matches(names), stats.textLength(index) < 500 {
            remove(index)
            return
        }
        // A short paragraph named as furniture (tags, a credit line) is not the article's.
        if weighNames && name == "p" && stats.textLength(index) < 200
            && MainTextFinder.nameWeight(index, in: tree) < 0
        {
            remove(index)
            return
        }
        if clean && Self.conditional.contains(name) && looksLikeFurniture(index) { remove(index) }
    }

    private func isByline(_ index: Int) -> Bool {
        if tree.attribute("rel", of: index) == "author" { return true }
        if let prop = tree.attribute("itemprop", of: index), prop.contains("author") { return true }
        return NameWords.bylines.matches(MainTextFinder.names(index, in: tree))
    }

    private func isRemoved(_ index: Int) -> Bool {
        var at = index
        while at >= 0 {
            if removed[at] { return true }
            at = tree.parent(at)
        }
        return false
    }

    private mutating func remove(_ index: Int) {
        removed[index] = true
        stats.remove(index, in: tree)
    }

    private func looksLikeFurniture(_ index: Int) -> Bool {
        let name = tree.name(index)
        let weight = weighNames ? MainTextFinder.nameWeight(index, in: tree) : 0
        if weight < 0 { return true }
        if stats.commas(index) >= 10 { return false }
        if name == "table" && isDataTable(index) { return false }
        var paragraphs = 0
        var images = 0
        var items = 0
        var inputs = 0
        var embeds = 0
        tree.walk(from: index) { next in
            if next == index { return true }
            if removed[next] || tree.isText(next) { return false }
            switch tree.name(next) {
            case "p": paragraphs += 1
            case "img": images += 1
            case "li": items += 1
            case "input", "select", "textarea": inputs += 1
            case "embed", "object", "iframe", "video": embeds += 1
            default: break
            }
            return true
        }
        let length = stats.textLength(index)
        let density = stats.linkDensity(index)
        let isList = name == "ul" || name == "ol"
        if images > 1 && Double(paragraphs) / Double(images) < 0.5 && !hasFigureAncestor(index) { return true }
        if !isList && items - 100 > paragraphs { return true }
        if inputs > paragraphs / 3 && inputs > 0 { return true }
        if !isList && length < 25 && (images == 0 || images > 2) && !hasHeadingOrText(index) { return true }
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        if (embeds == 1 && length < 75) || embeds > 1 { return true }
        return false
    }

    private func hasHeadingOrText(_ index: Int) -> Bool {
        stats.textLength(index) > 0
            && tree.descendants(of: index).contains { HTMLTags.headings.contains(tree.name($0)) }
    }

    private func hasFigureAncestor(_ index: Int) -> Bool {
        var at = tree.parent(index)
        while at >= 0 {
            if tree.name(at) == "figure" { return true }
            at = tree.parent(at)
        }
        return false
    }

    /// A table of data (headers, a caption, or several rows of several cells) rather than layout.
    private func isDataTable(_ index: Int) -> Bool {
        if tree.attribute("role", of: index) == "presentation" { return false }
        if tree.attribute("summary", of: index) != nil { return true }
        var rows = 0
        var cells = 0
        for d in tree.descendants(of: index) {
            switch tree.name(d) {
            case "caption", "th", "thead", "tfoot", "colgroup", "col": return true
            case "table": return false
            case "tr": rows += 1
            case "td": cells += 1
            default: break
            }
        }
        return rows >= 10 || (rows > 1 && cells / max(rows, 1) > 2 && cells > 10)
    }
}
