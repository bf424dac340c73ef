import HearsayModel
import HearsayText

/// Reported speech: a reporting cue, its speaker and the clause it reports.
extension SentenceReader {
    /// The reported claims of a sentence with a reporting cue, plus the own-voice parts around
    /// it that state facts; nil when the sentence has no usable cue.
    func reportedClaims(_ w: [ClaimWord], sentence: TextSpan) -> [FoundClaim]? {
        let titleCase = isTitleCase(w)
        if let r = closingFrame(w, sentence: sentence, titleCase: titleCase) { return r }
        if headline, let r = colonHeadline(w) { return r }
        var participles: [Int] = []
        // A cue whose clause gave nothing ("Lee said if ..., and Ward says ...") leaves the later cues their turn;
        // when none gives a claim the sentence still gives none.
        var spent = false
        for c in w.indices where !quoted(w[c].span.start) {
            let lower = w[c].lower
            if lower == "according", c + 1 < w.count, w[c + 1].lower == "to" {
                if let r = accordingTo(w, at: c, sentence: sentence) { return r }
                continue
            }
            if lower == "that", let r = possessedAssertion(w, that: c) { return r }
            if ClaimLexicon.cueVerbs.contains(lower) || ClaimLexicon.stanceVerbs.contains(lower),
                let r = passive(w, at: c)
            {
                return r
            }
            // A capital makes "States" in "United States" a name, not a cue.
            guard ClaimLexicon.cueVerbs.contains(lower),
                !w[c].capitalised || c == 0 || titleCase && isTitleCaseVerb(w[c]),
                titleCase || !readsAsPluralNoun(w, c), !followsPossessive(w, c)
            else { continue }
            if ClaimLexicon.progressive.contains(lower), c > 0, !ClaimWords.isAreWasWere.contains(w[c - 1].lower) {
                participles.append(c)
                continue
            }
            if let r = cue(w, at: c, sentence: sentence) {
                if !r.isEmpty { return r }
                spent = true
            }
        }
        for c in participles {
            if let r = participle(w, at: c, sentence: sentence) { return r }
        }
        return spent ? [] : nil
    }

    /// "The closures, she said, have hit rural towns": a frame set off by commas between the subject of
    /// the reported clause and its predicate. The claim is the whole clause, frame included, so its
    /// subject is kept; nil unless the words before the frame are a bare noun phrase (no verb, no
    /// opening preposition) and the words after it open with a verb.
    func splitClause(_ w: [ClaimWord], subjectTo e: Int, predicateFrom p: Int, claimant: TextSpan, cue: FoundCue)
        -> FoundClaim?
    {
        guard e >= 1, p + 1 < w.count, gapHas(w, e - 1, e, ",") else { return nil }
        var a = 0
        while a < e, ClaimLexicon.leadingConnectives.contains(w[a].lower) { a += 1 }
        guard a < e, e - a <= 12, !ClaimWords.inOnAtAfterEtc.contains(w[a].lower),
            !Self.notClauseOpeners.contains(w[a].lower),
            !(a..<e).contains(where: { isVerbLike(w[$0]) || quoted(w[$0].span.start) }),
            !(a..<(e - 1)).contains(where: { punctuated(w, $0, $0 + 1) })
        else { return nil }
        let opener = w[p].lower
        guard isVerbLike(w[p]) || ClaimWords.toWillWouldCouldEtc.contains(opener) && opener != "to" else { return nil }
        var inside = 0
        for k in p..<w.count where quoted(w[k].span.start) { inside += 1 }
        guard inside * 2 <= w.count - p else { return nil }
        return FoundClaim(
            span: trimmedSpan(w[a].span.start, end: w[w.count - 1].span.end),
            words: Array(w[a..<e]) + Array(w[p..<w.count]), claimant: claimant, cue: cue, confidence: 0.75)
    }

    /// "CLAUSE, X said." and "CLAUSE, said X.": the frame that closes a sentence governs all of it, even
    /// when the clause holds a reporting verb of its own ("Lee had told the police that ..., the source
    /// added."). Nil when the sentence does not close with a reporting frame.
    func closingFrame(_ w: [ClaimWord], sentence: TextSpan, titleCase: Bool) -> [FoundClaim]? {
        guard w.count >= 6 else { return nil }
        // The frame sits in the last few words: a speaker, the verb, a hearer or a short adjunct.
        let from = max(2, w.count - 8)
        guard let c = (from..<w.count).last(where: { isFrameVerb(w, $0, titleCase: titleCase) }),
            (0..<c).contains(where: { isFrameVerb(w, $0, titleCase: titleCase) || w[$0].lower == "according" })
        else { return nil }
        // The speaker stands between a comma and the verb ("..., the source added"), or the verb
        // follows the comma ("..., said Ann Lee").
        let a = segmentStart(w, before: c)
        let inverted = gapHas(w, c - 1, c, ",")
        guard inverted || a > 1 && c - a <= 6 && gapHas(w, a - 1, a, ",") else { return nil }
        // "... because “most people don’t know,” she said": the frame gives the quotation to its speaker.
        let before = inverted ? c - 1 : a - 1
        if quoted(w[before].span.start) || quoted(w[before].span.end) { return nil }
        guard let found = cue(w, at: c, sentence: sentence), let first = found.first, first.claimant != nil,
            first.span.end <= w[c].span.start
        else { return nil }
        return found
    }

    /// True when word `c` can be the verb of a reporting frame: a cue verb outside quotation marks.
    func isFrameVerb(_ w: [ClaimWord], _ c: Int, titleCase: Bool) -> Bool {
        let lower = w[c].lower
        return !quoted(w[c].span.start) && ClaimLexicon.cueVerbs.contains(lower)
            && !ClaimLexicon.progressive.contains(lower)
            && (!w[c].capitalised || titleCase && isTitleCaseVerb(w[c]))
            && (titleCase || !readsAsPluralNoun(w, c)) && !followsPossessive(w, c)
    }

    /// True for a headline written in title case ("Mayor Says Port Will Close"), where a capital does
    /// not make a verb a name.
    func isTitleCase(_ w: [ClaimWord]) -> Bool {
        guard headline, w.count >= 3 else { return false }
        var long = 0
        var capitalised = 0
        for word in w where word.span.length >= 4 {
            long += 1
            if word.capitalised { capitalised += 1 }
        }
        return long >= 3 && capitalised * 4 >= long * 3
    }

    /// True for a capitalised verb that a title-case headline uses as one ("Says", "Warns"), but not
    /// for a form that is a noun as often ("States", "Reports") unless headlines use it as a verb ("Claims").
    func isTitleCaseVerb(_ word: ClaimWord) -> Bool {
        !ClaimLexicon.pluralNounForms.contains(word.lower) || ClaimLexicon.headlineVerbs.contains(word.lower)
    }

    /// "Ann Lee: The Port Will Close": a headline that gives a name, a colon and what the named said.
    /// The claim stands only when the name resolves to a speaker.
    func colonHeadline(_ w: [ClaimWord]) -> [FoundClaim]? {
        guard let e = (0..<min(4, w.count - 1)).first(where: { gapHas(w, $0, $0 + 1, ":") }),
            isCleanName(w, 0..<(e + 1)), w.count - e - 1 >= 4
        else { return nil }
        let name = TextSpan(start: w[0].span.start, end: w[e].span.end)
        guard var found = clause(w, from: e + 1, to: w.count, claimant: name, cue: .colon, confidence: 0.6) else {
            return nil
        }
        found.needsClaimant = true
        return [found]
    }

    /// "X's claim that CLAUSE", "the senator's view that CLAUSE": the possessor asserted the clause.
    func possessedAssertion(_ w: [ClaimWord], that c: Int) -> [FoundClaim]? {
        guard c >= 2, c + 1 < w.count else { return nil }
        // "X's claim last week that", "X's view, stated often, that" is not read: only a short time
        // adjunct may stand between the noun and "that".
        var n = c - 1
        while n > 0, c - n <= 3, !ClaimLexicon.cueNouns.contains(w[n].lower), isTimeAdjunctWord(w[n]) { n -= 1 }
        guard ClaimLexicon.cueNouns.contains(w[n].lower), n >= 1,
            !(n..<c).contains(where: { punctuated(w, $0, $0 + 1) })
        else { return nil }
        // "X's long-held view that", "X's repeated claims that": modifiers between the possessive and the noun.
        var o = n - 1
        while o > 0, n - o <= 2, !w[o].capitalised, !isPossessive(w[o]), !punctuated(w, o, o + 1),
            !isVerbLike(w[o]), !ClaimWords.theAAnHisEtc.contains(w[o].lower)
        {
            o -= 1
        }
        guard !punctuated(w, o, o + 1) else { return nil }
        let owner = w[o]
        let possessive = isPossessive(owner)
        // Without a possessive, a capitalised name right before the noun names the source ("a Daily Ledger
        // report that").
        guard
            possessive && owner.span.length > 2
                || o == n - 1 && owner.capitalised && !ClaimNames.isJunkName(owner.text(s))
        else {
            return nil
        }
        // The possessor: the name run ending at the possessive ("President Jane Roe's").
        var a = o
        while a > 0, !punctuated(w, a - 1, a), w[a - 1].capitalised || ClaimWords.theAAn.contains(w[a - 1].lower),
            !ClaimLexicon.speakerBoundary.contains(w[a - 1].lower)
        {
            a -= 1
        }
        while a < o, ClaimWords.theAAn.contains(w[a].lower) { a += 1 }
        // The possessive word whole: the speaker book reads "Patek's" as one token and drops its "'s".
        let mention = TextSpan(start: w[a].span.start, end: owner.span.end)
        guard mention.length > 0, isSourceLike(mention) else { return nil }
        return clause(w, from: c + 1, to: w.count, claimant: mention, cue: .word(w[n]), confidence: 0.7)
            .map { [$0] }
    }

    /// True for a word ending in a possessive "'s" or "’s".
    func isPossessive(_ word: ClaimWord) -> Bool { word.hasSuffix("'s", s) || word.hasSuffix("\u{2019}s", s) }

    /// True for a word of a short time adjunct ("last week", "on Friday", "in 2015", "this year").
    func isTimeAdjunctWord(_ word: ClaimWord) -> Bool {
        let l = word.lower
        return DateLexicon.weekday(l) != nil || DateLexicon.month(l) != nil || word.numeric
            || ClaimLexicon.timeAdjunctWords.contains(l)
    }

    /// "It was reported by X that CLAUSE", "CLAUSE, as reported by X": a passive cue with its agent.
    func passive(_ w: [ClaimWord], at c: Int) -> [FoundClaim]? {
        guard c > 0, c + 2 < w.count, w[c + 1].lower == "by",
            ClaimWords.isAreWasWere.contains(w[c - 1].lower) || w[c - 1].lower == "as" || w[c - 1].lower == "been"
        else { return nil }
        // The agent runs to punctuation or "that".
        var e = c + 2
        while e + 1 < w.count, e - c < 10, !punctuated(w, e, e + 1), w[e + 1].lower != "that" { e += 1 }
        let agent = TextSpan(start: w[c + 2].span.start, end: w[e].span.end)
        guard isSourceLike(agent) || document.words(in: agent).count > 1 else { return nil }
        if e + 2 < w.count, w[e + 1].lower == "that" {
            return clause(w, from: e + 2, to: w.count, claimant: agent, cue: .word(w[c]), confidence: 0.75).map { [$0] }
        }
        // "As reported by the Ledger, CLAUSE": the frame opens the sentence and a comma closes the agent.
        if w[c - 1].lower == "as", c - 1 == 0 || ClaimLexicon.leadingConnectives.contains(w[c - 2].lower) && c - 2 == 0,
            e + 1 < w.count, gapHas(w, e, e + 1, ","), isSourceLike(agent)
        {
            return clause(w, from: e + 1, to: w.count, claimant: agent, cue: .word(w[c]), confidence: 0.75).map { [$0] }
        }
        // "Calls for an inquiry were rejected by the council": the subject is what the agent rejected.
        if ClaimWords.isAreWasWere.contains(w[c - 1].lower), c - 1 >= 3, w[c - 2].lower != "it",
            !(0..<(c - 1)).contains(where: { punctuated(w, $0, $0 + 1) && gapHas(w, $0, $0 + 1, ",") == false }),
            isSourceLike(agent)
        {
            return clause(w, from: 0, to: c - 1, claimant: agent, cue: .word(w[c]), confidence: 0.65).map { [$0] }
        }
        // "CLAUSE, as reported by X" or "CLAUSE, it was reported by X".
        var b = c - 1
        if b > 0, w[b].lower != "as", w[b - 1].lower == "it" { b -= 1 }
        guard w[b].lower == "as" || w[b].lower == "it", b > 0, punctuated(w, b - 1, b), e + 1 >= w.count else {
            return nil
        }
        return clause(w, from: 0, to: b, claimant: agent, cue: .word(w[c]), confidence: 0.75).map { [$0] }
    }

    /// "According to X, CLAUSE" and "CLAUSE, according to X."
    func accordingTo(_ w: [ClaimWord], at c: Int, sentence: TextSpan) -> [FoundClaim]? {
        let sourceStart = c + 2
        guard sourceStart < w.count else { return nil }
        var sourceEnd = sourceStart
        while sourceEnd < w.count, !punctuated(w, sourceEnd - 1, sourceEnd) || sourceEnd == sourceStart {
            sourceEnd += 1
        }
        let source = TextSpan(start: w[sourceStart].span.start, end: w[sourceEnd - 1].span.end)
        if c == 0 || clauseBoundaryBefore(w, c) && leadingIntro(w, to: c) {
            // "According to X, CLAUSE"
            guard sourceEnd < w.count else { return nil }
            return clause(w, from: sourceEnd, to: w.count, claimant: source, cue: .accordingTo, confidence: 0.85)
                .map { [$0] }
        }
        // "CLAUSE, according to X."
        return clause(w, from: 0, to: c, claimant: source, cue: .accordingTo, confidence: 0.8).map { [$0] }
    }

    /// A reporting verb at `c`: find its speaker and its clause.
    func cue(_ w: [ClaimWord], at c: Int, sentence: TextSpan) -> [FoundClaim]? {
        let verb = w[c].lower
        // Where the speaker phrase ends: right before the cue, or before "continued to", "went on to".
        var subjectEnd = c
        if c > 0,
            ClaimWords.toWillWouldCouldEtc.contains(w[c - 1].lower)
        {
            // "had plenty to say", "will say", "did not say", "has been confirmed" report nothing.
            guard let head = aspectHead(w, to: c - 1), head > 0 else { return nil }
            subjectEnd = head
        }
        if c > 0, ClaimWords.isAreWasWere.contains(w[c - 1].lower), !ClaimLexicon.progressive.contains(verb) {
            return nil  // a passive: "it was reported", "the deal was announced"
        }
        // Where the clause starts: after a hearer ("told reporters"), adjuncts ("on Monday") and "that".
        var k = c + 1
        var hasThat = false
        if let t = thatAhead(w, after: c, verb: verb) {
            k = thatIsSubject(w, t) ? t : t + 1
            hasThat = true
        } else if ClaimLexicon.hearerVerbs.contains(verb),
            w[c].hasPrefix("t", s) || verb == "informed" || verb == "assured"
        {
            k = afterHearer(w, from: c + 1)
        } else {
            k = afterAdjuncts(w, from: c + 1)
        }
        // A findings verb takes a "that" clause, or closes the sentence ("..., the Gazette has learned.").
        if ClaimLexicon.needThat.contains(verb), !hasThat, c + 1 < w.count,
            !(ClaimLexicon.beliefVerbs.contains(verb) && opensBareClause(w, at: k)
                && !(c > 0 && ClaimLexicon.firstPerson.contains(w[c - 1].lower)))
        {
            return nil
        }
        if verb == "pointed", !(c + 1 < w.count && w[c + 1].lower == "out") { return nil }

        // "..., said Renad Mansour, director of ...": the speaker after the cue.
        if c > 1, punctuated(w, c - 1, c), !ClaimLexicon.hearerVerbs.contains(verb), c + 1 < w.count,
            w[c + 1].capitalised || ClaimWords.theAAn.contains(w[c + 1].lower), !quoted(w[c + 1].span.start),
            punctuatedEnd(w, from: c) || (c + 2 < w.count && nameThenComma(w, from: c + 1))
        {
            // A quotation before the cue leaves nothing to claim: the quotes own the sentence.
            return clause(w, from: 0, to: c, claimant: nameAfter(w, from: c + 1), cue: .word(w[c]), confidence: 0.8).map
            {
                [$0]
            } ?? []
        }
        // "Ann Lee toured the quay and said ...": a cue coordinated with the sentence's first verb shares its subject.
        var j = subjectEnd - 1
        while j > 1, ClaimLexicon.betweenSpeakerAndCue.contains(w[j].lower), !punctuated(w, j, j + 1) { j -= 1 }
        if j >= 2, w[j].lower == "and" || w[j].lower == "but", !punctuated(w, j, j + 1), k < w.count,
            !tailIsAdjunct(w, from: k),
            hasThat || !(c..<min(k, w.count - 1)).contains(where: { punctuated(w, $0, $0 + 1) }),
            let mention = subject(w, before: j), isSourceLike(mention), opensSentence(w, mention)
        {
            // The first predicate is a claim of its own: a stance ("X criticized Y and said ...") or the writer's.
            return clauseAndFirstPredicate(
                w, clauseFrom: k, claimant: mention, cue: c, confidence: 0.75, predicateEnd: j, sentence: sentence)
        }
        // The speaker before the cue.
        guard let speaker = speakerBefore(w, cue: subjectEnd),
            speaker.objectRelative || !embedded(w, before: speaker.start)
        else {
            // "..., said Renad Mansour, director of ..." : the speaker after the cue.
            if c > 0, punctuated(w, c - 1, c), c + 1 < w.count, w[c + 1].capitalised {
                let content = clause(
                    w, from: 0, to: c, claimant: nameAfter(w, from: c + 1), cue: .word(w[c]), confidence: 0.8)
                return content.map { [$0] }
            }
            return nil
        }
        if speaker.objectRelative {
            return objectRelativeClaims(w, clauseFrom: k, speaker: speaker, cue: c, sentence: sentence)
        }
        var out: [FoundClaim] = []
        if k >= w.count || tailIsAdjunct(w, from: k) || speaker.start > 0 && frameTail(w, from: k) {
            // "CLAUSE, X said." The clause is what comes before the speaker, less an appositive
            // of the speaker ("..., the minister's spokesman, Jane Roe, told reporters.").
            var ce = speaker.start
            if ce > 0 {
                let a = segmentStart(w, before: ce)
                if a > 0, ce - a <= 4, !(a..<ce).contains(where: { isVerbLike(w[$0]) }), gapHas(w, ce - 1, ce, ",") {
                    ce = a
                }
            }
            if ce > 0, let r = clause(w, from: 0, to: ce, claimant: speaker.mention, cue: .word(w[c]), confidence: 0.8)
            {
                out.append(r)
            }
        } else if c + 1 < w.count, punctuated(w, c, c + 1), gapHas(w, c, c + 1, ","), speaker.start > 0 {
            // "INTRO, X said, CLAUSE."
            if let r = clause(w, from: c + 1, to: w.count, claimant: speaker.mention, cue: .word(w[c]), confidence: 0.8)
            {
                out.append(r)
            } else if let r = splitClause(
                w, subjectTo: speaker.start, predicateFrom: c + 1, claimant: speaker.mention, cue: .word(w[c]))
            {
                // "SUBJECT, X said, PREDICATE.": the frame interrupts the clause it reports.
                out.append(r)
            }
        } else if let after = clauseAfterAside(w, at: k) {
            // "X said on Friday, as lawmakers met, the port would close": an aside between the cue and its clause.
            if let r = clause(
                w, from: after, to: w.count, claimant: speaker.mention, cue: .word(w[c]), confidence: 0.75)
            {
                out.append(r)
            }
        } else if !(c..<min(k, w.count - 1)).contains(where: { punctuated(w, $0, $0 + 1) }) || hasThat {
            // "X said (that) CLAUSE"; "X, who said CLAUSE, left": the clause ends where the main clause resumes.
            let end = speaker.subjectRelative ? mainClauseResumes(w, after: k) ?? w.count : w.count
            if let r = clause(
                w, from: k, to: end, claimant: speaker.mention, cue: .word(w[c]), confidence: hasThat ? 0.9 : 0.8)
            {
                out.append(r)
            }
            // The writer's own words before the speaker ("After the strikes killed 24 people — X warned ...").
            if speaker.start >= 6, let residue = statedClaim(w, from: 0, to: speaker.start, sentence: sentence) {
                out.append(residue)
            }
        }
        // The writer's relative clause about the speaker ("PMF, which unites 40 militias"), when the
        // antecedent is a name or a noun phrase of its own, not the tail of an appositive.
        if let relative = speaker.relativeClause,
            w[relative.0].capitalised || ClaimWords.theAAn.contains(w[relative.0].lower),
            let r = statedClaim(w, from: relative.0, to: relative.1, sentence: sentence, minimum: 4)
        {
            out.append(r)
        }
        return out
    }

    /// "the wall, which he said Mexico would pay for", "fees that officials said were too high": the clause
    /// after the cue, to the end of the relative clause, even without its subject (the antecedent); and the
    /// writer's words before the relative clause when they state a fact.
    func objectRelativeClaims(
        _ w: [ClaimWord], clauseFrom k: Int, speaker: SpeakerPhrase, cue c: Int, sentence: TextSpan
    ) -> [FoundClaim] {
        var out: [FoundClaim] = []
        var e = k + 1
        while e < w.count, !(gapHas(w, e - 1, e, ",") || gapHas(w, e - 1, e, "\u{2014}")) { e += 1 }
        if e - k >= 3, !(k..<e).contains(where: { quoted(w[$0].span.start) }),
            !Self.notClauseOpeners.contains(w[k].lower) || isVerbLike(w[k])
                || ClaimWords.isAreWasWere.contains(w[k].lower)
        {
            out.append(
                FoundClaim(
                    span: trimmedSpan(w[k].span.start, end: w[e - 1].span.end), words: Array(w[k..<e]),
                    claimant: speaker.mention, cue: .word(w[c]), confidence: 0.7))
        }
        let rel = speaker.start - 1
        if rel >= 5, let stated = statedClaim(w, from: 0, to: rel, sentence: sentence) { out.append(stated) }
        return out
    }

    /// The word where a main clause resumes after a relative clause that reports ("Ann Lee, who said the
    /// fares were too high, left the meeting"): a verb right after a comma, once the clause before it has
    /// a verb of its own; nil when none does. A modal after a comma continues the clause ("that Lee, under
    /// fire, would resign").
    func mainClauseResumes(_ w: [ClaimWord], after k: Int) -> Int? {
        var e = k + 3
        var clauseHasVerb = (k..<min(e, w.count)).contains { isVerbLike(w[$0]) }
        while e < w.count {
            if clauseHasVerb, gapHas(w, e - 1, e, ","), isVerbLike(w[e]), !ClaimLexicon.cueVerbs.contains(w[e].lower),
                !ClaimWords.toWillWouldCouldEtc.contains(w[e].lower)
            {
                return e
            }
            if isVerbLike(w[e]) { clauseHasVerb = true }
            e += 1
        }
        return nil
    }

    /// True when `mention` starts the sentence, after any leading connectives ("And Lee toured ..."): the
    /// subject of the whole sentence, not of a clause after an opening adjunct.
    func opensSentence(_ w: [ClaimWord], _ mention: TextSpan) -> Bool {
        var a = 0
        while a < w.count - 1, ClaimLexicon.leadingConnectives.contains(w[a].lower) { a += 1 }
        return w[a].span.start == mention.start
    }

    /// Where the reported clause starts when a subordinate aside set off by commas stands between the cue
    /// and it (", as lawmakers met,", ", while the talks went on,"): the word after the closing comma, or
    /// nil when the words at `k` open no such aside.
    func clauseAfterAside(_ w: [ClaimWord], at start: Int) -> Int? {
        // A time adjunct first ("said on Friday, as ...").
        var k = start
        while k < w.count, k - start < 3, !gapHas(w, k - 1, k, ","), isTimeAdjunctWord(w[k]) { k += 1 }
        guard k > 0, k < w.count, gapHas(w, k - 1, k, ","), Self.frameTailOpeners.contains(w[k].lower),
            !quoted(w[k].span.start)
        else { return nil }
        var e = k + 1
        while e < min(w.count - 3, k + 12) {
            if punctuated(w, e, e + 1) {
                guard gapHas(w, e, e + 1, ","), !quoted(w[e + 1].span.start) else { return nil }
                return e + 1
            }
            e += 1
        }
        return nil
    }

    /// ", saying (that) CLAUSE": the subject of the sentence is the speaker.
    func participle(_ w: [ClaimWord], at c: Int, sentence: TextSpan) -> [FoundClaim]? {
        guard c > 0, punctuated(w, c - 1, c) else { return nil }
        let start: Int
        if let t = thatAhead(w, after: c, verb: w[c].lower) {
            start = t + 1
        } else {
            start = afterAdjuncts(w, from: c + 1)
        }
        guard start < w.count, !quoted(w[start].span.start) else { return nil }
        // The speaker: the subject of the sentence, after any opening adjunct ("In the meantime, ").
        guard let mention = subject(w, before: c) else { return nil }
        // The main clause before the participle may itself report a stance ("X spoke about Y, arguing ...").
        let out = clauseAndFirstPredicate(
            w, clauseFrom: start, claimant: mention, cue: c, confidence: 0.7, predicateEnd: c, sentence: sentence)
        return out.isEmpty ? nil : out
    }

    /// The subject of the main clause before word `c`: the first stretch not opened by a
    /// preposition, up to its first verb, or the name in apposition right after it.
    func subject(_ w: [ClaimWord], before c: Int) -> TextSpan? {
        var a = 0
        while a < c {
            var e = a
            while e + 1 < c, !punctuated(w, e, e + 1) { e += 1 }
            let opener = w[a].lower
            // A dateline ("NEW YORK —") is not the subject.
            if (a...e).allSatisfy({ Self.allCaps(w[$0], s) }), e + 1 < c, !gapHas(w, e, e + 1, ",") || e - a < 3 {
                a = e + 1
                continue
            }
            if ClaimWords.inOnAtAfterEtc.contains(opener)
                || DateLexicon.weekday(opener) != nil
            {
                a = e + 1
                continue
            }
            var v = a
            while v <= e, !isVerbLike(w[v]) { v += 1 }
            guard v > a else { return nil }
            if v > e, e + 1 < c, gapHas(w, e, e + 1, ","), ClaimNames.isNameWord(w[e + 1], s) {
                // "One of the commanders, Jamal Ibrahimi, put ...": the name in apposition.
                var n = e + 1
                while n + 1 < c, ClaimNames.isNameWord(w[n + 1], s), !punctuated(w, n, n + 1) { n += 1 }
                return TextSpan(start: w[e + 1].span.start, end: w[n].span.end)
            }
            let phrase = Array(w[a..<v])
            if phrase.count == 1, Figures.Lexicon.numberWord(phrase[0], s) != nil { return nil }
            return TextSpan(start: w[a].span.start, end: w[v - 1].span.end)
        }
        return nil
    }

    /// True when every letter of the word is a capital ("WASHINGTON").
    static func allCaps(_ word: ClaimWord, _ s: [Unicode.Scalar]) -> Bool {
        guard word.span.length >= 2 else { return false }
        for k in word.span.start..<word.span.end
        where ClaimTokenRules.isWordScalar(s[k]) && !ClaimTokenRules.isUpper(s[k]) {
            if !ClaimTokenRules.isDigit(s[k]) { return false }
        }
        return true
    }

    /// A word that reads as a finite verb: a past form, a cue, or a common auxiliary.
    func isVerbLike(_ word: ClaimWord) -> Bool {
        if word.capitalised { return false }
        let l = word.lower
        if ClaimLexicon.irregularPast.contains(l) || ClaimLexicon.cueVerbs.contains(l) { return true }
        if ClaimWords.isAreHasHaveEtc.contains(l) {
            return true
        }
        return word.hasSuffix("ed", s) && word.span.length >= 5 && !ClaimLexicon.falsePast.contains(l)
    }

    /// The speaker phrase before a cue: its span, where it starts, and any non-restrictive
    /// relative clause ("PMF, which unites some 40 militias, promised") it carried.
    struct SpeakerPhrase {
        var mention: TextSpan
        var start: Int
        var relativeClause: (Int, Int)?
        /// True when the speaker sits in a relative clause whose pronoun is the object of the cue's clause
        /// ("the wall, which he said Mexico would pay for"): the clause may lack its subject and ends with
        /// the relative clause.
        var objectRelative = false
        /// True when the cue opens a relative clause on the speaker ("Ann Lee, who said ..., left"): the
        /// reported clause ends where the main clause resumes.
        var subjectRelative = false
    }

    func speakerBefore(_ w: [ClaimWord], cue c: Int) -> SpeakerPhrase? {
        var end = c  // exclusive
        // Skip adverbs, auxiliaries and dates between the speaker and the cue.
        while end > 0, !punctuated(w, end - 1, end),
            ClaimLexicon.betweenSpeakerAndCue.contains(w[end - 1].lower) || DateLexicon.weekday(w[end - 1].lower) != nil
                || (w[end - 1].hasSuffix("ly", s) && !w[end - 1].capitalised && end - 1 > 0)
                || (DateLexicon.month(w[end - 1].lower) != nil && w[end - 1].capitalised)
                || w[end - 1].numeric && end - 2 >= 0
                    && DateLexicon.month(w[end - 2].lower) != nil
        {
            if end < c, punctuated(w, end - 1, end) { break }
            end -= 1
        }
        guard end > 0 else { return nil }
        if quoted(w[end - 1].span.start) { return nil }
        var start = segmentStart(w, before: end)
        // "the wall, which he said Mexico would pay for", "a charity that prosecutors said was a front": the
        // relative pronoun belongs to the reported clause; the speaker is the words between it and the cue.
        if end >= 2,
            let rel = (max(0, end - 6)..<(end - 1)).last(where: {
                ClaimLexicon.objectRelatives.contains(w[$0].lower)
            }),
            rel > 0, !gapHas(w, end - 1, end, ","),
            !(rel + 1..<end).contains(where: {
                isVerbLike(w[$0]) || quoted(w[$0].span.start) || punctuated(w, $0 - 1, $0)
            }),
            isSpeakerPhrase(Array(w[(rel + 1)..<end]))
        {
            return SpeakerPhrase(
                mention: TextSpan(start: w[rel + 1].span.start, end: w[end - 1].span.end), start: rel + 1,
                relativeClause: nil, objectRelative: true)
        }
        // "Ann Lee, a pilot for the ferry line, which runs the route, said", "Jo Dunn (R-Ohio) said", "Cy Ito,
        // then 38, said": the name that opens the sentence, when what stands between is only description.
        // "Sometimes, they say, ...": a personal pronoun right before the cue is its subject, whatever opens the sentence.
        if start > 0, !ClaimLexicon.relatives.contains(w[start].lower), !isCleanName(w, start..<end),
            !(end - start == 1 && ClaimLexicon.pronouns.contains(w[start].lower)),
            let opening = openingName(w, before: end)
        {
            return opening
        }
        var relative: (Int, Int)?
        let first = w[start].lower
        if ClaimLexicon.relatives.contains(first), end - start > 1, start > 0 {
            // "PMF, which unites 40 militias, promised": the clause is the writer's; the speaker is before it.
            var antecedentStart = segmentStart(w, before: start)
            if antecedentStart > 0, isPartyLabel(Array(w[antecedentStart..<start])) {
                antecedentStart = segmentStart(w, before: antecedentStart)  // "Jane Roe, 56, who ..."
            }
            relative = (antecedentStart, end)
            end = start
            start = antecedentStart
            // "Jane Roe, director of the fund, which ran the poll, said": the name before the appositive.
            if start > 0, gapHas(w, start - 1, start, ","),
                !w[start].capitalised || ClaimWords.theAAn.contains(w[start].lower),
                let name = nameBefore(w, appositiveAt: start)
            {
                return SpeakerPhrase(mention: name.mention, start: name.start, relativeClause: relative)
            }
        } else if ClaimLexicon.relatives.contains(first), end - start == 1, start > 0 {
            // "Gen. X, chairman of Y, who stated ...": the antecedent, over any appositive.
            var a = segmentStart(w, before: start)
            var e = start
            if !w[a].capitalised || ClaimWords.theAAn.contains(w[a].lower), a > 0 {
                e = a
                a = segmentStart(w, before: a)
            }
            guard e > a, let name = ClaimNames.trailingName(in: w[a..<e], s) else { return nil }
            return SpeakerPhrase(
                mention: name, start: start, relativeClause: nil,
                subjectRelative: gapHas(w, start - 1, start, ","))
        } else if start > 0,
            isPartyLabel(Array(w[start..<end]))
                || gapHas(w, start - 1, start, ",") && gapHas(w, end - 1, end, ",")
                    && (!w[start].capitalised || ClaimWords.theAAn.contains(first))
        {
            // "Jawad Al Telbawi, a commander of one of the factions, told ...": the name before the appositive.
            if let name = nameBefore(w, appositiveAt: start) { return name }
        }
        // Leading connectives are not part of the speaker ("And PMF").
        while start < end - 1, ClaimLexicon.leadingConnectives.contains(w[start].lower) { start += 1 }
        guard end > start, end - start <= 14 else { return nil }
        let phrase = Array(w[start..<end])
        guard isSpeakerPhrase(phrase) else { return nil }
        return SpeakerPhrase(
            mention: TextSpan(start: w[start].span.start, end: w[end - 1].span.end), start: start,
            relativeClause: relative)
    }

    /// The name opening the sentence ("Ann Lee," or "Jo Dunn (R-Ohio)") as the subject of the verb at `end`,
    /// when everything between is description: appositives, ages, party labels, places and relative or
    /// participle clauses, with no verb of the sentence's own and no quotation.
    func openingName(_ w: [ClaimWord], before end: Int) -> SpeakerPhrase? {
        var a = 0
        while a < end, ClaimLexicon.leadingConnectives.contains(w[a].lower) { a += 1 }
        var e = a
        while e + 1 < end, !punctuated(w, e, e + 1) { e += 1 }
        guard e + 1 < end, e - a < 6, gapHas(w, e, e + 1, ",") || gapHas(w, e, e + 1, "("),
            !ClaimWords.inOnAtAfterEtc.contains(w[a].lower),
            let name = ClaimNames.trailingName(in: w[a...e], s)
        else { return nil }
        // "Ann Lee," or, with a title before the name, "Former mayor Ann Lee (D),": the name itself is clean,
        // and what precedes it holds no verb.
        if !isCleanName(w, a..<(e + 1)) {
            guard let n = (a...e).first(where: { w[$0].span.start == name.start }), n > a, e - n >= 1,
                isCleanName(w, n..<(e + 1)), w[a].capitalised, !(a..<n).contains(where: { isVerbLike(w[$0]) })
            else { return nil }
        }
        // "Initially, regulators said", "Overall, voters said": an adverb, not a name.
        if e == a, w[a].hasSuffix("ly", s) || Self.sentenceAdverbs.contains(w[a].lower) { return nil }
        // Between the name and the verb: a verb belongs to a relative clause ("who runs ...") or not at all.
        var relative = false
        for k in (e + 1)..<end {
            if quoted(w[k].span.start) { return nil }
            if gapHas(w, k - 1, k, ",") { relative = false }
            let l = w[k].lower
            // "Ann Lee, speaking in Dorrow, said": a participle set off by commas describes the subject.
            if gapHas(w, k - 1, k, ","), w[k].hasSuffix("ing", s) {
                relative = true
                continue
            }
            if ClaimLexicon.relatives.contains(l) {
                relative = true
                continue
            }
            if !relative, !w[k].contains("-", s), isVerbLike(w[k]) || ClaimLexicon.stanceVerbs.contains(l) {
                return nil
            }
        }
        return SpeakerPhrase(mention: name, start: a, relativeClause: nil)
    }

    static let sentenceAdverbs = WordSet(words: Lexicons.claimSentenceAdverbs)

    /// True when `w[range]` is a name and nothing else: capitalised name words, not a place, a state's
    /// abbreviation, a party label, a weekday or a dateline in capitals.
    func isCleanName(_ w: [ClaimWord], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, w[range.lowerBound].capitalised, !isPartyLabel(Array(w[range])),
            w[range.upperBound - 1].span.length >= 2
        else { return false }
        // An aside in brackets ("(R-Ohio)") is not the name.
        var k = w[range.lowerBound].span.start - 1
        while k >= base, s[k] == " " { k -= 1 }
        if k >= base, s[k] == "(" { return false }
        for k in range {
            let word = w[k]
            guard ClaimNames.isNameWord(word, s), !(word.allCapitals && word.span.length > 3), !word.numeric,
                !word.contains("-", s) || word.span.length > 5 && !word.hasPrefix("r-", s) && !word.hasPrefix("d-", s),
                DateLexicon.weekday(word.lower) == nil, DateLexicon.month(word.lower) == nil,
                !Lexicon.stateAbbreviations.contains(Normalizer.key(s[word.span.start..<word.span.end]))
            else { return false }
        }
        let words = Array(w[range])
        return !ClaimNames.isPlace(ClaimNames.nameKey(words: words, s))
            && !(words.count == 1 && ClaimNames.isPlace(words[0], s))
    }

    /// The name before an appositive starting at `start` ("Jane Roe, 27, a ferry pilot, said"; "Rep. Jo Dunn
    /// of Ohio, a critic, said"): over an age or party label, and before a place the name is "of".
    func nameBefore(_ w: [ClaimWord], appositiveAt start: Int) -> SpeakerPhrase? {
        guard start > 0 else { return nil }
        var a = segmentStart(w, before: start)
        var e = start
        if a > 0, isPartyLabel(Array(w[a..<e])) {
            e = a
            a = segmentStart(w, before: a)
        }
        guard a < e, var name = ClaimNames.trailingName(in: w[a..<e], s),
            !(document.words(in: name).count == 1 && DateLexicon.weekday(w[e - 1].lower) != nil)
        else { return nil }
        // "Senator Jo Dunn of Ohio": the person, not the place.
        if let of = (a..<e).last(where: { w[$0].lower == "of" && w[$0].span.end <= name.start }), of > a,
            w[of + 1].span.start == name.start, let person = ClaimNames.trailingName(in: w[a..<of], s),
            document.words(in: person).count >= 2
        {
            name = person
        }
        return SpeakerPhrase(mention: name, start: a, relativeClause: nil)
    }

    /// True for a party-and-state label set off after a name ("D-Va.", "R-Texas", "age 52").
    func isPartyLabel(_ p: [ClaimWord]) -> Bool {
        guard p.count <= 2, let head = p.first else { return false }
        let first = head.lower
        return head.hasPrefix("d-", s) || head.hasPrefix("r-", s) || head.hasPrefix("i-", s) || p.allSatisfy(\.numeric)
            || (p.count == 1 && ClaimWords.dRI.contains(first))
            // "Jo Dunn (Vt.) said": a state's abbreviation alone in brackets.
            || (p.count == 1 && isBracketed(head)
                && Lexicon.stateAbbreviations.contains(Normalizer.key(s[head.span.start..<head.span.end])))
    }

    /// True when an opening bracket comes right before the word ("(Vt.)").
    func isBracketed(_ word: ClaimWord) -> Bool {
        var k = word.span.start - 1
        while k >= base, s[k] == " " { k -= 1 }
        return k >= base && s[k] == "("
    }

    /// True for a phrase that can name who said something: a name, a pronoun, or a noun phrase
    /// ending in a noun ("the spokesman", "U.S. officials").
    func isSpeakerPhrase(_ p: [ClaimWord]) -> Bool {
        guard let last = p.last else { return false }
        // "it" and "you" say nothing of who spoke ("it said", "you say").
        if p.count == 1, ClaimLexicon.pronouns.contains(last.lower) { return last.lower != "you" && last.lower != "it" }
        if p.count == 1,
            ClaimWords.thisThatTheseThoseEtc.contains(last.lower)
        {
            return false
        }
        if ClaimLexicon.speakerBoundary.contains(last.lower) || Figures.Lexicon.unitStop.contains(last.lower) {
            return false
        }
        if ClaimLexicon.relatives.contains(last.lower) { return false }
        // A clause is not a speaker: "the attacks showed" has no verb before the cue, "it was reported" does.
        for x in p.dropLast() where ClaimWords.isAreWasWereEtc.contains(x.lower) {
            return false
        }
        if p.count > 6, !p.contains(where: { $0.capitalised }) { return false }
        return true
    }

    /// The first word of the stretch ending at `end`, back to punctuation or the sentence start.
    func segmentStart(_ w: [ClaimWord], before end: Int) -> Int {
        var b = end - 1
        while b > 0, !punctuated(w, b - 1, b) { b -= 1 }
        // A relative clause ("which unites 40 militias and has 150,000 members") is kept whole.
        if ClaimLexicon.relatives.contains(w[b].lower) { return b }
        let both = (b..<end).contains { w[$0].lower == "both" }
        // Inside the stretch, a conjunction or subordinator starts the speaker ("after X said").
        var k = end - 1
        while k > b {
            let l = w[k - 1].lower
            // "Iran and its allies warned": a coordinated subject stays whole.
            let coordinated = (l == "and" || l == "or") && (k - 2 >= b && w[k - 2].capitalised || both)
            if ClaimLexicon.speakerBoundary.contains(l), !coordinated { return k }
            k -= 1
        }
        if b < end - 1, ClaimLexicon.speakerBoundary.contains(w[b].lower),
            !ClaimLexicon.leadingConnectives.contains(w[b].lower)
        {
            return b + 1
        }
        return b
    }

    /// True when the speaker phrase sits in a wh-clause ("what Trump says his plan would do"):
    /// the sentence is about the saying, not a report of it.
    func embedded(_ w: [ClaimWord], before start: Int) -> Bool {
        start > 0 && ClaimWords.whatHowWhyWhetherEtc.contains(w[start - 1].lower)
    }

    /// True when a name run starting at `i` ends at a comma ("said Renad Mansour, director of").
    func nameThenComma(_ w: [ClaimWord], from i: Int) -> Bool {
        var e = i
        while e + 1 < w.count, ClaimNames.isNameWord(w[e + 1], s) || ClaimWords.theAAn.contains(w[e].lower),
            !punctuated(w, e, e + 1)
        {
            e += 1
        }
        return e + 1 < w.count && gapHas(w, e, e + 1, ",")
    }

    /// The name after an inverted cue ("said Renad Mansour, director ...").
    func nameAfter(_ w: [ClaimWord], from i: Int) -> TextSpan {
        var e = i
        while e + 1 < w.count, !punctuated(w, e, e + 1) { e += 1 }
        return TextSpan(start: w[i].span.start, end: w[e].span.end)
    }

    /// True when the words from `k` read as a clause without "that" (a verb of belief after "I" or "we" is
    /// the writer's opinion, so its caller asks first): a subject pronoun ("thinks they
    /// will"), or a short subject and then a finite verb or a modal before any punctuation ("believes the
    /// pier was", "thought Lee would").
    func opensBareClause(_ w: [ClaimWord], at k: Int) -> Bool {
        guard k < w.count, !quoted(w[k].span.start) else { return false }
        let first = w[k].lower
        if ClaimLexicon.pronouns.contains(first) { return first != "you" && k + 1 < w.count }
        guard !Self.notClauseOpeners.contains(first), !SentenceReader.particlesAfterCue.contains(first) else {
            return false
        }
        var e = k + 1
        while e < w.count, e - k <= 5, !punctuated(w, e - 1, e) {
            let l = w[e].lower
            if isVerbLike(w[e]) || ClaimWords.toWillWouldCouldEtc.contains(l) && l != "to" { return true }
            e += 1
        }
        return false
    }

    /// The index of "that" opening the clause of the cue at `c`, when only a hearer or adjuncts lie between.
    func thatAhead(_ w: [ClaimWord], after c: Int, verb: WordKey) -> Int? {
        var k = c + 1
        // "says at a stop in Toledo, Ohio, that ...": a place or time set off by commas before the clause.
        let adjunct = c + 1 < w.count && ClaimLexicon.adjunctOpeners.contains(w[c + 1].lower)
        while k < w.count, k <= c + 12 {
            if k > c + 1, punctuated(w, k - 1, k), !(adjunct && gapHas(w, k - 1, k, ",")) { return nil }
            if w[k].lower == "that" {
                if k == c + 1 { return k }
                let first = w[c + 1].lower
                let hearer = ClaimLexicon.hearerVerbs.contains(verb)
                if hearer || ClaimLexicon.adjunctOpeners.contains(first) || DateLexicon.weekday(first) != nil
                    || DateLexicon.month(first) != nil
                {
                    return k
                }
                return nil
            }
            if ClaimLexicon.cueVerbs.contains(w[k].lower) { return nil }
            k += 1
        }
        return nil
    }

    /// The word after a hearer ("told reporters", "told the Iraqi News Agency", "informed his cabinet Tuesday").
    func afterHearer(_ w: [ClaimWord], from i: Int) -> Int {
        var k = i
        while k < w.count, ClaimWords.theAAnHisEtc.contains(w[k].lower) { k += 1 }
        if k < w.count, w[k].capitalised {
            while k + 1 < w.count, ClaimNames.isNameWord(w[k + 1], s), !punctuated(w, k, k + 1) { k += 1 }
            k += 1
        } else if k < w.count {
            k += 1  // "reporters", "lawmakers"
        }
        return afterAdjuncts(w, from: k)
    }

    /// Skips a date or a short prepositional adjunct right after a cue ("said Monday", "said in a statement").
    func afterAdjuncts(_ w: [ClaimWord], from i: Int) -> Int {
        var k = i
        var steps = 0
        while k < w.count, steps < 6 {
            let l = w[k].lower
            if DateLexicon.weekday(l) != nil
                || ClaimWords.todayYesterdayTonightAgainEtc.contains(l)
            {
                k += 1
                steps += 1
                continue
            }
            // "has said for weeks", "argued for two years": a stretch of time, not the clause.
            if ClaimLexicon.durationOpeners.contains(l) {
                var e = k + 1
                var unitEnd: Int?  // just after the last unit of time read
                while e < w.count, e - k <= 4, !punctuated(w, e - 1, e),
                    isTimeAdjunctWord(w[e]) || ClaimLexicon.durationUnits.contains(w[e].lower)
                        || ClaimWords.theAAn.contains(w[e].lower) || Figures.Lexicon.numberWord(w[e], s) != nil
                {
                    if ClaimLexicon.durationUnits.contains(w[e].lower) { unitEnd = e + 1 }
                    e += 1
                }
                if let unitEnd {
                    k = unitEnd
                    steps += 1
                    continue
                }
            }
            if ClaimWords.inOnDuringAtEtc.contains(l), k + 2 < w.count,
                ClaimWords.aAnTheHisEtc.contains(w[k + 1].lower)
                    || DateLexicon.weekday(w[k + 1].lower) != nil,
                ClaimWords.statementInterviewSpeechBriefingEtc.contains(
                    w[min(k + 2, w.count - 1)].lower)
                    || ClaimWords.statementInterviewTwitterFacebook.contains(
                        w[min(k + 3, w.count - 1)].lower)
            {
                var e = k + 1
                while e < w.count, !punctuated(w, e - 1, e) || e == k + 1, e - k < 5,
                    !ClaimWords.thatThe.contains(w[e].lower) || e <= k + 1
                {
                    if ClaimWords.statementInterviewSpeechBriefingEtc2.contains(w[e].lower)
                        || DateLexicon.weekday(w[e].lower) != nil
                    {
                        e += 1
                        break
                    }
                    e += 1
                }
                k = e
                steps += 1
                continue
            }
            break
        }
        if k < w.count, w[k].lower == "that" { k += 1 }
        return k
    }

    /// The clause a cue reports from `clauseFrom` to the sentence's end, then the words before
    /// `predicateEnd` as a claim of their own: a stance when they report one, else the writer's.
    func clauseAndFirstPredicate(
        _ w: [ClaimWord], clauseFrom: Int, claimant: TextSpan, cue: Int, confidence: Double, predicateEnd: Int,
        sentence: TextSpan
    ) -> [FoundClaim] {
        var out: [FoundClaim] = []
        if let r = clause(
            w, from: clauseFrom, to: w.count, claimant: claimant, cue: .word(w[cue]), confidence: confidence)
        {
            out.append(r)
        }
        if let stance = stanceClaims(Array(w[0..<predicateEnd]), sentence: sentence) {
            out.append(contentsOf: stance)
        } else if let r = statedClaim(w, from: 0, to: predicateEnd, sentence: sentence) {
            out.append(r)
        }
        return out
    }
}
