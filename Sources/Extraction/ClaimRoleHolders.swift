import HearsayModel
import HearsayText

/// The names the prose put after a title, for reading a role phrase ("the spokesman") as the
/// person it stands for: ``ClaimNames/holder(ofRole:before:in:)`` over an article's prose
/// (``ClaimNames/proseFolded(of:paragraphs:)``), without a blanked copy of the text or a new
/// reading of every word before each role phrase.
///
/// The prose's words are the words of the prose paragraphs (a paragraph break, kept in the
/// blanked copy, ends every name and title, so no word outside them counts). Only the uses of
/// the words that can end a title are kept, read once; the few words around a use that a match
/// reads are read again from the text when it is tried. Keeping every word of the article
/// instead took 27 MB for 10 MB of news (issue 13: memory).
struct ClaimRoleHolders {
    /// A prose word that can end a title, and the prose paragraph it lies in.
    private struct TitleUse {
        var word: ClaimWord
        var paragraph: Int
    }

    private let document: Document
    private let paragraphs: Paragraphs
    /// The spans of the prose paragraphs, in text order.
    private let prose: [TextSpan]
    /// The uses of words that can end a title (``titleEnds``) in the prose, in text order.
    private let uses: [TitleUse]
    /// The indices into `uses` of the uses of each lower-cased form asked for so far.
    private var occurrences: [WordKey: [Int]] = [:]

    /// The words a title can end with: a title, or the last word of one an abbreviation stands for.
    static let titleEnds = WordSet(
        Lexicons.claimNameTitles.map { WordKey($0) }
            + LexiconFile.pairs(Lexicons.roleAbbreviations).compactMap { pair in
                pair.value.split(separator: " ").last.map { WordKey($0) }
            })

    /// The role holders of `document`'s prose.
    init(document: Document, paragraphs: Paragraphs) {
        self.document = document
        self.paragraphs = paragraphs
        let s = document.folded
        var prose: [TextSpan] = []
        for p in paragraphs where p.role == .body && ClaimFilter.looksLikeProse(s, p.span) { prose.append(p.span) }
        var uses: [TitleUse] = []
        for (n, span) in prose.enumerated() {
            Tokenizer.forEachWord(s, in: span) { w in
                if Self.titleEnds.contains(w.lower) { uses.append(TitleUse(word: w, paragraph: n)) }
            }
        }
        self.prose = prose
        self.uses = uses
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
        if proseWordHolds(offset) {
            let prose = ClaimNames.proseFolded(of: document, paragraphs: paragraphs)
            return ClaimNames.holder(ofRole: role, before: offset, in: prose)
        }
        let list = positions(of: last)
        var n = list.partitioningIndex(where: { uses[$0].word.span.end > offset }) - 1
        while n >= 0 {
            let k = list[n]
            n -= 1
            if let span = match(at: uses[k], wanted: wanted, before: offset) { return span }
        }
        return nil
    }

    /// True when a prose word starts before `offset` and ends after it.
    private func proseWordHolds(_ offset: Int) -> Bool {
        let q = prose.partitioningIndex { $0.start >= offset } - 1
        guard q >= 0, offset < prose[q].end else { return false }
        // A word cut by the window's start still ends where it does.
        let from = max(prose[q].start, offset - 64)
        var holds = false
        Tokenizer.scanWords(document.folded, in: TextSpan(start: from, end: prose[q].end)) { w in
            guard w.span.start < offset else { return false }
            holds = w.span.end > offset
            return !holds
        }
        return holds
    }

    /// ``ClaimNames/holder(matchingAt:wanted:in:_:)`` for the title word `use`, on the few prose
    /// words around it that the match reads: the title's words before it, and after it the name
    /// run up to the first word that ends it (or `offset`, where the text read ends).
    private func match(at use: TitleUse, wanted: [WordKey], before offset: Int) -> TextSpan? {
        let s = document.folded
        var window = words(before: use.word.span.start, in: use.paragraph, count: wanted.count - 1)
        guard window.count == wanted.count - 1 else { return nil }
        let at = window.count
        window.append(use.word)
        var ended = false
        let p = prose[use.paragraph]
        Tokenizer.scanWords(s, in: TextSpan(start: use.word.span.end, end: min(p.end, offset))) { w in
            window.append(w)
            let previous = window[window.count - 2]
            let continues =
                window.count == at + 2
                ? w.capitalised && ClaimNames.nameGap(s, previous, w)
                : ClaimNames.isNameWord(w, s) && ClaimNames.nameGap(s, previous, w)
            ended = !continues
            return continues
        }
        // A run that reaches the paragraph's end takes the next prose word as the one that ends it
        // (a paragraph break is no gap within a name).
        var q = use.paragraph + 1
        while !ended, q < prose.count, prose[q].start < offset {
            Tokenizer.scanWords(s, in: TextSpan(start: prose[q].start, end: min(prose[q].end, offset))) { w in
                window.append(w)
                ended = true
                return false
            }
            q += 1
        }
        return ClaimNames.holder(matchingAt: at, wanted: wanted, in: window[...], s)
    }

    /// The last `count` prose words before `position` in prose paragraph `paragraph` and those
    /// before it, in text order (fewer when the prose has fewer).
    private func words(before position: Int, in paragraph: Int, count: Int) -> [ClaimWord] {
        var out: [ClaimWord] = []
        var q = paragraph
        var end = position
        while out.count < count, q >= 0 {
            out = lastWords(in: TextSpan(start: prose[q].start, end: end), count: count - out.count) + out
            q -= 1
            if q >= 0 { end = prose[q].end }
        }
        return out
    }

    /// The last `count` words of `span` (fewer when it has fewer), reading only its end.
    private func lastWords(in span: TextSpan, count: Int) -> [ClaimWord] {
        guard count > 0 else { return [] }
        var width = 64
        while true {
            let from = max(span.start, span.end - width)
            var found = Tokenizer.words(document.folded, in: TextSpan(start: from, end: span.end))
            // The first word read may be the end of one the window's start cut.
            if from > span.start, !found.isEmpty { found.removeFirst() }
            if found.count >= count || from == span.start { return Array(found.suffix(count)) }
            width *= 4
        }
    }

    /// The indices into `uses` of the uses of `key`, listed on first need.
    private mutating func positions(of key: WordKey) -> [Int] {
        if let known = occurrences[key] { return known }
        var list: [Int] = []
        for (i, use) in uses.enumerated() where use.word.lower == key { list.append(i) }
        occurrences[key] = list
        return list
    }
}
