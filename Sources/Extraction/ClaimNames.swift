import HearsayModel
import HearsayText

/// Finding personal and organisation names as runs of capitalised words.
enum ClaimNames {
    /// Titles and descriptors stripped from the front of a name ("Secretary", "Gen.", "Iraqi PM").
    static let titles = WordSet(words: Lexicons.claimNameTitles)

    /// Last words of organisation names.
    static let orgHeads = WordSet(words: Lexicons.claimOrganisationHeads)

    /// Abbreviations of titles, so a role written short finds the title written long.
    static let roleSynonyms = WordMap(
        LexiconFile.pairs(Lexicons.roleAbbreviations).map { short, long in
            (WordKey(short), long.split(separator: " ").map { WordKey($0) })
        })

    /// A lower-cased key for comparing names: letters and digits, hyphens as spaces.
    static func key(_ name: String) -> String {
        // Encoded as UTF-8 bytes: appending to a `String.UnicodeScalarView` is several times slower.
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var space = true
        for c in name.unicodeScalars {
            if ClaimTokenRules.isWordScalar(c) {
                let l = ClaimTokenRules.lower(c)
                if l.value < 0x80 {
                    out.append(UInt8(truncatingIfNeeded: l.value))
                } else {
                    out.append(contentsOf: l.utf8)
                }
                space = false
            } else if c == "'" || c == "\u{2019}" {
                continue
            } else if !space {
                out.append(32)
                space = true
            }
        }
        var s = String(decoding: out, as: UTF8.self)
        while s.hasSuffix(" ") { s.removeLast() }
        for prefix in ["the "] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        return s
    }

    /// A name's key and the keys of its trailing parts ("abdul mahdi", "mahdi" of "adel abdul mahdi").
    struct Keys {
        var key: ClaimNameKey
        var suffixes: [ClaimNameKey]
    }

    /// ``key(_:)`` of `name` and of its trailing parts as ``ClaimNameKey``s; nil when the key is empty.
    static func keys(of name: String) -> Keys? {
        var out: [UInt32] = []
        var space = true
        var ascii = true
        for c in name.unicodeScalars {
            if ClaimTokenRules.isWordScalar(c) {
                let v = ClaimTokenRules.lower(c).value
                if v >= 128 { ascii = false }
                out.append(v)
                space = false
            } else if c == "'" || c == "\u{2019}" {
                continue
            } else if !space {
                out.append(32)
                space = true
            }
        }
        guard ascii else {
            // Canonical equivalence decides for other scripts: keep the strings.
            let k = key(name)
            guard !k.isEmpty else { return nil }
            let parts = k.split(separator: " ")
            var suffixes: [ClaimNameKey] = []
            for i in 1..<max(1, parts.count) { suffixes.append(.other(parts[i...].joined(separator: " "))) }
            return Keys(key: .other(k), suffixes: suffixes)
        }
        while out.last == 32 { out.removeLast() }
        var a = 0
        if out.count >= 4, out[0] == 116, out[1] == 104, out[2] == 101, out[3] == 32 { a = 4 }  // "the "
        guard a < out.count else { return nil }
        var suffixes: [ClaimNameKey] = []
        for k in a..<out.count where out[k] == 32 { suffixes.append(.ascii(hash(out[(k + 1)...]))) }
        return Keys(key: .ascii(hash(out[a...])), suffixes: suffixes)
    }

    private static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var h = WordKey.seed
        for v in scalars { h = (h ^ UInt64(v)) &* WordKey.prime }
        return h
    }

    /// The same key as ``key(_:)`` built from already tokenised words.
    static func key(words: [ClaimWord], _ s: [Unicode.Scalar]) -> String {
        var out = ""
        for (i, w) in words.enumerated() {
            if i > 0 || (w.lower != "the") {
                if !out.isEmpty { out.append(" ") }
                for k in w.span.start..<w.span.end {
                    let c = ClaimTokenRules.lower(s[k])
                    if c == "-" || c == "." { out.append(" ") } else if c != "'" { out.unicodeScalars.append(c) }
                }
            }
        }
        return out
    }

    /// ``key(words:_:)`` as a ``ClaimNameKey``, hashed without building the `String` when it is ASCII.
    static func nameKey(words: [ClaimWord], _ s: [Unicode.Scalar]) -> ClaimNameKey {
        var h = WordKey.seed
        var empty = true
        for (i, w) in words.enumerated() where i > 0 || w.lower != "the" {
            if !empty { h = (h ^ 32) &* WordKey.prime }
            empty = false
            for k in w.span.start..<w.span.end {
                let v = ClaimTokenRules.lower(s[k]).value
                if v >= 128 { return .other(key(words: words, s)) }
                if v == 45 || v == 46 {
                    h = (h ^ 32) &* WordKey.prime
                } else if v != 39 {
                    h = (h ^ UInt64(v)) &* WordKey.prime
                }
            }
        }
        return .ascii(h)
    }

    /// True when `short` is the trailing words of `long` ("mahdi", "abdul mahdi" of "adel abdul mahdi").
    static func isSurnameForm(_ short: String, of long: String) -> Bool {
        guard short.count < long.count else { return false }
        return long.hasSuffix(" " + short)
    }

    static func isNameWord(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> Bool {
        w.capitalised || nameParticles.contains(w.lower) || w.hasPrefix("al-", s) || w.hasPrefix("el-", s)
    }

    /// Lower-case words inside names ("Abu Mahdi al-Muhandis", "Charles de Gaulle").
    static let nameParticles = WordSet(words: Lexicons.claimNameParticles)

    /// True when only a space, or a full stop after an initial or abbreviation, separates `a` and `b`.
    static func nameGap(_ s: [Unicode.Scalar], _ a: ClaimWord, _ b: ClaimWord) -> Bool {
        var k = a.span.end
        var dots = 0
        while k < b.span.start {
            if s[k] == "." {
                dots += 1
            } else if s[k] != " " {
                return false
            }
            k += 1
        }
        if dots == 0 { return true }
        return dots == 1
            && (a.span.length == 1 || ClaimSentences.abbreviations.contains(a.lower)
                || titles.contains(a.lower))
    }

    /// The name at the end of `words` with leading titles removed, or nil when the phrase ends in
    /// an ordinary lower-case word.
    static func trailingName(in words: [ClaimWord], _ s: [Unicode.Scalar]) -> TextSpan? {
        trailingName(in: words[...], s)
    }

    /// ``trailingName(in:_:)`` of a stretch of words, read in place.
    static func trailingName(in words: ArraySlice<ClaimWord>, _ s: [Unicode.Scalar]) -> TextSpan? {
        guard let last = words.last, last.capitalised || last.contains("-", s) && isNameWord(last, s) else {
            return nil
        }
        var a = words.endIndex - 1
        while a > words.startIndex, isNameWord(words[a - 1], s), nameGap(s, words[a - 1], words[a]) { a -= 1 }
        // The run is words[lo..<hi].
        var lo = a
        let hi = words.endIndex
        let isOrg = (lo..<hi).contains { orgHeads.contains(words[$0].lower) }
        if !isOrg {
            // Strip titles: everything up to the last title word, if a name remains after it.
            if let t = (lo..<hi).last(where: { titles.contains(words[$0].lower) }), t < hi - 1 { lo = t + 1 }
        } else {
            while hi - lo > 1, words[lo].lower == "the" { lo += 1 }
        }
        // Weekdays and months are not names ("Monday").
        if hi - lo == 1, DateLexicon.weekday(words[lo].lower) != nil || DateLexicon.month(words[lo].lower) != nil {
            return nil
        }
        return TextSpan(start: words[lo].span.start, end: words[hi - 1].span.end)
    }

    /// For a role phrase ("the Iraqi PM", "the spokesman"), the name the article put after the
    /// same title earlier ("Iraqi Prime Minister Adel Abdul Mahdi").
    /// True when `words` are a role ("the Iraqi PM", "the spokesman") rather than a name.
    static func isRole(_ words: [ClaimWord]) -> Bool {
        guard let head = words.last?.lower, titles.contains(head), head != "the" else { return false }
        return !words.contains(where: { orgHeads.contains($0.lower) })
    }

    static func holder(ofRole words: [ClaimWord], before offset: Int, in document: Document) -> TextSpan? {
        holder(ofRole: words, before: offset, in: document.folded)
    }

    /// ``holder(ofRole:before:in:)`` in the folded text `s`.
    static func holder(ofRole words: [ClaimWord], before offset: Int, in s: [Unicode.Scalar]) -> TextSpan? {
        guard isRole(words), let head = words.last?.lower else { return nil }
        // Only a phrase made of determiners, adjectives of place and titles is a role.
        let wanted = roleSynonyms[head] ?? [head]
        let text = Tokenizer.words(s, in: TextSpan(start: 0, end: offset))
        var k = text.count - 1
        while k >= 0 {
            if let span = holder(matchingAt: k, wanted: wanted, in: text[...], s) { return span }
            k -= 1
        }
        return nil
    }

    /// The name after the title `wanted` when its words end at word `k` of `text` and a name run
    /// follows within `text`; nil when they do not.
    static func holder(
        matchingAt k: Int, wanted: [WordKey], in text: ArraySlice<ClaimWord>, _ s: [Unicode.Scalar]
    ) -> TextSpan? {
        // A title match: the wanted title words ending at k, followed by a name run.
        let n = wanted.count
        guard k - n + 1 >= text.startIndex, (0..<n).allSatisfy({ text[k - n + 1 + $0].lower == wanted[$0] }),
            k + 1 < text.endIndex, text[k + 1].capitalised, nameGap(s, text[k], text[k + 1])
        else { return nil }
        var e = k + 1
        while e + 1 < text.endIndex, isNameWord(text[e + 1], s), nameGap(s, text[e], text[e + 1]) { e += 1 }
        return trailingName(in: text[(k + 1)...e], s)
    }
}

extension ClaimNames {
    /// Words that open a sentence in capitals but never name anyone on their own.
    static let notNames = WordSet(words: Lexicons.notNameWords)

    /// True for a person's full name: two to four capitalised words, none of them a place, an
    /// organisation word, a title, a day or a month ("Mark Esper", not "Iraqi Parliament").
    static func isPersonName(_ words: [ClaimWord], _ s: [Unicode.Scalar]) -> Bool {
        guard words.count >= 2, words.count <= 4 else { return false }
        for w in words {
            let l = w.lower
            // A dateline ("LOS ANGELES") or a compound adjective ("League-trained") is not a name.
            if w.allCapitals, w.span.length > 3 { return false }
            if w.contains("-", s), hasCommonSuffix(w, s) { return false }
            if !w.capitalised && !personParticles.contains(l) && !w.hasPrefix("al-", s) { return false }
            if orgHeads.contains(l) || titles.contains(l) || notNames.contains(l) || isPlace(w, s)
                || commonNouns.contains(l)
                || DateLexicon.weekday(l) != nil || DateLexicon.month(l) != nil
            {
                return false
            }
        }
        return !isPlace(nameKey(words: words, s))
    }

    /// Lower-case words inside a person's name.
    static let personParticles = WordSet(words: Lexicons.personNameParticles)

    /// The place names as keys (they are all ASCII).
    static let placeKeys = WordSet(PlaceNames.names.map { WordKey($0) })

    /// True when the word is a place name (``PlaceNames/names``).
    static func isPlace(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> Bool {
        w.ascii ? placeKeys.contains(w.lower) : PlaceNames.names.contains(w.text(s))
    }

    /// True when the name key is a place name (``PlaceNames/names``).
    static func isPlace(_ key: ClaimNameKey) -> Bool {
        switch key {
        case .ascii(let h): return placeKeys.contains(WordKey(value: h))
        case .other(let text): return PlaceNames.names.contains(text)
        }
    }

    /// True when the last part of a hyphenated word is a ``commonSuffixes`` ending ("Iran-backed").
    private static func hasCommonSuffix(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> Bool {
        guard w.ascii else {
            guard let last = w.text(s).split(separator: "-").last else { return false }
            return commonSuffixes.contains(WordKey(last))
        }
        // The last non-empty part between hyphens.
        var e = w.span.end
        while e > w.span.start, s[e - 1] == "-" { e -= 1 }
        guard e > w.span.start else { return false }
        var a = e
        while a > w.span.start, s[a - 1] != "-" { a -= 1 }
        return commonSuffixes.contains(WordKey.lowering(s, a..<e))
    }

    /// Capitalised words of names of things and times, never of people ("New Year", "Green Zone").
    static let commonNouns = WordSet(words: Lexicons.capitalisedThingWords)

    /// Endings of hyphenated adjectives ("Ivy League-trained", "Iran-backed").
    static let commonSuffixes = WordSet(words: Lexicons.hyphenatedAdjectiveEndings)

    /// True when a resolved speaker's name is a single function word ("The", "But").
    static func isJunkName(_ name: String) -> Bool {
        let k = key(name)
        guard !k.contains(" ") else { return false }
        let w = WordKey(k)
        return notNames.contains(w) || DateLexicon.weekday(w) != nil || DateLexicon.month(w) != nil
    }

    /// The mention with a leading preposition phrase, connective or quantifier taken off, so a
    /// registry sees "campaign" in "The campaign" and "Trump" in "In a meeting with X Trump";
    /// nil when nothing that can name a speaker is left.
    static func trimmedMention(_ mention: TextSpan, in document: Document) -> TextSpan? {
        let s = document.folded
        let words = document.words(in: mention)
        guard let first = words.first, let last = words.last else { return nil }
        if words.count == 1 {
            return notNames.contains(first.lower) && !ClaimLexicon.pronouns.contains(first.lower) ? nil : mention
        }
        if mentionPrepositions.contains(first.lower) {
            // Only a name at the end survives a leading adjunct.
            guard last.capitalised, let name = trailingName(in: words, s) else { return nil }
            return name
        }
        if mentionQuantifiers.contains(first.lower), !words[1].capitalised {
            return TextSpan(start: words[1].span.start, end: mention.end)
        }
        return mention
    }

    /// Words opening an adjunct before a name ("In a meeting with X").
    static let mentionPrepositions = WordSet(words: Lexicons.mentionAdjunctOpeners)

    /// Determiners and quantifiers before a description ("the campaign", "several officials").
    static let mentionQuantifiers = WordSet(words: Lexicons.mentionQuantifiers)

    /// The folded text of ``prose(of:paragraphs:)``: the folded scalars with the same paragraphs
    /// blanked (folding maps each scalar on its own, so blanking before or after is the same).
    static func proseFolded(of document: Document, paragraphs: Paragraphs) -> [Unicode.Scalar] {
        var scalars = document.folded
        for p in paragraphs where p.role != .body || !ClaimFilter.looksLikeProse(document.folded, p.span) {
            for k in max(0, p.span.start)..<min(p.span.end, scalars.count) where scalars[k] != "\n" { scalars[k] = " " }
        }
        return scalars
    }

    /// The names a stretch of words mentions: capitalised runs with titles removed, leaving out
    /// days, months and a lone capital that only starts the sentence.
    static func mentions(in words: [ClaimWord], _ s: [Unicode.Scalar]) -> [TextSpan] {
        var out: [TextSpan] = []
        var i = 0
        while i < words.count {
            guard words[i].capitalised else {
                i += 1
                continue
            }
            var j = i
            while j + 1 < words.count, isNameWord(words[j + 1], s), nameGap(s, words[j], words[j + 1]) { j += 1 }
            if !(i == j && (i == 0 || commonWord(words[i].lower))), let span = trailingName(in: words[i...j], s) {
                out.append(span)
            }
            i = j + 1
        }
        return out
    }

    private static func commonWord(_ w: WordKey) -> Bool {
        DateLexicon.weekday(w) != nil || DateLexicon.month(w) != nil || w == "the" || w == "a" || w == "an" || w == "i"
    }
}
