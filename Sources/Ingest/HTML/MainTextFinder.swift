/// Finds the article's text in a page: drops furniture, scores the blocks of text and their
/// containers, takes the best container with the siblings that belong to it, and cleans it.
///
/// Scores follow from general properties of article text, not from any site: paragraphs of some
/// length with commas in them score their containers (the parent fully, ancestors less), link-heavy
/// containers lose their score in proportion, and class names of page furniture lower it. If that
/// yields too little text, it tries again with fewer things dropped and keeps the longest result.
struct MainTextFinder {
    /// Which of the cautious steps a try takes.
    struct Strictness: Equatable {
        var dropFurnitureNames: Bool
        var weighNames: Bool
        var cleanLoosely: Bool
    }

    let tree: HTMLTree
    /// The title, so a heading repeating it is left out of the text.
    let title: String?

    /// Text shorter than this is retried with fewer things dropped.
    static let enoughCharacters = 500

    /// The article's paragraphs.
    func paragraphs() -> [String] {
        guard let root = tree.root else { return [] }
        let body = tree.elements(named: "body").first ?? root
        let steps: [Strictness] = [
            Strictness(dropFurnitureNames: true, weighNames: true, cleanLoosely: true),
            Strictness(dropFurnitureNames: false, weighNames: true, cleanLoosely: true),
            Strictness(dropFurnitureNames: false, weighNames: false, cleanLoosely: true),
            Strictness(dropFurnitureNames: false, weighNames: false, cleanLoosely: false),
        ]
        var best: [String] = []
        var bestLength = -1
        for step in steps {
            let found = attempt(body: body, step)
            let length = found.reduce(0) { $0 + $1.unicodeScalars.count }
            if length >= Self.enoughCharacters { return found }
            if length > bestLength {
                best = found
                bestLength = length
            }
        }
        return best
    }

    private func attempt(body: Int, _ step: Strictness) -> [String] {
        var removed = dropFurniture(under: body, step)
        var stats = NodeStats(tree: tree, removed: removed)
        let scores = score(under: body, removed: removed, stats: stats, step)
        let (top, topScore) = chooseTop(body: body, scores: scores, stats: stats)
        var chosen = siblings(of: top, score: topScore, body: body, scores: scores, removed: removed, stats: stats)
        chosen = withParts(chosen, top: top, score: topScore, scores: scores, stats: stats)
        var cleaner = ContentCleaner(
            tree: tree, removed: removed, stats: stats, title: title, weighNames: step.weighNames,
            clean: step.cleanLoosely)
        cleaner.clean(chosen, top: top)
        removed = cleaner.removed
        stats = cleaner.stats
        return TextWriter(tree: tree, removed: removed).paragraphs(of: chosen)
    }

    // MARK: - Furniture

    private func dropFurniture(under body: Int, _ step: Strictness) -> [Bool] {
        var removed = Array(repeating: false, count: tree.nodes.count)
        var stack = [body]
        while let index = stack.popLast() {
            let node = tree.nodes[index]
            if node.isText { continue }
            if index != body && isFurniture(index, step) {
                removed[index] = true
                continue
            }
            stack.append(contentsOf: node.children)
        }
        // Everything outside the body (the head) is never text.
        for index in tree.nodes.indices where !isInside(index, body) && !isInside(body, index) { removed[index] = true }
        return removed
    }

    private func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var at = index
        while at >= 0 {
            if at == ancestor { return true }
            at = tree.nodes[at].parent
        }
        return false
    }

    private func isFurniture(_ index: Int, _ step: Strictness) -> Bool {
        let node = tree.nodes[index]
        if HTMLTags.dropped.contains(node.name) { return true }
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden") == "true" || node.attribute("aria-modal") == "true" { return true }
        if let style = node.attribute("style"), Self.hidesElement(style) { return true }
        if let role = node.attribute("role"), HTMLTags.furnitureRoles.contains(HTMLTree.lowercased(role)) {
            return true
        }
        guard step.dropFurnitureNames, !HTMLTags.keptWhateverTheirName.contains(node.name) else { return false }
        let names = Self.names(node)
        return NameWords.boilerplate.matches(names) && !NameWords.content.matches(names)
            && !hasAncestor(index, in: ["table", "code", "pre"])
    }

    private func hasAncestor(_ index: Int, in names: Set<String>) -> Bool {
        var at = tree.nodes[index].parent
        while at >= 0 {
            if names.contains(tree.nodes[at].name) { return true }
            at = tree.nodes[at].parent
        }
        return false
    }

    /// Class and id joined by a space.
    static func names(_ node: HTMLTree.Node) -> String {
        let cls = node.attribute("class") ?? ""
        let id = node.attribute("id") ?? ""
        return id.isEmpty ? cls : cls + " " + id
    }

    private static func hidesElement(_ style: String) -> Bool {
        let compact = HTMLTree.lowercased(String(style.unicodeScalars.filter { !WhiteSpace.contains($0) }))
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// A score from class and id names: -25 for furniture words, +25 for content words.
    static func nameWeight(_ node: HTMLTree.Node) -> Double {
        let names = Self.names(node)
        var weight = 0.0
        if NameWords.negative.matches(names) { weight -= 25 }
        if NameWords.content.matches(names) { weight += 25 }
        return weight
    }

    // MARK: - Scoring

    private func score(under body: Int, removed: [Bool], stats: NodeStats, _ step: Strictness) -> [Int: Double] {
        var scores: [Int: Double] = [:]
        var stack = [body]
        while let index = stack.popLast() {
            let node = tree.nodes[index]
            if node.isText || removed[index] { continue }
            stack.append(contentsOf: node.children)
            let isParagraph =
                HTMLTags.paragraphs.contains(node.name)
                || (HTMLTags.paragraphWhenFlat.contains(node.name) && !stats.hasBlockChild[index])
            guard isParagraph else { continue }
            // A flat element inside a paragraph is part of that paragraph, not one of its own.
            if node.name == "span" || node.name == "font" {
                let parent = tree.nodes[node.parent].name
                if HTMLTags.paragraphs.contains(parent) || HTMLTags.paragraphWhenFlat.contains(parent) { continue }
            }
            let length = stats.textLength[index]
            if length < 25 { continue }
            let points = 1 + Double(stats.commas[index]) + Double(min(length / 100, 3))
            var ancestor = node.parent
            var level = 0
            while ancestor >= 0 && level < 5 {
                let parentNode = tree.nodes[ancestor]
                if parentNode.name.isEmpty { break }
                if scores[ancestor] == nil {
                    var initial = HTMLTags.baseScore(parentNode.name)
                    if step.weighNames { initial += Self.nameWeight(parentNode) }
                    scores[ancestor] = initial
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: 0] += points / divider
                if ancestor == body { break }
                ancestor = parentNode.parent
                level += 1
            }
        }
        for (index, value) in scores { scores[index] = value * (1 - stats.linkDensity(index)) }
        return scores
    }

    /// The container to keep, and the score it stands for (the best score it holds).
    private func chooseTop(body: Int, scores: [Int: Double], stats: NodeStats) -> (Int, Double) {
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.key != body, best.value > 0 else { return (body, 0) }
        var top = best.key
        let topScore = best.value
        // Several near-equal candidates side by side are parts of one article: take what holds them.
        let close = ranked.dropFirst().prefix(4).filter { $0.value / topScore >= 0.75 }.map(\.key)
        if close.count >= 3 {
            var ancestor = tree.nodes[top].parent
            while ancestor >= 0 && ancestor != body {
                let held = close.filter { isInside($0, ancestor) }.count
                if held >= 3 {
                    top = ancestor
                    break
                }
                ancestor = tree.nodes[ancestor].parent
            }
        }
        // A parent that scores higher than the best (its paragraphs are spread over several children) wins.
        var lastScore = scores[top] ?? topScore
        let threshold = lastScore / 3
        var parent = tree.nodes[top].parent
        while parent >= 0 && parent != body {
            guard let parentScore = scores[parent] else {
                parent = tree.nodes[parent].parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = tree.nodes[parent].parent
        }
        // A lone child is its parent's whole content.
        while true {
            let parent = tree.nodes[top].parent
            guard parent >= 0, parent != body else { break }
            let visible = tree.elementChildren(of: parent).filter { stats.textLength[$0] > 0 }
            guard visible.count == 1 else { break }
            top = parent
        }
        return (top, max(topScore, scores[top] ?? 0))
    }

    /// The best score at or below `index`: a sibling's paragraphs may sit deeper than scores reach up.
    private func bestScore(in index: Int, scores: [Int: Double]) -> Double? {
        var best = scores[index]
        for d in tree.descendants(of: index) {
            if let score = scores[d], score > (best ?? -Double.infinity) { best = score }
        }
        return best
    }

    /// `chosen` with the other parts of the article elsewhere on the page: containers that share a
    /// class name with `top` and score like article text (one story cut by an advertisement or a
    /// photo into containers under different parents).
    private func withParts(
        _ chosen: [Int], top: Int, score topScore: Double, scores: [Int: Double], stats: NodeStats
    ) -> [Int] {
        guard let topClass = tree.nodes[top].attribute("class"), !topClass.isEmpty else { return chosen }
        let threshold = max(10, topScore * 0.2)
        var parts = chosen
        for (index, score) in scores where score >= threshold && stats.linkDensity(index) < 0.25 {
            guard let cls = tree.nodes[index].attribute("class"), Self.sameFamily(topClass, cls) else { continue }
            if parts.contains(where: { isInside(index, $0) || isInside($0, index) }) { continue }
            parts.append(index)
        }
        // Node indices follow the document's order.
        return parts.sorted()
    }

    private func siblings(
        of top: Int, score topScore: Double, body: Int, scores: [Int: Double], removed: [Bool], stats: NodeStats
    ) -> [Int] {
        guard top != body else { return [top] }
        let parent = tree.nodes[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.nodes[top].attribute("class") ?? ""
        var chosen: [Int] = []
        for sibling in tree.nodes[parent].children where !removed[sibling] && !tree.nodes[sibling].isText {
            if sibling == top {
                chosen.append(sibling)
                continue
            }
            let node = tree.nodes[sibling]
            var bonus = 0.0
            if !topClass.isEmpty, let siblingClass = node.attribute("class"), Self.shareClass(topClass, siblingClass) {
                bonus = topScore * 0.2
            }
            let sameFamily = !topClass.isEmpty && Self.sameFamily(topClass, node.attribute("class") ?? "")
            let score = sameFamily ? bestScore(in: sibling, scores: scores) : scores[sibling]
            if let score, score + bonus >= threshold {
                chosen.append(sibling)
                continue
            }
            guard node.name == "p" || (HTMLTags.paragraphWhenFlat.contains(node.name) && !stats.hasBlockChild[sibling])
            else { continue }
            let length = stats.textLength[sibling]
            let density = stats.linkDensity(sibling)
            if length > 80 && density < 0.25 {
                chosen.append(sibling)
            } else if length > 0 && length <= 80 && density == 0 && Self.endsSentence(tree.text(of: sibling)) {
                chosen.append(sibling)
            }
        }
        return chosen
    }

    /// Whether two class attributes are the same or share a class name (`story-body story-body-2`
    /// and `story-body story-body-3`: parts of one article cut by an advertisement).
    private static func shareClass(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let first = Set(a.split(separator: " "))
        return b.split(separator: " ").contains { first.contains($0) && $0.count >= 4 }
    }

    /// Whether two class attributes name the same kind of container: the same class names once
    /// numbers are taken out (`story-body story-body-1`, `story-body story-body-2`).
    private static func sameFamily(_ a: String, _ b: String) -> Bool {
        func family(_ text: String) -> Set<String> {
            Set(text.split(separator: " ").map { String($0.unicodeScalars.filter { !("0"..."9").contains($0) }) })
        }
        let first = family(a)
        return !first.isEmpty && first == family(b)
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "." || text.contains(". ")
    }
}
