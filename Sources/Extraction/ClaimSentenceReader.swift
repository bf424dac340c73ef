import HearsayModel
import HearsayText

/// One claim as read from a sentence, before its claimant is resolved.
struct FoundClaim {
    var span: TextSpan
    /// The words of the claim, as the sentence was read (so they are not read again).
    var words: [ClaimWord]
    /// The phrase naming the claimant, nil for the article's own voice.
    var claimant: TextSpan?
    var cue: FoundCue?
    var confidence: Double
    /// True for a claim that stands only when its claimant phrase resolves to a speaker.
    var needsClaimant = false
    /// What the sentence gives instead when a claim that needs a claimant gets none.
    var fallback: [FoundClaim] = []
}

/// What introduced a reported claim: "according to", or a reporting verb.
enum FoundCue {
    case accordingTo
    case word(ClaimWord)
    /// A headline's "Name: what they said".
    case colon
    /// A phrase of several words ("took aim at"), its words in order.
    case phrase([ClaimWord])

    /// The cue as the claim records it: "according to", ":", or the verb or phrase lower-cased.
    func text(_ s: [Unicode.Scalar]) -> String {
        switch self {
        case .accordingTo: return "according to"
        case .colon: return ":"
        case .word(let w): return w.text(s)
        case .phrase(let words): return words.map { $0.text(s) }.joined(separator: " ")
        }
    }
}

/// Reads the claims of one sentence of a paragraph.
struct SentenceReader {
    /// The article; its folded text and claim words are read, never tokenised again.
    let document: Document
    /// The folded text.
    var s: [Unicode.Scalar] { document.folded }
    /// Whether each scalar of the paragraph lies inside quote marks.
    let mask: QuoteMask
    /// The paragraph's first offset.
    let base: Int
    /// True for a headline, where a title-case verb ("Mayor Says", "Ann Lee Vows") can be a cue.
    var headline = false

    func quoted(_ k: Int) -> Bool { k >= base && k - base < mask.count && mask[k - base] }

    /// The claims of `sentence`.
    func claims(in sentence: TextSpan) -> [FoundClaim] {
        // The first tests read the words in place, so a sentence that is mostly quotation (an
        // article of 10 MB between quote marks) is never copied only to be dropped (issue 13: memory).
        // The words are kept from that same reading, as the sentence is read once (not again by
        // `document.words(in:)`), and only up to the longest sentence read: past it nothing is kept
        // and the reading stops.
        var words: [ClaimWord] = []
        var outside = 0
        Tokenizer.scanWords(s, in: sentence) { w in
            guard words.count < ClaimFilter.longestSentence else {
                words.append(w)
                return false
            }
            words.append(w)
            if !quoted(w.span.start) { outside += 1 }
            return true
        }
        let count = words.count
        guard count >= 4, count <= ClaimFilter.longestSentence else { return [] }
        if ClaimFilter.isQuestion(s, sentence) { return [] }
        // A sentence that opens with a quotation and is mostly quotation belongs to the quotes; one
        // that opens in the writer's words ("She said the budget “will not survive”") may report a claim.
        if outside * 2 < count, quoted(words[0].span.start) { return [] }
        if ClaimFilter.isBoilerplate(words) { return [] }
        // An attribution whose clause is a quotation gives no claim: the quotes own that sentence.
        if let reported = reportedClaims(words, sentence: sentence) { return reported }
        if let stance = stanceClaims(words, sentence: sentence) { return stance }
        if let stated = statedClaim(words, from: 0, to: words.count, sentence: sentence) { return [stated] }
        return []
    }

    // MARK: clauses and stated facts

    /// The reported clause `w[from..<to]`, trimmed, unless it is a quotation or too short.
    func clause(_ w: [ClaimWord], from: Int, to: Int, claimant: TextSpan, cue: FoundCue, confidence: Double)
        -> FoundClaim?
    {
        var a = from
        var b = to
        while a < b, ClaimLexicon.leadingConnectives.contains(w[a].lower)
            || w[a].lower == "that" && !thatIsSubject(w, a)
        {
            a += 1
        }
        // "that, if elected, he would ...": a conditional set off by commas opens the clause, not the claim.
        if a + 2 < b, Self.notClauseOpeners.contains(w[a].lower),
            a > from && gapHas(w, a - 1, a, ",") || a > 0 && w[a - 1].lower == "that",
            let close = (a + 1..<min(b - 2, a + 8)).first(where: { gapHas(w, $0, $0 + 1, ",") })
        {
            a = close + 1
        }
        // A trailing ", according to X" or ", X said" left inside the clause is cut off.
        if let cut = (a..<b).first(where: {
            $0 > a + 2 && w[$0].lower == "according" && $0 + 1 < b && w[$0 + 1].lower == "to"
                && punctuated(w, $0 - 1, $0)
        }) {
            b = cut
        }
        // Two words make a clause when they are a subject and its verb ("she disagreed"), or the
        // object of a denial ("denied wrongdoing").
        let short =
            b - a == 2
            && ((ClaimLexicon.pronouns.contains(w[a].lower) || w[a].capitalised) && isVerbLike(w[a + 1])
                || isDenial(cue))
        guard b - a >= 3 || short else { return nil }
        // "to figure out how", "why he backs", "is a lie", "if the dam fails": an infinitive, an
        // indirect question, a predicate without its subject or a hypothesis is not a statement.
        if Self.notClauseOpeners.contains(w[a].lower), !conditionalClaim(w, a, b) {
            return nil
        }
        // "complained about his microphone", "agreed to talks": a phrase, not a clause.
        if Self.particlesAfterCue.contains(w[a].lower), a > 0, ClaimLexicon.cueVerbs.contains(w[a - 1].lower),
            !approximates(w, a)
        {
            return nil
        }
        // A quotation, not the writer's paraphrase: the clause opens with the quote marks, or
        // has no word of the writer's own.
        var inside = 0
        for k in a..<b where quoted(w[k].span.start) { inside += 1 }
        if inside == b - a { return nil }
        if quoted(w[a].span.start), isQuoteStart(w[a]) || inside * 2 > (b - a) { return nil }
        let span = trimmedSpan(w[a].span.start, end: w[b - 1].span.end)
        return FoundClaim(span: span, words: Array(w[a..<b]), claimant: claimant, cue: cue, confidence: confidence)
    }

    /// True when the "that" at `t` is a demonstrative subject, not the clause's opener: a finite verb follows
    /// it with nothing between ("said that was a mistake", "said that would take years").
    func thatIsSubject(_ w: [ClaimWord], _ t: Int) -> Bool {
        guard t + 1 < w.count, w[t].lower == "that", !punctuated(w, t, t + 1) else { return false }
        let next = w[t + 1].lower
        return ClaimWords.isAreWasWere.contains(next) || ClaimWords.isAreHasHaveEtc.contains(next)
    }

    /// True when `w[a..<b]` is a conditional statement ("if elected, she would cut the tax"): a conditional
    /// opener, the condition closed by a comma, and a modal of the consequence within a few words after it.
    func conditionalClaim(_ w: [ClaimWord], _ a: Int, _ b: Int) -> Bool {
        guard Self.conditionalOpeners.contains(w[a].lower), b - a >= 6 else { return false }
        // Without the comma the condition's end is a guess: "said if the dam failed the harbour would
        // flood" can as well be a fragment, and a later clause with a cue of its own would be swallowed.
        guard let close = (a + 1..<b).first(where: { gapHas(w, $0, $0 + 1, ",") }) else { return false }
        // The consequence's subject is a few words at most ("she would", "the new toll would").
        return (close + 1..<min(b, close + 6)).contains { k in
            let l = w[k].lower
            return ClaimWords.toWillWouldCouldEtc.contains(l) && ClaimLexicon.modals.contains(l)
        }
    }

    static let conditionalOpeners = WordSet(words: Lexicons.claimConditionalOpeners)

    /// True when the particle at `a` approximates a figure ("said about half of", "said over 200 people")
    /// rather than opening a phrase ("complained about the noise").
    func approximates(_ w: [ClaimWord], _ a: Int) -> Bool {
        guard a + 2 < w.count, Self.hedgesBeforeNumbers.contains(w[a].lower), !punctuated(w, a, a + 1) else {
            return false
        }
        let next = w[a + 1]
        return next.numeric || Self.numberWords.contains(next.lower)
    }

    static let hedgesBeforeNumbers = WordSet(words: Lexicons.hedgesBeforeNumbers)
    static let numberWords = WordSet(words: Lexicons.numberWords)

    /// True when the cue is a verb of denial, which can take a bare object ("denied wrongdoing").
    func isDenial(_ cue: FoundCue) -> Bool {
        guard case .word(let v) = cue else { return false }
        return Self.denials.contains(v.lower)
    }

    static let denials = WordSet(words: Lexicons.denialVerbs)

    /// Words that open an infinitive, an indirect question, a bare predicate or a hypothesis.
    static let notClauseOpeners = WordSet(words: Lexicons.notClauseOpeners)

    /// Prepositions and particles that make a cue's complement a phrase ("complained about").
    static let particlesAfterCue = WordSet(words: Lexicons.cueParticles)

    /// Words that open a short adjunct closing a sentence ("in an interview", "on Sunday").
    static let adjunctTailOpeners = WordSet(words: Lexicons.adjunctTailOpeners)

    func isQuoteStart(_ word: ClaimWord) -> Bool {
        var k = word.span.start - 1
        while k >= base, s[k] == " " { k -= 1 }
        return k >= base && (s[k] == "\u{201C}" || s[k] == "\"" || s[k] == "\u{00AB}")
    }

    /// A stated claim over `w[from..<to]` when it reads as a checkable fact.
    func statedClaim(_ w: [ClaimWord], from: Int, to: Int, sentence: TextSpan, minimum: Int = 5) -> FoundClaim? {
        var a = from
        while a < to, ClaimLexicon.leadingConnectives.contains(w[a].lower) { a += 1 }
        guard to - a >= minimum else { return nil }
        var part: [ClaimWord] = []
        part.reserveCapacity(to - a)
        for k in a..<to where !quoted(w[k].span.start) { part.append(w[k]) }
        guard part.count >= minimum - 1 else { return nil }
        // The writer's own voice: a stretch that is largely quotation is the quotes' business.
        if (to - a - part.count) * 10 > (to - a) * 3 { return nil }
        let all = Array(w[a..<to])
        guard let signals = ClaimFilter.statedFactSignals(part, all: all, s) else { return nil }
        let span = trimmedSpan(w[a].span.start, end: w[to - 1].span.end)
        return FoundClaim(
            span: span, words: all, claimant: nil, cue: nil, confidence: min(0.9, 0.5 + 0.15 * Double(signals)))
    }

    /// The span from `start` to `end`, keeping a closing quote mark that belongs to a quoted word at the end.
    func trimmedSpan(_ start: Int, end: Int) -> TextSpan {
        var e = end
        if e < s.count, s[e] == "\u{201D}" || s[e] == "\"", quoted(start) || (e - 1 >= base && quoted(e - 1)) {
            e += 1
        }
        return TextSpan(start: start, end: e)
    }

    // MARK: punctuation between words

    /// True when anything but spaces separates words `a` and `b` (a comma, a dash, a quote mark...).
    func punctuated(_ w: [ClaimWord], _ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < w.count, a < b else { return true }
        var k = w[a].span.end
        while k < w[b].span.start {
            let c = s[k]
            if c != " " {
                // A full stop after an abbreviation or initial is not a break.
                if c == ".", ClaimNames.nameGap(s, w[a], w[b]) { return false }
                if c == "'" || c == "\u{2019}" {
                    k += 1
                    continue
                }
                return true
            }
            k += 1
        }
        return false
    }

    func gapHas(_ w: [ClaimWord], _ a: Int, _ b: Int, _ mark: Unicode.Scalar) -> Bool {
        guard a >= 0, b < w.count else { return false }
        var k = w[a].span.end
        while k < w[b].span.start {
            if s[k] == mark { return true }
            k += 1
        }
        return false
    }

    /// True when the words from `k` to the end are only a short adjunct ("in an interview with
    /// Fox News", "on Sunday"), so the cue closes the sentence.
    func tailIsAdjunct(_ w: [ClaimWord], from k: Int) -> Bool {
        guard k < w.count, w.count - k <= 6 else { return k >= w.count }
        let first = w[k].lower
        guard Self.adjunctTailOpeners.contains(first) || DateLexicon.weekday(first) != nil else { return false }
        return !(k..<w.count).contains { isVerbLike(w[$0]) }
    }

    /// True when word `k` opens, after a comma, a clause of the writer's own that follows a closing frame
    /// ("..., Lee said Friday, as lawmakers met"), so the frame still closes the reported clause.
    func frameTail(_ w: [ClaimWord], from k: Int) -> Bool {
        k > 0 && k < w.count && gapHas(w, k - 1, k, ",") && Self.frameTailOpeners.contains(w[k].lower)
    }

    static let frameTailOpeners = WordSet(words: Lexicons.claimFrameTailOpeners)

    /// True when the cue at `c` ends the sentence but for a hearer and adjuncts ("X told CNN on Sunday.").
    func punctuatedEnd(_ w: [ClaimWord], from c: Int) -> Bool {
        var k = c + 1
        while k < w.count {
            if punctuated(w, k - 1, k) { return false }
            k += 1
        }
        // No punctuation after the cue up to the end: a short tail is a hearer or adjunct.
        return w.count - c - 1 <= 5 && !(c + 1 < w.count && w[c + 1].lower == "that")
            && !(c + 1 < w.count && (ClaimLexicon.pronouns.contains(w[c + 1].lower)))
    }

    /// True when word `c` is an "-s" form that is more often a plural noun ("states", "calls", "reports") and
    /// reads as one here: as a verb it needs a name or a pronoun before it, over adverbs ("in five states",
    /// "delegate-rich states that" are nouns; "The Post reports", "Lee often questions", "she also claims"
    /// are verbs). The same list and rule as the quotes' cues (`reporting-verb-plural-nouns.txt`).
    func readsAsPluralNoun(_ w: [ClaimWord], _ c: Int) -> Bool {
        guard ClaimLexicon.pluralNounForms.contains(w[c].lower) else { return false }
        var p = c - 1
        while p > 0, !punctuated(w, p, p + 1), !w[p].capitalised,
            w[p].hasSuffix("ly", s) || ClaimLexicon.betweenSpeakerAndCue.contains(w[p].lower)
        {
            p -= 1
        }
        guard p >= 0, !punctuated(w, p, p + 1) else { return true }
        return !(w[p].capitalised || ClaimLexicon.pronouns.contains(w[p].lower))
    }

    /// True when the word before `c` is a possessive that is no contraction ("the party's plans to",
    /// "Lee's calls for"), so the word at `c` is a noun; "he's said", "it's reported" are contractions.
    func followsPossessive(_ w: [ClaimWord], _ c: Int) -> Bool {
        guard c > 0, !punctuated(w, c - 1, c) else { return false }
        let word = w[c - 1]
        guard word.hasSuffix("'s", s) || word.hasSuffix("\u{2019}s", s), word.span.length > 2 else { return false }
        let stem = WordKey.lowering(s, word.span.start..<(word.span.end - 2))
        return !(ClaimLexicon.pronouns.contains(stem) || ClaimWords.thisThatTheseThoseEtc.contains(stem)
            || ClaimWords.whatHowWhyWhetherEtc.contains(stem) || SentenceReader.sentenceAdverbs.contains(stem))
    }

    /// The first word of a phrase of going on or starting that ends right before the "to" at `to`
    /// ("continued to", "went on to"), with nothing but spaces between: the subject before it is the
    /// subject of the verb after "to". Nil when no such phrase stands there.
    func aspectHead(_ w: [ClaimWord], to t: Int) -> Int? {
        guard t >= 1, t < w.count, w[t].lower == "to", !punctuated(w, t - 1, t) else { return nil }
        for phrase in ClaimLexicon.aspectPhrases where phrase.count <= t {
            let head = t - phrase.count
            if (0..<phrase.count).allSatisfy({ w[head + $0].lower == phrase[$0] }),
                !(head..<t).contains(where: { punctuated(w, $0, $0 + 1) })
            {
                return head
            }
        }
        return nil
    }

    func clauseBoundaryBefore(_ w: [ClaimWord], _ c: Int) -> Bool { c > 0 && punctuated(w, c - 1, c) }

    /// True when the words before `c` are a short introductory phrase ("But", "In Iraq,").
    func leadingIntro(_ w: [ClaimWord], to c: Int) -> Bool { c <= 4 }
}
