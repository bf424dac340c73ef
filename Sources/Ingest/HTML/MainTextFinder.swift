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
        let removed = dropFurniture(under: body, step)
        let stats = NodeStats(tree: tree, removed: removed)
        let scores = score(under: body, removed: removed, stats: stats, step)
        let (top, topScore) = chooseTop(body: body, scores: scores, stats: stats)
        var chosen = siblings(of: top, score: topScore, body: body, scores: scores, removed: removed, stats: stats)
        chosen = withParts(chosen, top: top, score: topScore, scores: scores, stats: stats)
        // The cleaner takes the marks and sums over, so they are not copied when it changes them.
        var cleaner = ContentCleaner(
            tree: tree, removed: consume removed, stats: consume stats, title: title, weighNames: step.weighNames,
            clean: step.cleanLoosely)
        cleaner.clean(chosen, top: top)
        return TextWriter(tree: tree, removed: cleaner.removed).paragraphs(of: chosen)
    }

    // MARK: - Furniture

    private func dropFurniture(under body: Int, _ step: Strictness) -> [Bool] {
        var removed = Array(repeating: false, count: tree.count)
        tree.walk(from: body) { index in
            if tree.isText(index) { return false }
            if index != body && isFurniture(index, step) {
                removed[index] = true
                return false
            }
            return true
        }
        // Everything outside the body (the head) is never text.
        for index in tree.indices where !isInside(index, body) && !isInside(body, index) { removed[index] = true }
        return removed
    }

    private func isInside(_ index: Int, _ ancestor: Int) -> Bool { tree.isInside(index, ancestor) }

    private func isFurniture(_ index: Int, _ step: Strictness) -> Bool {
        let name = tree.name(index)
        if HTMLTags.dropped.contains(name) { return true }
        if tree.attribute("hidden", of: index) != nil { return true }
        if tree.attribute("aria-hidden", of: index) == "true" || tree.attribute("aria-modal", of: index) == "true" {
            return true
        }
        if let style = tree.attribute("style", of: index), Self.hidesElement(style) { return true }
        if let role = tree.attribute("role", of: index), HTMLTags.furnitureRoles.contains(HTMLTree.lowercased(role)) {
            return true
        }
        guard step.dropFurnitureNames, !HTMLTags.keptWhateverTheirName.contains(name) else { return false }
        let names = Self.names(index, in: tree)
        return NameWords.boilerplate.matches(names) && !NameWords.content.matches(names)
            && !hasAncestor(index, in: ["table", "code", "pre"])
    }

    private func hasAncestor(_ index: Int, in names: Set<String>) -> Bool {
        var at = tree.parent(index)
        while at >= 0 {
            if names.contains(tree.name(at)) { return true }
            at = tree.parent(at)
        }
        return false
    }

    /// Class and id joined by a space.
    static func names(_ index: Int, in tree: HTMLTree) -> String {
        var cls = ""
        var id = ""
        for attribute in tree.attributes(of: index) {
            if attribute.name == "class" && cls.isEmpty {
                cls = attribute.value
            } else if attribute.name == "id" && id.isEmpty {
                id = attribute.value
            }
        }
        return id.isEmpty ? cls : cls + " " + id
    }

    private static func hidesElement(_ style: String) -> Bool {
        let compact = HTMLTree.lowercased(String(style.unicodeScalars.filter { !WhiteSpace.contains($0) }))
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// A score from class and id names: -25 for furniture words, +25 for content words.
    static func nameWeight(_ index: Int, in tree: HTMLTree) -> Double {
        let names = Self.names(index, in: tree)
        var weight = 0.0
        if NameWords.negative.matches(names) { weight -= 25 }
        if NameWords.content.matches(names) { weight += 25 }
        return weight
    }

    // MARK: - Scoring

    private func score(under body: Int, removed: [Bool], stats: NodeStats, _ step: Strictness) -> [Int: Double] {
        var paragraphs: [(index: Int, points: Double)] = []
        tree.walk(from: body) { index in
            if tree.isText(index) || removed[index] { return false }
            let name = tree.name(index)
            let isParagraph =
                HTMLTags.paragraphs.contains(name)
                || (HTMLTags.paragraphWhenFlat.contains(name) && !stats.hasBlockChild[index])
            guard isParagraph else { return true }
            // A flat element inside a paragraph is part of that paragraph, not one of its own.
            if name == "span" || name == "font" {
                let parent = tree.name(tree.parent(index))
                if HTMLTags.paragraphs.contains(parent) || HTMLTags.paragraphWhenFlat.contains(parent) { return true }
            }
            let length = stats.textLength(index)
            if length < 25 { return true }
            paragraphs.append((index, 1 + Double(stats.commas(index)) + Double(min(length / 100, 3))))
            return true
        }
        // Scores are sums of fractions, so the order they are added in shows in the last bits: they
        // are added depth first, a node before the nodes below it and the last child first, as the
        // reading has always done.
        paragraphs.sort { a, b in
            tree.isInside(b.index, a.index) || (!tree.isInside(a.index, b.index) && a.index > b.index)
        }
        var scores: [Int: Double] = [:]
        for (index, points) in paragraphs {
            var ancestor = tree.parent(index)
            var level = 0
            while ancestor >= 0 && level < 5 {
                let parentName = tree.name(ancestor)
                if parentName.isEmpty { break }
                if scores[ancestor] == nil {
                    var initial = HTMLTags.baseScore(parentName)
                    if step.weighNames { initial += Self.nameWeight(ancestor, in: tree) }
                    scores[ancestor] = initial
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: 0] += points / divider
                if ancestor == body { break }
                ancestor = tree.parent(ancestor)
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
            var ancestor = tree.parent(top)
            while ancestor >= 0 && ancestor != body {
                let held = close.filter { isInside($0, ancestor) }.count
                if held >= 3 {
                    top = ancestor
                    break
                }
                ancestor = tree.parent(ancestor)
            }
        }
        // A parent that scores higher than the best (its paragraphs are spread over several children) wins.
        var lastScore = scores[top] ?? topScore
        let threshold = lastScore / 3
        var parent = tree.parent(top)
        while parent >= 0 && parent != body {
            guard let parentScore = scores[parent] else {
                parent = tree.parent(parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = tree.parent(parent)
        }
        // A lone child is its parent's whole content.
        while true {
            let parent = tree.parent(top)
            guard parent >= 0, parent != body else { break }
            var visible = 0
            for child in tree.children(of: parent) where !tree.isText(child) && stats.textLength(child) > 0 {
                visible += 1
                if visible > 1 { break }
            }
            guard visible == 1 else { break }
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
        guard let topClass = tree.attribute("class", of: top), !topClass.isEmpty else { return chosen }
        let threshold = max(10, topScore * 0.2)
        var parts = chosen
        for (index, score) in scores where score >= threshold && stats.linkDensity(index) < 0.25 {
            guard let cls = tree.attribute("class", of: index), Self.sameFamily(topClass, cls) else { continue }
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
        let parent = tree.parent(top)
        guard parent >= 0 else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute("class", of: top) ?? ""
        var chosen: [Int] = []
        for sibling in tree.children(of: parent) where !removed[sibling] && !tree.isText(sibling) {
            if sibling == top {
                chosen.append(sibling)
                continue
            }
            let siblingClass = tree.attribute("class", of: sibling)
            var bonus = 0.0
            if !topClass.isEmpty, let siblingClass, Self.shareClass(topClass, siblingClass) {
                bonus = topScore * 0.2
            }
            let sameFamily = !topClass.isEmpty && Self.sameFamily(topClass, siblingClass ?? "")
            let score = sameFamily ? bestScore(in: sibling, scores: scores) : scores[sibling]
            if let score, score + bonus >= threshold {
                chosen.append(sibling)
                continue
            }
            let name = tree.name(sibling)
            guard name == "p" || (HTMLTags.paragraphWhenFlat.contains(name) && !stats.hasBlockChild[sibling])
            else { continue }
            let length = stats.textLength(sibling)
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
