import HearsayModel
import HearsayText

/// Finds the noun phrase that names who speaks through a reporting cue: the subject of
/// "said", the name after an inverted "said", the source after "according to", the person
/// after "quoted … as". Quotes and claims both use it, so they agree on who said what.
///
/// ```swift
/// let doc = Document(text: "Ana Ruiz, a city planner, told reporters the bridge would reopen.")
/// let cue = Cues.find(in: doc, span: TextSpan(start: 0, end: doc.count))[0]   // "told"
/// SpeakerPhrase.find(for: cue, in: doc, clause: TextSpan(start: 0, end: doc.count))  // "Ana Ruiz"
/// ```
public enum SpeakerPhrase {
    static let asKey = Normalizer.key("as")
    static let quotedKey = Normalizer.key("quoted")
    static let whoKeys = Lexicon.keys(Lexicons.relativeClauseOpeners)
    static let coordinators = Lexicon.keys(Lexicons.coordinators)
    static let leadingPrepositions = Lexicon.keys(Lexicons.speakerLeadingPrepositions)
    static let placeOpeners = Lexicon.keys(Lexicons.placePrepositions)
    static let asideOpeners = Lexicon.keys(Lexicons.asideOpeners)
    static let dayKeys = Lexicon.keys(Lexicons.dayWords)
    static let onKey = Normalizer.key("on")
    static let relativeKeys = Lexicon.keys(Lexicons.relativeWords)
    static let determiners = Lexicon.keys(Lexicons.speakerPhraseDeterminers)

    /// The speaker phrase for `cue`, looked for inside `clause` (usually the sentence, or the
    /// text between a quotation and the end of its sentence). `inverted` asks for the phrase
    /// after the verb first, as in `"…," said the minister.`
    public static func find(for cue: CueMatch, in d: Document, clause: TextSpan, inverted: Bool = false) -> TextSpan? {
        let limit = d.tokenRange(clause)
        guard !limit.isEmpty else { return nil }
        switch cue.kind {
        case .accordingTo:
            return forwardPhrase(from: cue.tokens.upperBound, in: d, limit: limit)
        case .participle:
            // "…, with spokesman Ann Lee saying …", "The ad has Ann Lee saying …": a small clause
            // names its own subject, not the main clause's.
            var end = cue.tokens.lowerBound
            while end > limit.lowerBound, isAdverb(end - 1, d) { end -= 1 }
            if let opener = openerBefore(end, keys: smallClauseOpeners, in: d, limit: limit),
                let np = validate((opener + 1)...(end - 1), d)
            {
                return np
            }
            if let np = coordinatedSmallClauseSubject(before: end, in: d, limit: limit) { return np }
            return mainSubject(before: cue.tokens.lowerBound, in: d, limit: limit)
        case .verb:
            let after = cue.tokens.upperBound
            if let agent = passiveAgent(cue, in: d, limit: limit) { return agent }
            if d.tokens[cue.tokens.lowerBound].key == quotedKey,
                let np = forwardPhrase(from: after, in: d, limit: limit)
            {
                let next = d.tokenIndex(atOrAfter: np.end)
                if next < limit.upperBound, d.tokens[next].key == asKey { return np }
            }
            // "said of the Clintons" is not an inversion.
            let prepositionNext =
                after < limit.upperBound && d.tokens[after].kind == .word
                && leadingPrepositions.contains(d.tokens[after].key)
            if inverted && cue.invertible && !prepositionNext,
                let np = forwardPhrase(from: after, in: d, limit: limit, inverted: true)
            {
                return np
            }
            return subject(before: cue.tokens.lowerBound, in: d, limit: limit)
        }
    }

    static let passiveAuxiliaries = Lexicon.keys(Lexicons.passiveAuxiliaries)
    static let byKey = Normalizer.key("by")

    /// The agent of a reporting verb in the passive: "Pell was asked by host Omar Brisk, “…”"
    /// gives "host Omar Brisk", the one who spoke; nil unless a form of "be" (perhaps with an
    /// adverb) stands before the verb and "by" right after it.
    static func passiveAgent(_ cue: CueMatch, in d: Document, limit: Range<Int>) -> TextSpan? {
        let after = cue.tokens.upperBound
        guard after + 1 < limit.upperBound, d.tokens[after].key == byKey else { return nil }
        var k = cue.tokens.lowerBound - 1
        // "was asked", "was later asked": a form of "be", perhaps with an adverb after it.
        if k > limit.lowerBound, !isWord(d, k, passiveAuxiliaries), isAdverb(k, d) { k -= 1 }
        guard k >= limit.lowerBound, isWord(d, k, passiveAuxiliaries) else { return nil }
        return forwardPhrase(from: after + 1, in: d, limit: limit)
    }

    static let irregularPast = Lexicon.keys(Lexicons.irregularPastForms)
    static let notPast = Lexicon.keys(Lexicons.edWordsNotPast)

    /// True for a verb in the past ("attacked", "took"), which ends a name's descriptors:
    /// "Trump attacked Clinton" is a clause, not a title like "Clinton ally James Carville".
    static func isPastVerb(_ i: Int, _ d: Document) -> Bool {
        let t = d.tokens[i]
        if irregularPast.contains(t.key) { return true }
        return t.end - t.start > 3 && d.folded[t.end - 1] == "d" && d.folded[t.end - 2] == "e"
            && !notPast.contains(t.key)
    }

    /// True for an adverb between a subject and its verb ("also", "repeatedly").
    static func isAdverb(_ i: Int, _ d: Document) -> Bool {
        let t = d.tokens[i]
        guard t.kind == .word, !t.capitalized else { return false }
        let isLy = t.end - t.start > 4 && d.folded[t.end - 1] == "y" && d.folded[t.end - 2] == "l"
        return Lexicon.interveners.contains(t.key) || isLy
    }

    static func isWord(_ d: Document, _ i: Int, _ keys: KeySet) -> Bool {
        d.tokens[i].kind == .word && keys.contains(d.tokens[i].key)
    }

    /// The subject of the verb at token `cue`, read backwards, stepping over adverbs, times,
    /// parenthetical aliases, appositives and relative pronouns.
    static func subject(before cue: Int, in d: Document, limit: Range<Int>) -> TextSpan? {
        let toks = d.tokens
        var j = cue - 1
        func skipInterveners() {
            while j >= limit.lowerBound, toks[j].kind == .word, !toks[j].capitalized || dayKeys.contains(toks[j].key) {
                let t = toks[j]
                let isLy = t.end - t.start > 4 && d.folded[t.end - 1] == "y" && d.folded[t.end - 2] == "l"
                if Lexicon.interveners.contains(t.key) || isLy { j -= 1 } else { break }
            }
        }
        skipInterveners()
        guard j >= limit.lowerBound else { return nil }
        if toks[j].kind == .word, toks[j].key == Cues.toKey, !toks[j].capitalized {
            return infinitiveSubject(to: j, in: d, limit: limit)
        }
        if isWord(d, j, coordinators) {
            // "X stated … and stated, …": the subject of the earlier verb of the clause.
            var k = j - 1
            while k >= limit.lowerBound {
                if Cues.isCueWord(k, in: d) { return subject(before: k, in: d, limit: limit) }
                // The earlier verb must be in the same clause ("X smiled and said"), not across a comma.
                if toks[k].kind == .punct { break }
                k -= 1
            }
            // "X thought for a moment and said …": the subject of the clause's first verb.
            return mainSubject(before: j, in: d, limit: limit)
        }
        if isWord(d, j, whoKeys) {
            j -= 1
            if j >= limit.lowerBound, toks[j].mark == "," { j -= 1 }
            return phraseBefore(j, d, limit, allowAppositive: true)
        }
        if toks[j].mark == "," {
            return commaSubject(j, d, limit)
        }
        if j > limit.lowerBound, toks[j - 1].mark == ",", shortQuoteOpening(closingAt: j, d, limit) != nil {
            return commaSubject(j, d, limit)
        }
        return phraseBefore(j, d, limit, allowAppositive: true)
    }

    static let forKeys = KeySet([Normalizer.key("for")])
    static let forKeyOnly = Normalizer.key("for")
    static let partyWords = Lexicon.keys(Lexicons.partyWords)
    static let smallClauseOpeners = Lexicon.keys(Lexicons.smallClauseOpeners)

    /// The subject of an infinitive reporting verb whose "to" is token `to`: the object of "for"
    /// ("only for Cy Ito to tweet that …"), else the subject of the clause the infinitive
    /// completes ("Moss was prompted to say", "Moss tried to argue that …"), never a name inside
    /// the reported clause.
    static func infinitiveSubject(to: Int, in d: Document, limit: Range<Int>) -> TextSpan? {
        if let opener = openerBefore(to, keys: forKeys, in: d, limit: limit) {
            return validate((opener + 1)...(to - 1), d)
        }
        return mainSubject(before: to, in: d, limit: limit) ?? verbChainSubject(before: to, in: d, limit: limit)
    }

    /// The noun phrase before the verbs that lead up to token `end` ("… Tom Moss was prompted"
    /// before "to say"): up to four lower-case words back, none a preposition or clause word.
    static func verbChainSubject(before end: Int, in d: Document, limit: Range<Int>) -> TextSpan? {
        let toks = d.tokens
        var k = end - 1
        var steps = 0
        while k >= limit.lowerBound, steps < 4, toks[k].kind == .word, !toks[k].capitalized,
            Lexicon.pronouns[toks[k].key] == nil, !MentionIndex.prepositions.contains(toks[k].key),
            !whoKeys.contains(toks[k].key), toks[k].key != Cues.thatKey
        {
            k -= 1
            steps += 1
        }
        guard k >= limit.lowerBound, k < end - 1, toks[k].kind == .word else { return nil }
        if Lexicon.pronouns[toks[k].key] != nil { return toks[k].span }
        guard toks[k].capitalized else { return nil }
        return phraseBefore(k, d, limit, allowAppositive: false)
    }

    /// The subject of an earlier participle that a participle joined by "and" at token `end - 1`
    /// shares: "…, with Ivo Lark tweeting that it failed and asking “…”" gives Ivo Lark, the
    /// subject of the small clause "with Ivo Lark tweeting".
    static func coordinatedSmallClauseSubject(before end: Int, in d: Document, limit: Range<Int>) -> TextSpan? {
        let toks = d.tokens
        guard end - 1 > limit.lowerBound, toks[end - 1].key == andKey else { return nil }
        var k = end - 2
        while k >= limit.lowerBound, k >= end - 30 {
            let t = toks[k]
            if t.kind == .punct, QuoteFinder.isDoubleMark(d.scalars[t.start]) || t.mark == ";" || t.mark == ":" {
                return nil
            }
            if t.kind == .word, !t.capitalized, Cues.table[t.key]?.kind == .participle {
                var e = k
                while e > limit.lowerBound, isAdverb(e - 1, d) { e -= 1 }
                guard let opener = openerBefore(e, keys: smallClauseOpeners, in: d, limit: limit) else { return nil }
                return validate((opener + 1)...(e - 1), d)
            }
            k -= 1
        }
        return nil
    }

    static let andKey = Normalizer.key("and")

    /// The subject of a small clause that ends at token `end` (exclusive): the words between an
    /// opener in `keys` and `end`, when they are a short noun phrase ("with spokesman Ann Lee
    /// saying", "has Ann Lee saying", "for Cy Ito to tweet"). The opener's index, or nil.
    static func openerBefore(_ end: Int, keys: KeySet, in d: Document, limit: Range<Int>) -> Int? {
        let toks = d.tokens
        var k = end - 1
        var named = false
        while k >= limit.lowerBound, k >= end - 9 {
            let t = toks[k]
            if t.kind == .punct {
                guard MentionFinder.isAbbreviationDot(d, k) || t.mark == "-" || t.mark == "'" else { return nil }
                k -= 1
                continue
            }
            if !t.capitalized, keys.contains(t.key) { return named && k + 1 < end ? k : nil }
            // "with the Federation of Teachers calling": an "of" inside an organisation's name.
            if k + 1 < end, ofInsideName(k, d, limit) {
                k -= 1
                continue
            }
            // "… to one of Trump's messages by saying": a preposition ends the noun phrase.
            if Cues.isCueWord(k, in: d)
                || !t.capitalized
                    && (Lexicon.subjectStops.contains(t.key) || MentionIndex.prepositions.contains(t.key))
            {
                return nil
            }
            if t.capitalized || Lexicon.pronouns[t.key] != nil || Lexicon.roleNouns.contains(t.key)
                || Lexicon.groupNouns.contains(t.key) || Lexicon.organisationNouns.contains(t.key)
            {
                named = true
            }
            k -= 1
        }
        return nil
    }

    /// Handles `X, <aside or appositive>, said`: the comma at `j` closes the aside.
    static func commaSubject(_ j: Int, _ d: Document, _ limit: Range<Int>) -> TextSpan? {
        let toks = d.tokens
        var k = j - 1
        // "author of “The Quiet Court,” put it": the comma closing the aside sits inside the marks.
        if toks[j].kind == .punct, QuoteFinder.isDoubleMark(d.scalars[toks[j].start]),
            let open = shortQuoteOpening(closingAt: j, d, limit)
        {
            k = open - 1
        }
        var depth = 0
        while k >= limit.lowerBound {
            let t = toks[k]
            if t.mark == ")" { depth += 1 }
            if t.mark == "(" { depth -= 1 }
            if let open = shortQuoteOpening(closingAt: k, d, limit) {
                k = open - 1
                continue
            }
            if depth == 0
                && (t.mark == "," || QuoteFinder.isDoubleMark(d.scalars[t.start]) || t.mark == ";"
                    || t.mark == ":")
            {
                break
            }
            k -= 1
        }
        let segStart = k + 1
        guard segStart < j else { return nil }
        let first = toks[segStart]
        let hasPrevComma = k >= limit.lowerBound && toks[k].mark == ","
        if first.kind == .word && !first.capitalized {
            if asideOpeners.contains(first.key) || relativeKeys.contains(first.key) || !hasPrevComma
                || determiners.contains(first.key) || Lexicon.roleNouns.contains(first.key)
                || !toks[segStart..<j].contains(where: { $0.capitalized }) || true
            {
                // An aside ("in a statement"), a relative clause or an appositive: the subject precedes it.
                guard hasPrevComma else { return nil }
                var kk = k - 1
                // "X (also, Y), a …," — step over a parenthesis.
                if kk >= limit.lowerBound, toks[kk].mark == ")" {
                    while kk >= limit.lowerBound, toks[kk].mark != "(" { kk -= 1 }
                    kk -= 1
                }
                let np = phraseBefore(kk, d, limit, allowAppositive: false)
                if np.map({ !d.tokenRange($0).contains { toks[$0].capitalized } || isStateAfterTown($0, d) }) ?? true,
                    let name = nameOpeningAppositives(before: k, d, limit)
                {
                    return name
                }
                return np
            }
        }
        // "X, of Springfield, Va., said": a place after "of" is not the speaker.
        if hasPrevComma, j - segStart <= 3 {
            var kk = k - 1
            while kk >= limit.lowerBound, toks[kk].mark != "," { kk -= 1 }
            if kk >= limit.lowerBound, kk + 1 < k, placeOpeners.contains(toks[kk + 1].key) {
                return commaSubject(kk, d, limit)
            }
        }
        // "Senator Ann Lee, Republican of Ohio, said": a party and the state a lawmaker represents.
        let partyOfPlace =
            partyWords.contains(first.key) && segStart + 1 < j && toks[segStart + 1].key == MentionFinder.ofKey
        if hasPrevComma, placeOpeners.contains(first.key) || isPartyOrState(segStart, j, d) || partyOfPlace {
            // "McConnell, R-Ky., said", "Ayotte, 47, said": the name is before the aside.
            return commaSubject(k, d, limit)
        }
        // "Jenna Gold, Twitter’s director of advertising, said": a possessive owner and a role is an appositive.
        if hasPrevComma, first.capitalized, first.end - first.start > 2, d.folded[first.end - 2] == "'",
            segStart + 1 < j, toks[segStart + 1].kind == .word, !toks[segStart + 1].capitalized
        {
            return phraseBefore(k - 1, d, limit, allowAppositive: false)
        }
        // A capitalised segment between commas is itself the name ("…’s spokesman, Maj. Gen. X, told").
        if hasPrevComma || segStart == limit.lowerBound {
            return TextSpan(start: first.start, end: toks[j - 1].end)
        }
        return phraseBefore(j - 1, d, limit, allowAppositive: false)
    }

    /// True when `span` is the state or country after a town ("Dayton, Ohio", "Tull, N.C.") rather
    /// than a name: it follows a comma after a capitalised word, and each of its words is a place
    /// word, a state's abbreviation or a single letter.
    static func isStateAfterTown(_ span: TextSpan, _ d: Document) -> Bool {
        let r = d.tokenRange(span)
        guard r.lowerBound >= 2, d.tokens[r.lowerBound - 1].mark == ",", d.tokens[r.lowerBound - 2].capitalized,
            r.count <= 4
        else { return false }
        return r.allSatisfy { k in
            let t = d.tokens[k]
            return t.kind == .punct || dottedInitials(t, d) || Lexicon.placeWords.contains(t.key)
                || Lexicon.stateAbbreviations.contains(t.key)
        }
    }

    /// True for a word of one to three letters joined by full stops ("N", "N.C", "N.Y").
    static func dottedInitials(_ t: Token, _ d: Document) -> Bool {
        let n = t.end - t.start
        guard n % 2 == 1, n <= 5 else { return false }
        for i in 0..<n {
            let c = d.scalars[t.start + i]
            if i % 2 == 1 ? c != "." : !c.properties.isUppercase { return false }
        }
        return true
    }

    /// The person named at the start of a run of appositive segments that ends at comma `comma`:
    /// "Ann Lee, assistant secretary for parks, lakes and rivers, said" and "Cy Ito, 67, a retired
    /// nurse in Dover, Del., said" name the person whose name opens the clause, before the first
    /// comma, when the segments after it hold at most four commas and no quote mark or full stop.
    static func nameOpeningAppositives(before comma: Int, _ d: Document, _ limit: Range<Int>) -> TextSpan? {
        let toks = d.tokens
        var k = comma - 1
        var commas = 0
        var firstComma = comma
        while k >= limit.lowerBound, k >= comma - 40 {
            let t = toks[k]
            if let open = shortQuoteOpening(closingAt: k, d, limit) {
                k = open - 1
                continue
            }
            if t.kind == .punct {
                if QuoteFinder.isDoubleMark(d.scalars[t.start]) || t.mark == ";" || t.mark == ":" || t.mark == "("
                    || t.mark == ")" || (t.mark == "." || t.mark == "?" || t.mark == "!")
                        && !MentionFinder.isAbbreviationDot(d, k)
                {
                    break
                }
                if t.mark == "," {
                    commas += 1
                    firstComma = k
                    if commas > 4 { return nil }
                }
            }
            k -= 1
        }
        let start = k + 1
        guard start < firstComma, toks[start].capitalized,
            let run = MentionFinder.run(around: start, in: d, limit: start..<firstComma),
            run.tokens.lowerBound == start, run.tokens.upperBound == firstComma, !run.isOrganisation,
            run.parts.count >= 2
        else { return nil }
        return TextSpan(start: toks[start].start, end: toks[firstComma - 1].end)
    }

    /// The opening mark of a short quotation (a title or a slogan of at most six words) whose
    /// closing mark is token `k`, read backwards inside an aside: "Ann Lee, author of “The Quiet
    /// Court,” put it" and "Tom Lee, wearing “Vote Moss” pins, said" keep their aside whole, so the
    /// name before it is still the subject. Nil when `k` is no double mark or no such quotation ends there.
    static func shortQuoteOpening(closingAt k: Int, _ d: Document, _ limit: Range<Int>) -> Int? {
        let toks = d.tokens
        guard toks[k].kind == .punct, QuoteFinder.isDoubleMark(d.scalars[toks[k].start]),
            k > limit.lowerBound, toks[k - 1].kind == .word || toks[k - 1].mark == ","
                || toks[k - 1].mark == "." || toks[k - 1].mark == "!" || toks[k - 1].mark == "?"
        else { return nil }
        // A closing mark sits against the word before it; an opening mark stands after a space.
        guard toks[k - 1].end == toks[k].start else { return nil }
        var m = k - 1
        var words = 0
        while m > limit.lowerBound, words <= 6 {
            let t = toks[m]
            if t.kind == .punct, QuoteFinder.isDoubleMark(d.scalars[t.start]) {
                // The opening mark stands against the quotation's first word, after a space and a word
                // of the aside ("author of “…”", "and “…” pins"): the quotation sits inside the aside.
                guard m + 1 < k, toks[m + 1].start == t.end, toks[m - 1].end < t.start, toks[m - 1].kind == .word
                else { return nil }
                return m
            }
            if t.kind == .punct, t.mark == ";" || t.mark == ":" { return nil }
            // A title or a name, in title case: not a fragment of someone's words ("called for “a lot worse”").
            if t.kind == .word, !t.capitalized, !Attribution.minorWords.contains(t.key) { return nil }
            if t.kind != .punct { words += 1 }
            m -= 1
        }
        return nil
    }

    /// True for an aside like "R-Ky.", "D-N.Y.", "Pa." or an age ("47") between commas.
    static func isPartyOrState(_ a: Int, _ b: Int, _ d: Document) -> Bool {
        let toks = d.tokens
        let words = (a..<b).filter { toks[$0].kind != .punct }
        guard let w = words.first, words.count <= 2 else { return false }
        let t = toks[w]
        if t.kind == .number { return true }
        if Lexicon.stateAbbreviations.contains(t.key) { return true }
        let s = d.folded
        return t.end - t.start >= 3 && s[t.start + 1] == "-"
            && (s[t.start] == "R" || s[t.start] == "D" || s[t.start] == "I")
    }

    /// The noun phrase ending at token `j`, read backwards to a boundary.
    static func phraseBefore(_ j0: Int, _ d: Document, _ limit: Range<Int>, allowAppositive: Bool) -> TextSpan? {
        let toks = d.tokens
        var j = j0
        guard j >= limit.lowerBound else { return nil }
        if toks[j].mark == ")" {
            var k = j
            while k >= limit.lowerBound, toks[k].mark != "(" { k -= 1 }
            j = k - 1
        }
        guard j >= limit.lowerBound else { return nil }
        if allowAppositive, toks[j].mark == "," { return commaSubject(j, d, limit) }
        var i = j
        var count = 0
        var sawCap = false
        while i >= limit.lowerBound && count < 12 {
            let t = toks[i]
            if t.kind == .punct {
                if MentionFinder.isAbbreviationDot(d, i) || (t.mark == "-" && i > limit.lowerBound)
                    || t.mark == "'" && i < j
                {
                    i -= 1
                    count += 1
                    continue
                }
                break
            }
            if t.capitalized {
                if MentionFinder.isFunctionWord(d, i) && !(t.key == MentionFinder.theKey && sawCap) {
                    if Lexicon.pronouns[t.key] != nil && i == j { i -= 1 }
                    break
                }
                sawCap = true
            } else {
                if sawCap, ofInsideName(i, d, limit) {
                    i -= 1
                    count += 1
                    continue
                }
                if Lexicon.subjectStops.contains(t.key) || Cues.isCueWord(i, in: d) { break }
                if Lexicon.pronouns[t.key] != nil {
                    if i == j { i -= 1 }
                    break
                }
                if t.kind == .number && !sawCap && i == j { break }
            }
            i -= 1
            count += 1
        }
        let a = i + 1
        guard a <= j else { return nil }
        return validate(a...j, d)
    }

    /// The phrase after a verb or "according to", up to punctuation or a clause word.
    static func forwardPhrase(from start: Int, in d: Document, limit: Range<Int>, inverted: Bool = false) -> TextSpan? {
        let toks = d.tokens
        var i = start
        // "said Monday", "said on Tuesday"
        while i < limit.upperBound, toks[i].kind == .word, !toks[i].capitalized || dayKeys.contains(toks[i].key) {
            if dayKeys.contains(toks[i].key) {
                i += 1
                continue
            }
            if toks[i].key == onKey, i + 1 < limit.upperBound, dayKeys.contains(toks[i + 1].key) {
                i += 2
                continue
            }
            break
        }
        let a = i
        var sawCap = false
        var count = 0
        while i < limit.upperBound && count < 14 {
            let t = toks[i]
            if t.kind == .punct {
                if MentionFinder.isAbbreviationDot(d, i) || (t.mark == "-" && i > a)
                    || (t.mark == "'" && i > a && toks[i - 1].end == t.start)
                {
                    i += 1
                    count += 1
                    continue
                }
                break
            }
            if t.capitalized {
                if dayKeys.contains(t.key) && sawCap { break }
                sawCap = true
            } else {
                if let p = Lexicon.pronouns[t.key], i == a {
                    _ = p
                    i += 1
                    break
                }
                if Lexicon.objectStops.contains(t.key)
                    && !(t.key == MentionFinder.ofKey || t.key == MentionFinder.forKey)
                {
                    break
                }
                if sawCap && !MentionFinder.isNameWord(d, i) && t.key != MentionFinder.ofKey
                    && t.key != MentionFinder.forKey
                {
                    // "Iraqi prime minister Adel Abdul Mahdi", "Clinton ally James Carville": lower-case
                    // descriptors between capitalised words.
                    var k = i
                    while k < limit.upperBound, k < i + 3, toks[k].kind == .word, !toks[k].capitalized,
                        !Lexicon.objectStops.contains(toks[k].key), !Cues.isCueWord(k, in: d),
                        Lexicon.pronouns[toks[k].key] == nil, !isPastVerb(k, d)
                    {
                        k += 1
                    }
                    if k > i, k < limit.upperBound, toks[k].capitalized {
                        count += k - i
                        i = k
                        continue
                    }
                    break
                }
                if Cues.isCueWord(i, in: d) { break }
            }
            i += 1
            count += 1
        }
        var b = i - 1
        while b >= a, toks[b].kind == .word, !toks[b].capitalized,
            toks[b].key == MentionFinder.ofKey || toks[b].key == MentionFinder.forKey
                || toks[b].key == MentionFinder.theKey
        {
            b -= 1
        }
        guard b >= a else { return nil }
        if inverted {
            // An inverted speaker is followed by the end of the clause, not by more of the sentence.
            let next = b + 1
            if next < limit.upperBound {
                // "said a shop owner, Ada Pell.": a description, then the name it stands beside.
                if toks[next].mark == ",", !(a...b).contains(where: { toks[$0].capitalized }),
                    let name = nameEndingClause(after: next, d, limit)
                {
                    return name
                }
                let t = toks[next]
                let ok = t.kind == .punct || Lexicon.objectStops.contains(t.key) || Cues.isCueWord(next, in: d)
                if !ok { return invertedFallback(a, b, d, limit) }
            }
        }
        return validate(a...b, d)
    }

    /// An inverted speaker phrase `a...b` that runs on into the sentence: `said Ada Pell of the
    /// county board` keeps the name before its modifier; `said a county official, Ada Pell.` takes
    /// the name the description stands beside.
    static func invertedFallback(_ a: Int, _ b: Int, _ d: Document, _ limit: Range<Int>) -> TextSpan? {
        let toks = d.tokens
        if let cut = (a...b).first(where: { k in
            k > a && toks[k].kind == .word && modifierPrepositions.contains(toks[k].key) && toks[k - 1].capitalized
        }) {
            return validate(a...(cut - 1), d)
        }
        var k = b + 1
        while k < limit.upperBound, k <= b + 4, toks[k].kind == .word, !toks[k].capitalized { k += 1 }
        guard k < limit.upperBound, toks[k].mark == "," else { return nil }
        return nameEndingClause(after: k, d, limit)
    }

    /// The person's name right after the comma at token `comma`, when it ends the clause.
    static func nameEndingClause(after comma: Int, _ d: Document, _ limit: Range<Int>) -> TextSpan? {
        let toks = d.tokens
        guard comma + 1 < limit.upperBound, toks[comma + 1].capitalized,
            let run = MentionFinder.run(around: comma + 1, in: d, limit: (comma + 1)..<limit.upperBound),
            run.tokens.lowerBound == comma + 1, !run.isOrganisation, !run.parts.isEmpty
        else { return nil }
        let after = run.tokens.upperBound
        // "said another court lawyer, Ann Lee of the firm Dow Hart": the name keeps its modifier.
        guard
            after >= limit.upperBound || toks[after].kind == .punct
                || toks[after].kind == .word && !toks[after].capitalized
                    && modifierPrepositions.contains(toks[after].key)
        else { return nil }
        return TextSpan(start: toks[run.tokens.lowerBound].start, end: toks[after - 1].end)
    }

    static let modifierPrepositions = Lexicon.keys(Lexicons.modifierPrepositions)

    /// The subject of the main clause for a participle ("X expressed …, calling them “…”").
    static func mainSubject(before cue: Int, in d: Document, limit: Range<Int>) -> TextSpan? {
        let toks = d.tokens
        // The comma-separated segments before the participle, parentheses kept whole; the nearest
        // one that opens with a name, a pronoun or a determiner holds the main clause's subject.
        var segments: [Range<Int>] = []
        var segStart = limit.lowerBound
        var depth = 0
        var k = limit.lowerBound
        while k < cue {
            let m = toks[k].mark
            if m == "(" {
                depth += 1
            } else if m == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 && (m == "," || m == ";" || m == "—" || m == ":") {
                if k > segStart { segments.append(segStart..<k) }
                segStart = k + 1
            }
            k += 1
        }
        if cue > segStart { segments.append(segStart..<cue) }
        // "Ann Lee visited Dayton to meet her rival, Tom Moss, saying …": a segment that is only a
        // name (an appositive or an object set off by commas) has no verb, so it holds no
        // clause's subject; it is taken only when no earlier segment does.
        var bare: TextSpan? = nil
        for (n, seg) in segments.enumerated().reversed() {
            var a = seg.lowerBound
            while a < seg.upperBound, toks[a].kind == .word, leadingConjunctions.contains(toks[a].key) { a += 1 }
            guard a < seg.upperBound, toks[a].kind == .word else { continue }
            let first = toks[a]
            if subjectPronouns.contains(first.key) { return first.span }
            // "Cy Ito, a former Ohio Party chairman, poked at …, tweeting": a description opened by
            // an article right after a name describes that name, which is the subject.
            if n > 0, !first.capitalized && articles.contains(first.key) || possessiveDescription(a..<seg.upperBound, d),
                let host = appositiveHost(segments[n - 1], in: d)
            {
                return host
            }
            var ok = false
            if first.capitalized && !articles.contains(first.key) {
                let ing =
                    first.end - first.start > 5 && d.folded[first.end - 1] == "g" && d.folded[first.end - 2] == "n"
                    && d.folded[first.end - 3] == "i"
                // "Paul Ryan, R-Wis., despite admitting …": a party label names no one.
                ok = !Lexicon.capitalizedFunctionWords.contains(first.key) && !ing && !MentionFinder.isPartyLabel(d, a)
            } else if determiners.contains(first.key) {
                ok = true
            } else {
                var j = a
                while j < seg.upperBound, toks[j].kind == .word, !toks[j].capitalized,
                    Lexicon.titles.contains(toks[j].key) || Lexicon.roleNouns.contains(toks[j].key)
                {
                    j += 1
                }
                ok = j > a && j < seg.upperBound && toks[j].capitalized
            }
            guard ok else { continue }
            // "Ann Lee, a former party chairman, mocked him, tweeting …" and "Roy Moss (D), Lee's rival
            // for governor, called for …, saying": a description right after the name that opens the
            // sentence is that name's appositive, not a subject, however far its phrase reads.
            if n == 1, toks[segments[0].upperBound].mark == ",", toks[seg.upperBound].mark == ",",
                opensAppositive(a, seg, d), isNameSegment(segments[0], d)
            {
                continue
            }
            if let np = forwardPhrase(from: a, in: d, limit: a..<seg.upperBound) {
                let isBare = n > 0 && np.end >= toks[seg.upperBound - 1].end && !subjectPronouns.contains(first.key)
                if !isBare { return np }
                if bare == nil { bare = np }
            }
        }
        return bare
    }

    /// True when the segment whose first word is token `a` opens like an appositive: a determiner
    /// ("a former chairman", "the host") or a possessive name before a lower-case noun ("Lee's rival").
    static func opensAppositive(_ a: Int, _ seg: Range<Int>, _ d: Document) -> Bool {
        let t = d.tokens[a]
        if !t.capitalized { return determiners.contains(t.key) }
        let possessive = d.endsInPossessive(t)
        return possessive && a + 1 < seg.upperBound && d.tokens[a + 1].kind == .word && !d.tokens[a + 1].capitalized
    }

    /// True when `seg` is only a name, perhaps with a parenthesis after it ("Roy Moss (D)"): it opens
    /// with a capitalised word that is no article or function word, and its name phrase reads to the
    /// segment's end or to the parenthesis.
    static func isNameSegment(_ seg: Range<Int>, _ d: Document) -> Bool {
        let toks = d.tokens
        var a = seg.lowerBound
        while a < seg.upperBound, toks[a].kind == .word, leadingConjunctions.contains(toks[a].key) { a += 1 }
        guard a < seg.upperBound, toks[a].kind == .word, toks[a].capitalized, !articles.contains(toks[a].key),
            !Lexicon.capitalizedFunctionWords.contains(toks[a].key), Lexicon.pronouns[toks[a].key] == nil
        else { return false }
        var end = seg.upperBound
        if let open = (a..<seg.upperBound).first(where: { toks[$0].mark == "(" }) { end = open }
        guard end > a, let np = forwardPhrase(from: a, in: d, limit: a..<end) else { return false }
        return np.end >= toks[end - 1].end
    }

    /// The name that a comma-separated segment ends with when the segment is only that name, perhaps
    /// after a sentence adverb or a conjunction ("Cy Ito", "Now Cy Ito", "But Senator Cy Ito"):
    /// the host of a description that follows it. Nil for an organisation or a segment with words
    /// of its own (a clause: "The mayor met Cy Ito").
    static func appositiveHost(_ seg: Range<Int>, in d: Document) -> TextSpan? {
        let toks = d.tokens
        guard let last = seg.last, toks[last].kind == .word, toks[last].capitalized,
            let run = MentionFinder.run(around: last, in: d, limit: seg), run.tokens.upperBound == seg.upperBound,
            !run.isOrganisation, !run.parts.isEmpty
        else { return nil }
        for k in seg.lowerBound..<run.tokens.lowerBound {
            let t = toks[k]
            guard t.kind == .word,
                leadingConjunctions.contains(t.key) || t.capitalized && MentionFinder.isFunctionWord(d, k)
            else { return nil }
        }
        return TextSpan(start: toks[run.tokens.lowerBound].start, end: toks[last].end)
    }

    /// True when token `k` is an "of" or "for" inside a name, between an organisation word or a
    /// title and a capitalised word ("Federation of Teachers", "Secretary of State").
    static func ofInsideName(_ k: Int, _ d: Document, _ limit: Range<Int>) -> Bool {
        let toks = d.tokens
        let t = toks[k]
        guard t.kind == .word, !t.capitalized, t.key == MentionFinder.ofKey || t.key == forKeyOnly,
            k > limit.lowerBound, k + 1 < limit.upperBound, toks[k - 1].capitalized, toks[k + 1].capitalized
        else { return false }
        return Lexicon.orgHeads.contains(toks[k - 1].key) || Lexicon.titles.contains(toks[k - 1].key)
    }

    /// True when a segment opens with a possessive owner and a lower-case noun ("Ann Lee's father",
    /// "Tern's director of sales"): a description of a person, not a name.
    static func possessiveDescription(_ seg: Range<Int>, _ d: Document) -> Bool {
        let toks = d.tokens
        var k = seg.lowerBound
        while k < seg.upperBound, k < seg.lowerBound + 4, toks[k].kind == .word, toks[k].capitalized {
            let t = toks[k]
            if d.endsInPossessive(t) {
                return k + 1 < seg.upperBound && toks[k + 1].kind == .word && !toks[k + 1].capitalized
            }
            k += 1
        }
        return false
    }

    /// Determiners that open a subject noun phrase even when capitalised at a sentence start.
    static let articles = Lexicon.keys(Lexicons.determiners)
    static let leadingConjunctions = Lexicon.keys(Lexicons.leadingConjunctions)
    static let subjectPronouns = Lexicon.keys(Lexicons.subjectPronounForms)

    /// Keeps a phrase only if it can name a speaker: it holds a capitalised word, a pronoun,
    /// or a role, group or document noun.
    static func validate(_ r: ClosedRange<Int>, _ d: Document) -> TextSpan? {
        let toks = d.tokens
        var a = r.lowerBound
        var ok = false
        for k in r {
            let t = toks[k]
            if t.kind != .word { continue }
            if t.capitalized && !Lexicon.capitalizedFunctionWords.contains(t.key) { ok = true }
            if Lexicon.pronouns[t.key] != nil || Lexicon.roleNouns.contains(t.key) || Lexicon.groupNouns.contains(t.key)
                || Lexicon.documentNouns.contains(t.key) || Lexicon.organisationNouns.contains(t.key)
            {
                ok = true
            }
            if t.capitalized, t.key == MentionFinder.theKey, k == a { continue }
        }
        // Leading punctuation and prepositions ("from Mike Lee") are not part of the speaker.
        while a < r.upperBound,
            toks[a].kind == .punct || leadingPrepositions.contains(toks[a].key) && !toks[a].capitalized
        {
            a += 1
        }
        guard ok else { return nil }
        return TextSpan(start: toks[a].start, end: toks[r.upperBound].end)
    }
}
