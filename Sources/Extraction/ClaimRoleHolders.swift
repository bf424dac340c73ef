import HearsayModel
import HearsayText

/// The names the prose put after a title, for reading a role phrase ("the spokesman") as the
/// person it stands for: ``ClaimNames/holder(ofRole:before:in:)`` over an article's prose
/// (``ClaimNames/proseFolded(of:paragraphs:)``), without a blanked copy of the text or a new
/// reading of every word before each role phrase.
///
/// The prose's words are the document's own words that lie in prose paragraphs (a paragraph
/// break, kept in the blanked copy, ends every name and title, so no word outside them counts),
/// and each title word's uses are listed once: a role phrase costs a look at its title's
/// earlier uses, not a pass over the text before it.
struct ClaimRoleHolders {
    private let document: Document
    private let paragraphs: [Paragraph]
    /// The document's claim words, read once.
    private let words: [ClaimWord]
    /// For each of the document's words, true when it lies in a prose paragraph.
    private let inProse: [Bool]
    /// The indices of the prose words with each lower-cased form asked for so far, in text order.
    private var occurrences: [WordKey: [Int]] = [:]

    /// The role holders of `document`'s prose.
    init(document: Document, paragraphs: [Paragraph]) {
        self.document = document
        self.paragraphs = paragraphs
        let words = document.words
        self.words = words
        var inProse = [Bool](repeating: false, count: words.count)
        var w = 0
        for p in paragraphs {
            let prose = p.role == .body && ClaimFilter.looksLikeProse(document.folded, p.span)
            while w < words.count, words[w].span.start < p.span.start { w += 1 }
            while w < words.count, words[w].span.start < p.span.end {
                inProse[w] = prose
                w += 1
            }
        }
        self.inProse = inProse
    }

    /// The name the prose put after the title of `role` last before `offset`, if any: the same
    /// answer as ``ClaimNames/holder(ofRole:before:in:)`` on the prose.
    mutating func holder(ofRole role: [ClaimWord], before offset: Int) -> TextSpan? {
        guard ClaimNames.isRole(role), let head = role.last?.lower else { return nil }
        let wanted = ClaimNames.roleSynonyms[head] ?? [head]
        guard let last = wanted.last else { return nil }
        // The words ending by `offset`, as a reading of the text up to it gives them; a prose word
        // cut by `offset` reads differently, so the prose before it is read again then (never for
        // a mention, which starts a word).
        let bound = words.partitioningIndex { $0.span.end > offset }
        if bound < words.count, words[bound].span.start < offset, inProse[bound] {
            let prose = ClaimNames.proseFolded(of: document, paragraphs: paragraphs)
            return ClaimNames.holder(ofRole: role, before: offset, in: prose)
        }
        let list = positions(of: last)
        var n = list.partitioningIndex(where: { $0 >= bound }) - 1
        while n >= 0 {
            let k = list[n]
            n -= 1
            if let span = match(at: k, wanted: wanted, bound: bound) { return span }
        }
        return nil
    }

    /// ``ClaimNames/holder(matchingAt:wanted:in:_:)`` for the prose word `k`, on the few prose
    /// words around it that the match reads: the title's words before it, and after it the name
    /// run up to the first word that ends it (or `bound`, where the text read ends).
    private func match(at k: Int, wanted: [WordKey], bound: Int) -> TextSpan? {
        let s = document.folded
        var window: [ClaimWord] = []
        var j = k - 1
        while window.count < wanted.count - 1, j >= 0 {
            if inProse[j] { window.append(words[j]) }
            j -= 1
        }
        guard window.count == wanted.count - 1 else { return nil }
        window.reverse()
        let at = window.count
        window.append(words[k])
        j = k + 1
        while j < bound {
            if inProse[j] {
                let w = words[j]
                window.append(w)
                let previous = window[window.count - 2]
                let continues =
                    window.count == at + 2
                    ? w.capitalised && ClaimNames.nameGap(s, previous, w)
                    : ClaimNames.isNameWord(w, s) && ClaimNames.nameGap(s, previous, w)
                if !continues { break }
            }
            j += 1
        }
        return ClaimNames.holder(matchingAt: at, wanted: wanted, in: window[...], s)
    }

    /// The indices of the prose words whose lower-cased form is `key`, listed on first need.
    private mutating func positions(of key: WordKey) -> [Int] {
        if let known = occurrences[key] { return known }
        var list: [Int] = []
        for (i, w) in words.enumerated() where inProse[i] && w.lower == key { list.append(i) }
        occurrences[key] = list
        return list
    }
}
