/// Finds the checkable statements of fact in an article, each with its claimant.
///
/// A sentence whose writer reports someone ("X said (that) CLAUSE", "according to X, CLAUSE",
/// "CLAUSE, X said.", "X denied that CLAUSE", "X told CNN CLAUSE", "INTRO, X said, CLAUSE")
/// gives a `reported` claim whose text is CLAUSE and whose claimant is X. A sentence in the
/// article's own voice that states an event, a figure or a date gives a `stated` claim with no
/// claimant. Questions, opinions, predictions, instructions, hypotheticals, direct quotations,
/// and every paragraph the segmenter marked as headline, caption, byline or page furniture are
/// not claims.
///
/// ```swift
/// var book = ClaimantBook()
/// let doc = Document(text: text)
/// let claims = ClaimFinder.find(in: doc, paragraphs: Segmenter.segment(doc), speakers: &book,
///                               context: ArticleContext(date: "2019-12-30"))
/// ```
public enum ClaimFinder {
    /// Claims of `document` in text order. `speakers` resolves claimants and is extended with new ones.
    ///
    /// - Parameter quotes: the spans of the quotations the quotes stage found, when it ran: text
    ///   inside them is never a claim. Without them the finder reads the quote marks itself.
    public static func find<Book: ClaimantResolving>(
        in document: Document, paragraphs: [Paragraph], speakers: inout Book, context: ArticleContext = ArticleContext(),
        quotes: [TextSpan]? = nil
    ) -> [Claim] {
        let s = document.folded
        let articleDate = context.date.flatMap(CalendarDay.init(iso:))
        let titleKey = context.title.map { ClaimNames.key($0) }
        var claims: [Claim] = []
        var seen: Set<String> = []
        var prose: Document?  // built on first need: most articles never ask for a role
        // The quotation marks included, so a sentence opening with one reads as quoted.
        let quoteMask = quotes.map { spans -> [Bool] in
            var mask = [Bool](repeating: false, count: s.count)
            for q in spans {
                for k in max(0, q.start - 1)..<min(s.count, q.end + 1) { mask[k] = true }
            }
            return mask
        }
        var lookup = MentionLookup()
        for paragraph in paragraphs {
            var isTitle = false
            if let titleKey, !titleKey.isEmpty, paragraph.role == .title || paragraph.index < 2 {
                isTitle = ClaimNames.key(document.text(paragraph.span)).hasPrefix(titleKey)
            }
            // A first line taken for the headline is prose after all when the real title is known and differs.
            let body = paragraph.role == .body || (paragraph.role == .title && titleKey != nil && !isTitle)
            guard body, !isTitle else { continue }
            if !ClaimFilter.looksLikeProse(s, paragraph.span) { continue }
            // The quote marks as read here, and the quotations the quotes stage found (which keeps one
            // copy of a repeated quote, so both are needed).
            var mask = ClaimSentences.quoteMask(s, in: paragraph.span)
            if let quoteMask {
                for k in mask.indices where quoteMask[paragraph.span.start + k] { mask[k] = true }
            }
            let reader = SentenceReader(s: s, mask: mask, base: paragraph.span.start)
            for sentence in ClaimSentences.split(s, in: paragraph.span) {
                for found in reader.claims(in: sentence) {
                    let span = found.span
                    let words = ClaimTokenizer.words(s, in: span)
                    guard !words.isEmpty, seen.insert(ClaimNames.key(words: words)).inserted else { continue }
                    var claimant: Int?
                    if var mention = found.claimant {
                        // A role ("the Iraqi PM") stands for the person the prose gave that title.
                        let words = ClaimTokenizer.words(s, in: mention)
                        if ClaimNames.isRole(words) {
                            let text = prose ?? ClaimNames.prose(of: document, paragraphs: paragraphs)
                            prose = text
                            if let holder = ClaimNames.holder(ofRole: words, before: mention.start, in: text) { mention = holder }
                        }
                        if let m = ClaimNames.trimmedMention(mention, s) {
                            claimant = speakers.claimant(m, in: document, at: m.start)
                        }
                        // A registry can misread a capitalised word that only starts the sentence as a name.
                        if let c = claimant, ClaimNames.isJunkName(speakers.registeredSpeakers[c].name) { claimant = nil }
                    }
                    // Names the claim mentions: a speaker already known, or a new person named in full.
                    var mentions: [Int] = []
                    for name in ClaimNames.mentions(in: words, s) {
                        let nameWords = ClaimTokenizer.words(s, in: name)
                        if let known = lookup.speaker(nameWords, among: speakers.registeredSpeakers) {
                            mentions.append(known)
                        } else if ClaimNames.isPersonName(nameWords), let new = speakers.mentioned(name, in: document, at: name.start),
                            !ClaimNames.isJunkName(speakers.registeredSpeakers[new].name)
                        {
                            mentions.append(new)
                        }
                    }
                    var unique: [Int] = []
                    for m in mentions where !unique.contains(m) && m != claimant { unique.append(m) }
                    claims.append(
                        Claim(
                            text: document.claimText(span), span: span, kind: found.claimant == nil ? .stated : .reported,
                            claimant: claimant, cue: found.cue, hedges: Hedges.find(s, words: words),
                            figures: Figures.find(s, words: words, original: document),
                            dates: DateResolver.find(s, words: words, original: document, articleDate: articleDate),
                            mentions: unique, paragraph: paragraph.index, confidence: found.confidence))
                }
            }
        }
        return claims
    }
}

/// Finds which registered speaker a name in a claim is, by full name, alias or surname,
/// rebuilding its index only when the registry has grown.
struct MentionLookup {
    private var count = -1
    private var exact: [String: Int] = [:]
    private var surnames: [String: Int] = [:]

    mutating func speaker(_ words: [ClaimWord], among speakers: [Speaker]) -> Int? {
        guard !words.isEmpty else { return nil }
        if speakers.count != count { rebuild(speakers) }
        let key = ClaimNames.key(words: words)
        return exact[key] ?? surnames[key]
    }

    private mutating func rebuild(_ speakers: [Speaker]) {
        count = speakers.count
        exact = [:]
        surnames = [:]
        var ambiguous: Set<String> = []
        for (i, sp) in speakers.enumerated() {
            for name in [sp.name] + sp.aliases {
                let key = ClaimNames.key(name)
                guard !key.isEmpty else { continue }
                if exact[key] == nil { exact[key] = i }
                guard sp.kind == .person else { continue }
                // Every trailing part of a person's name ("mahdi", "abdul mahdi"), unless two people share it.
                let parts = key.split(separator: " ")
                for k in 1..<max(1, parts.count) {
                    let suffix = parts[k...].joined(separator: " ")
                    if let j = surnames[suffix], j != i { ambiguous.insert(suffix) } else { surnames[suffix] = i }
                }
            }
        }
        for a in ambiguous { surnames[a] = nil }
    }
}

/// One claim as read from a sentence, before its claimant is resolved.
struct FoundClaim {
    var span: TextSpan
    /// The phrase naming the claimant, nil for the article's own voice.
    var claimant: TextSpan?
    var cue: String?
    var confidence: Double
}

/// Reads the claims of one sentence of a paragraph.
struct SentenceReader {
    let s: [Unicode.Scalar]
    /// Whether each scalar of the paragraph lies inside quote marks.
    let mask: [Bool]
    /// The paragraph's first offset.
    let base: Int

    func quoted(_ k: Int) -> Bool { k >= base && k - base < mask.count && mask[k - base] }

    /// The claims of `sentence`.
    func claims(in sentence: TextSpan) -> [FoundClaim] {
        let words = ClaimTokenizer.words(s, in: sentence)
        guard words.count >= 4 else { return [] }
        if ClaimFilter.isQuestion(s, sentence) { return [] }
        let outside = words.filter { !quoted($0.span.start) }
        // A sentence that opens with a quotation and is mostly quotation belongs to the quotes; one
        // that opens in the writer's words ("She said the budget “will not survive”") may report a claim.
        if outside.count * 2 < words.count, quoted(words[0].span.start) { return [] }
        if ClaimFilter.isBoilerplate(words) { return [] }
        // An attribution whose clause is a quotation gives no claim: the quotes own that sentence.
        if let reported = reportedClaims(words, sentence: sentence) { return reported }
        if let stated = statedClaim(words, from: 0, to: words.count, sentence: sentence) { return [stated] }
        return []
    }

    // MARK: reported speech

    /// The reported claims of a sentence with a reporting cue, plus the own-voice parts around
    /// it that state facts; nil when the sentence has no usable cue.
    private func reportedClaims(_ w: [ClaimWord], sentence: TextSpan) -> [FoundClaim]? {
        var participles: [Int] = []
        for c in w.indices where !quoted(w[c].span.start) {
            let lower = w[c].lower
            if lower == "according", c + 1 < w.count, w[c + 1].lower == "to" {
                if let r = accordingTo(w, at: c, sentence: sentence) { return r }
                continue
            }
            // A capital makes "States" in "United States" a name, not a cue.
            guard ClaimLexicon.cueVerbs.contains(lower), !w[c].capitalised || c == 0 else { continue }
            if ClaimLexicon.progressive.contains(lower), c > 0, !["is", "are", "was", "were"].contains(w[c - 1].lower) {
                participles.append(c)
                continue
            }
            if let r = cue(w, at: c, sentence: sentence) { return r }
        }
        for c in participles {
            if let r = participle(w, at: c, sentence: sentence) { return r }
        }
        return nil
    }

    /// "According to X, CLAUSE" and "CLAUSE, according to X."
    private func accordingTo(_ w: [ClaimWord], at c: Int, sentence: TextSpan) -> [FoundClaim]? {
        let sourceStart = c + 2
        guard sourceStart < w.count else { return nil }
        var sourceEnd = sourceStart
        while sourceEnd < w.count, !punctuated(w, sourceEnd - 1, sourceEnd) || sourceEnd == sourceStart { sourceEnd += 1 }
        let source = TextSpan(start: w[sourceStart].span.start, end: w[sourceEnd - 1].span.end)
        if c == 0 || clauseBoundaryBefore(w, c) && leadingIntro(w, to: c) {
            // "According to X, CLAUSE"
            guard sourceEnd < w.count else { return nil }
            return clause(w, from: sourceEnd, to: w.count, claimant: source, cue: "according to", confidence: 0.85)
                .map { [$0] }
        }
        // "CLAUSE, according to X."
        return clause(w, from: 0, to: c, claimant: source, cue: "according to", confidence: 0.8).map { [$0] }
    }

    /// A reporting verb at `c`: find its speaker and its clause.
    private func cue(_ w: [ClaimWord], at c: Int, sentence: TextSpan) -> [FoundClaim]? {
        let verb = w[c].lower
        if c > 0, ["to", "will", "would", "could", "might", "may", "should", "must", "can", "not", "never", "didn't",
            "did", "does", "do", "be", "been", "being"].contains(w[c - 1].lower)
        {
            return nil  // "had plenty to say", "will say", "did not say", "has been confirmed"
        }
        if c > 0, ["is", "are", "was", "were"].contains(w[c - 1].lower), !ClaimLexicon.progressive.contains(verb) {
            return nil  // a passive: "it was reported", "the deal was announced"
        }
        // Where the clause starts: after a hearer ("told reporters"), adjuncts ("on Monday") and "that".
        var k = c + 1
        var hasThat = false
        if let t = thatAhead(w, after: c, verb: verb) {
            k = t + 1
            hasThat = true
        } else if ClaimLexicon.hearerVerbs.contains(verb), verb.hasPrefix("t") || verb == "informed" || verb == "assured" {
            k = afterHearer(w, from: c + 1)
        } else {
            k = afterAdjuncts(w, from: c + 1)
        }
        if ClaimLexicon.needThat.contains(verb), !hasThat { return nil }
        if verb == "pointed", !(c + 1 < w.count && w[c + 1].lower == "out") { return nil }

        // "..., said Renad Mansour, director of ...": the speaker after the cue.
        if c > 1, punctuated(w, c - 1, c), !ClaimLexicon.hearerVerbs.contains(verb), c + 1 < w.count,
            w[c + 1].capitalised || ["the", "a", "an"].contains(w[c + 1].lower), !quoted(w[c + 1].span.start),
            punctuatedEnd(w, from: c) || (c + 2 < w.count && nameThenComma(w, from: c + 1))
        {
            // A quotation before the cue leaves nothing to claim: the quotes own the sentence.
            return clause(w, from: 0, to: c, claimant: nameAfter(w, from: c + 1), cue: verb, confidence: 0.8).map { [$0] } ?? []
        }
        // The speaker before the cue.
        guard let speaker = speakerBefore(w, cue: c), !embedded(w, before: speaker.start) else {
            // "..., said Renad Mansour, director of ..." : the speaker after the cue.
            if c > 0, punctuated(w, c - 1, c), c + 1 < w.count, w[c + 1].capitalised {
                let content = clause(w, from: 0, to: c, claimant: nameAfter(w, from: c + 1), cue: verb, confidence: 0.8)
                return content.map { [$0] }
            }
            return nil
        }
        var out: [FoundClaim] = []
        let cueText = verb
        if k >= w.count || tailIsAdjunct(w, from: k) {
            // "CLAUSE, X said." The clause is what comes before the speaker, less an appositive
            // of the speaker ("..., the minister's spokesman, Jane Roe, told reporters.").
            var ce = speaker.start
            if ce > 0 {
                let a = segmentStart(w, before: ce)
                if a > 0, ce - a <= 4, !(a..<ce).contains(where: { isVerbLike(w[$0]) }), gapHas(w, ce - 1, ce, ",") {
                    ce = a
                }
            }
            if ce > 0, let r = clause(w, from: 0, to: ce, claimant: speaker.mention, cue: cueText, confidence: 0.8) {
                out.append(r)
            }
        } else if c + 1 < w.count, punctuated(w, c, c + 1), gapHas(w, c, c + 1, ","), speaker.start > 0 {
            // "INTRO, X said, CLAUSE."
            if let r = clause(w, from: c + 1, to: w.count, claimant: speaker.mention, cue: cueText, confidence: 0.8) {
                out.append(r)
            }
        } else if !(c..<min(k, w.count - 1)).contains(where: { punctuated(w, $0, $0 + 1) }) || hasThat {
            // "X said (that) CLAUSE"
            if let r = clause(w, from: k, to: w.count, claimant: speaker.mention, cue: cueText, confidence: hasThat ? 0.9 : 0.8) {
                out.append(r)
            }
            // The writer's own words before the speaker ("After the strikes killed 24 people — X warned ...").
            if speaker.start >= 6, let residue = statedClaim(w, from: 0, to: speaker.start, sentence: sentence) {
                out.append(residue)
            }
        }
        // The writer's relative clause about the speaker ("PMF, which unites 40 militias"), when the
        // antecedent is a name or a noun phrase of its own, not the tail of an appositive.
        if let relative = speaker.relativeClause, w[relative.0].capitalised || ["a", "an", "the"].contains(w[relative.0].lower),
            let r = statedClaim(w, from: relative.0, to: relative.1, sentence: sentence, minimum: 4) {
            out.append(r)
        }
        return out
    }

    /// ", saying (that) CLAUSE": the subject of the sentence is the speaker.
    private func participle(_ w: [ClaimWord], at c: Int, sentence: TextSpan) -> [FoundClaim]? {
        guard c > 0, punctuated(w, c - 1, c) else { return nil }
        let start: Int
        if let t = thatAhead(w, after: c, verb: w[c].lower) { start = t + 1 } else { start = afterAdjuncts(w, from: c + 1) }
        guard start < w.count, !quoted(w[start].span.start) else { return nil }
        // The speaker: the subject of the sentence, after any opening adjunct ("In the meantime, ").
        guard let mention = subject(w, before: c) else { return nil }
        var out: [FoundClaim] = []
        if let r = clause(w, from: start, to: w.count, claimant: mention, cue: w[c].lower, confidence: 0.7) { out.append(r) }
        if let r = statedClaim(w, from: 0, to: c, sentence: sentence) { out.append(r) }
        return out.isEmpty ? nil : out
    }

    /// The subject of the main clause before word `c`: the first stretch not opened by a
    /// preposition, up to its first verb, or the name in apposition right after it.
    private func subject(_ w: [ClaimWord], before c: Int) -> TextSpan? {
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
            if ["in", "on", "at", "after", "before", "during", "with", "for", "as", "from", "over", "meanwhile", "however",
                "since", "when", "while", "although", "though", "by", "under", "despite", "amid"].contains(opener)
                || DateLexicon.weekday(opener) != nil
            {
                a = e + 1
                continue
            }
            var v = a
            while v <= e, !isVerbLike(w[v]) { v += 1 }
            guard v > a else { return nil }
            if v > e, e + 1 < c, gapHas(w, e, e + 1, ","), ClaimNames.isNameWord(w[e + 1]) {
                // "One of the commanders, Jamal Ibrahimi, put ...": the name in apposition.
                var n = e + 1
                while n + 1 < c, ClaimNames.isNameWord(w[n + 1]), !punctuated(w, n, n + 1) { n += 1 }
                return TextSpan(start: w[e + 1].span.start, end: w[n].span.end)
            }
            let phrase = Array(w[a..<v])
            if phrase.count == 1, Figures.Lexicon.numberWord(phrase[0].lower) != nil { return nil }
            return TextSpan(start: w[a].span.start, end: w[v - 1].span.end)
        }
        return nil
    }

    /// True when every letter of the word is a capital ("WASHINGTON").
    static func allCaps(_ word: ClaimWord, _ s: [Unicode.Scalar]) -> Bool {
        guard word.span.length >= 2 else { return false }
        for k in word.span.start..<word.span.end where ClaimTokenizer.isWordScalar(s[k]) && !ClaimTokenizer.isUpper(s[k]) {
            if !ClaimTokenizer.isDigit(s[k]) { return false }
        }
        return true
    }

    /// A word that reads as a finite verb: a past form, a cue, or a common auxiliary.
    private func isVerbLike(_ word: ClaimWord) -> Bool {
        if word.capitalised { return false }
        let l = word.lower
        if ClaimLexicon.irregularPast.contains(l) || ClaimLexicon.cueVerbs.contains(l) { return true }
        if ["is", "are", "has", "have", "will", "would", "can", "could", "continued", "continues"].contains(l) { return true }
        return l.hasSuffix("ed") && l.unicodeScalars.count >= 5 && !ClaimLexicon.falsePast.contains(l)
    }

    /// The speaker phrase before a cue: its span, where it starts, and any non-restrictive
    /// relative clause ("PMF, which unites some 40 militias, promised") it carried.
    private struct SpeakerPhrase {
        var mention: TextSpan
        var start: Int
        var relativeClause: (Int, Int)?
    }

    private func speakerBefore(_ w: [ClaimWord], cue c: Int) -> SpeakerPhrase? {
        var end = c  // exclusive
        // Skip adverbs, auxiliaries and dates between the speaker and the cue.
        while end > 0, !punctuated(w, end - 1, end),
            ClaimLexicon.betweenSpeakerAndCue.contains(w[end - 1].lower) || DateLexicon.weekday(w[end - 1].lower) != nil
                || (w[end - 1].lower.hasSuffix("ly") && !w[end - 1].capitalised && end - 1 > 0)
                || (DateLexicon.month(w[end - 1].lower) != nil && w[end - 1].capitalised) || w[end - 1].numeric && end - 2 >= 0
                    && DateLexicon.month(w[end - 2].lower) != nil
        {
            if end < c, punctuated(w, end - 1, end) { break }
            end -= 1
        }
        guard end > 0 else { return nil }
        if quoted(w[end - 1].span.start) { return nil }
        var start = segmentStart(w, before: end)
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
        } else if ClaimLexicon.relatives.contains(first), end - start == 1, start > 0 {
            // "Gen. X, chairman of Y, who stated ...": the antecedent, over any appositive.
            var a = segmentStart(w, before: start)
            var e = start
            if !w[a].capitalised || ["a", "an", "the"].contains(w[a].lower), a > 0 {
                e = a
                a = segmentStart(w, before: a)
            }
            guard e > a, let name = ClaimNames.trailingName(in: Array(w[a..<e]), s) else { return nil }
            return SpeakerPhrase(mention: name, start: start, relativeClause: nil)
        } else if start > 0, isPartyLabel(Array(w[start..<end]))
            || gapHas(w, start - 1, start, ",") && gapHas(w, end - 1, end, ",")
                && (!w[start].capitalised || ["a", "an", "the"].contains(first))
        {
            // "Jawad Al Telbawi, a commander of one of the factions, told ...": the name before the appositive.
            let a = segmentStart(w, before: start)
            if let name = ClaimNames.trailingName(in: Array(w[a..<start]), s),
                !(ClaimTokenizer.words(s, in: name).count == 1 && DateLexicon.weekday(w[start - 1].lower) != nil)
            {
                return SpeakerPhrase(mention: name, start: a, relativeClause: nil)
            }
        }
        // Leading connectives are not part of the speaker ("And PMF").
        while start < end - 1, ClaimLexicon.leadingConnectives.contains(w[start].lower) { start += 1 }
        guard end > start, end - start <= 14 else { return nil }
        let phrase = Array(w[start..<end])
        guard isSpeakerPhrase(phrase) else { return nil }
        return SpeakerPhrase(
            mention: TextSpan(start: w[start].span.start, end: w[end - 1].span.end), start: start, relativeClause: relative)
    }

    /// True for a party-and-state label set off after a name ("D-Va.", "R-Texas", "age 52").
    private func isPartyLabel(_ p: [ClaimWord]) -> Bool {
        guard p.count <= 2, let first = p.first?.lower else { return false }
        return first.hasPrefix("d-") || first.hasPrefix("r-") || first.hasPrefix("i-") || p.allSatisfy(\.numeric)
            || (p.count == 1 && ["d", "r", "i"].contains(first))
    }

    /// True for a phrase that can name who said something: a name, a pronoun, or a noun phrase
    /// ending in a noun ("the spokesman", "U.S. officials").
    private func isSpeakerPhrase(_ p: [ClaimWord]) -> Bool {
        guard let last = p.last else { return false }
        // "it" and "you" say nothing of who spoke ("it said", "you say").
        if p.count == 1, ClaimLexicon.pronouns.contains(last.lower) { return last.lower != "you" && last.lower != "it" }
        if p.count == 1, ["this", "that", "these", "those", "which", "what", "there", "one", "some"].contains(last.lower) {
            return false
        }
        if ClaimLexicon.speakerBoundary.contains(last.lower) || Figures.Lexicon.unitStop.contains(last.lower) { return false }
        if ClaimLexicon.relatives.contains(last.lower) { return false }
        // A clause is not a speaker: "the attacks showed" has no verb before the cue, "it was reported" does.
        for x in p.dropLast() where ["is", "are", "was", "were", "has", "have", "had", "be", "been"].contains(x.lower) {
            return false
        }
        if p.count > 6, !p.contains(where: { $0.capitalised }) { return false }
        return true
    }

    /// The first word of the stretch ending at `end`, back to punctuation or the sentence start.
    private func segmentStart(_ w: [ClaimWord], before end: Int) -> Int {
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
        if b < end - 1, ClaimLexicon.speakerBoundary.contains(w[b].lower), !ClaimLexicon.leadingConnectives.contains(w[b].lower) {
            return b + 1
        }
        return b
    }

    /// True when the speaker phrase sits in a wh-clause ("what Trump says his plan would do"):
    /// the sentence is about the saying, not a report of it.
    private func embedded(_ w: [ClaimWord], before start: Int) -> Bool {
        start > 0 && ["what", "how", "why", "whether", "which", "where"].contains(w[start - 1].lower)
    }

    /// True when a name run starting at `i` ends at a comma ("said Renad Mansour, director of").
    private func nameThenComma(_ w: [ClaimWord], from i: Int) -> Bool {
        var e = i
        while e + 1 < w.count, ClaimNames.isNameWord(w[e + 1]) || ["the", "a", "an"].contains(w[e].lower), !punctuated(w, e, e + 1) {
            e += 1
        }
        return e + 1 < w.count && gapHas(w, e, e + 1, ",")
    }

    /// The name after an inverted cue ("said Renad Mansour, director ...").
    private func nameAfter(_ w: [ClaimWord], from i: Int) -> TextSpan {
        var e = i
        while e + 1 < w.count, !punctuated(w, e, e + 1) { e += 1 }
        return TextSpan(start: w[i].span.start, end: w[e].span.end)
    }

    /// The index of "that" opening the clause of the cue at `c`, when only a hearer or adjuncts lie between.
    private func thatAhead(_ w: [ClaimWord], after c: Int, verb: String) -> Int? {
        var k = c + 1
        while k < w.count, k <= c + 12 {
            if k > c + 1, punctuated(w, k - 1, k) { return nil }
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
    private func afterHearer(_ w: [ClaimWord], from i: Int) -> Int {
        var k = i
        while k < w.count, ["the", "a", "an", "his", "her", "their", "its", "our"].contains(w[k].lower) { k += 1 }
        if k < w.count, w[k].capitalised {
            while k + 1 < w.count, ClaimNames.isNameWord(w[k + 1]), !punctuated(w, k, k + 1) { k += 1 }
            k += 1
        } else if k < w.count {
            k += 1  // "reporters", "lawmakers"
        }
        return afterAdjuncts(w, from: k)
    }

    /// Skips a date or a short prepositional adjunct right after a cue ("said Monday", "said in a statement").
    private func afterAdjuncts(_ w: [ClaimWord], from i: Int) -> Int {
        var k = i
        var steps = 0
        while k < w.count, steps < 6 {
            let l = w[k].lower
            if DateLexicon.weekday(l) != nil || ["today", "yesterday", "tonight", "again", "also", "publicly", "flatly",
                "late", "early", "earlier", "later", "night", "morning", "afternoon", "evening", "repeatedly", "previously"].contains(l)
            {
                k += 1
                steps += 1
                continue
            }
            if ["in", "on", "during", "at", "via"].contains(l), k + 2 < w.count,
                ["a", "an", "the", "his", "her", "their", "its"].contains(w[k + 1].lower)
                    || DateLexicon.weekday(w[k + 1].lower) != nil,
                ["statement", "interview", "speech", "briefing", "conference", "post", "tweet", "letter", "call",
                    "release", "broadcast", "television", "twitter", "facebook", "radio", "sunday", "monday",
                    "tuesday", "wednesday", "thursday", "friday", "saturday", "news", "message", "video"].contains(
                        w[min(k + 2, w.count - 1)].lower) || ["statement", "interview", "twitter", "facebook"].contains(
                            w[min(k + 3, w.count - 1)].lower)
            {
                var e = k + 1
                while e < w.count, !punctuated(w, e - 1, e) || e == k + 1, e - k < 5,
                    !["that", "the"].contains(w[e].lower) || e <= k + 1
                {
                    if ["statement", "interview", "speech", "briefing", "conference", "post", "tweet", "letter", "call",
                        "release", "broadcast", "television", "twitter", "facebook", "radio", "message", "video"]
                        .contains(w[e].lower) || DateLexicon.weekday(w[e].lower) != nil
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

    // MARK: clauses and stated facts

    /// The reported clause `w[from..<to]`, trimmed, unless it is a quotation or too short.
    private func clause(_ w: [ClaimWord], from: Int, to: Int, claimant: TextSpan, cue: String, confidence: Double)
        -> FoundClaim?
    {
        var a = from
        var b = to
        while a < b, ClaimLexicon.leadingConnectives.contains(w[a].lower) || w[a].lower == "that" { a += 1 }
        // A trailing ", according to X" or ", X said" left inside the clause is cut off.
        if let cut = (a..<b).first(where: { $0 > a + 2 && w[$0].lower == "according" && $0 + 1 < b && w[$0 + 1].lower == "to" && punctuated(w, $0 - 1, $0) }) {
            b = cut
        }
        // Two words make a clause when they are a subject and its verb ("she disagreed"), or the
        // object of a denial ("denied wrongdoing").
        let short = b - a == 2
            && ((ClaimLexicon.pronouns.contains(w[a].lower) || w[a].capitalised) && isVerbLike(w[a + 1])
                || ["denied", "denies", "deny", "rejected", "rejects"].contains(cue))
        guard b - a >= 3 || short else { return nil }
        // "to figure out how", "why he backs", "is a lie", "if the dam fails": an infinitive, an
        // indirect question, a predicate without its subject or a hypothesis is not a statement.
        if ["to", "why", "how", "what", "whether", "where", "when", "who", "whom", "had", "has", "have", "was",
            "unless", "if",
            "were", "is", "are", "be", "been", "being", "would", "will", "could", "should", "can", "did", "does",
            "do"].contains(w[a].lower)
        {
            return nil
        }
        // "complained about his microphone", "agreed to talks": a phrase, not a clause.
        if ["about", "of", "on", "for", "against", "with", "to", "at", "in", "into", "from", "by", "over", "up",
            "out", "back", "off", "away"].contains(w[a].lower), a > 0, ClaimLexicon.cueVerbs.contains(w[a - 1].lower)
        {
            return nil
        }
        // A quotation, not the writer's paraphrase: the clause opens with the quote marks, or
        // has no word of the writer's own.
        let inside = (a..<b).filter { quoted(w[$0].span.start) }.count
        if inside == b - a { return nil }
        if quoted(w[a].span.start), isQuoteStart(w[a]) || inside * 2 > (b - a) { return nil }
        let span = trimmedSpan(w[a].span.start, end: w[b - 1].span.end)
        return FoundClaim(span: span, claimant: claimant, cue: cue, confidence: confidence)
    }

    private func isQuoteStart(_ word: ClaimWord) -> Bool {
        var k = word.span.start - 1
        while k >= base, s[k] == " " { k -= 1 }
        return k >= base && (s[k] == "\u{201C}" || s[k] == "\"" || s[k] == "\u{00AB}")
    }

    /// A stated claim over `w[from..<to]` when it reads as a checkable fact.
    private func statedClaim(_ w: [ClaimWord], from: Int, to: Int, sentence: TextSpan, minimum: Int = 5) -> FoundClaim? {
        var a = from
        while a < to, ClaimLexicon.leadingConnectives.contains(w[a].lower) { a += 1 }
        guard to - a >= minimum else { return nil }
        let part = Array(w[a..<to]).filter { !quoted($0.span.start) }
        guard part.count >= minimum - 1 else { return nil }
        // The writer's own voice: a stretch that is largely quotation is the quotes' business.
        if (to - a - part.count) * 10 > (to - a) * 3 { return nil }
        guard ClaimFilter.isStatedFact(part, all: Array(w[a..<to]), s) else { return nil }
        let span = trimmedSpan(w[a].span.start, end: w[to - 1].span.end)
        let signals = ClaimFilter.factSignals(Array(w[a..<to]), s)
        return FoundClaim(span: span, claimant: nil, cue: nil, confidence: min(0.9, 0.5 + 0.15 * Double(signals)))
    }

    /// The span from `start` to `end`, keeping a closing quote mark that belongs to a quoted word at the end.
    private func trimmedSpan(_ start: Int, end: Int) -> TextSpan {
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
                if c == "'" || c == "\u{2019}" { k += 1; continue }
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
    private func tailIsAdjunct(_ w: [ClaimWord], from k: Int) -> Bool {
        guard k < w.count, w.count - k <= 6 else { return k >= w.count }
        let first = w[k].lower
        guard ["with", "in", "on", "at", "to", "during", "after", "before", "from", "for", "via", "late", "early",
            "earlier", "last", "this", "over"].contains(first) || DateLexicon.weekday(first) != nil
        else { return false }
        return !(k..<w.count).contains { isVerbLike(w[$0]) }
    }

    /// True when the cue at `c` ends the sentence but for a hearer and adjuncts ("X told CNN on Sunday.").
    private func punctuatedEnd(_ w: [ClaimWord], from c: Int) -> Bool {
        var k = c + 1
        while k < w.count {
            if punctuated(w, k - 1, k) { return false }
            k += 1
        }
        // No punctuation after the cue up to the end: a short tail is a hearer or adjunct.
        return w.count - c - 1 <= 5 && !(c + 1 < w.count && w[c + 1].lower == "that")
            && !(c + 1 < w.count && (ClaimLexicon.pronouns.contains(w[c + 1].lower)))
    }

    private func clauseBoundaryBefore(_ w: [ClaimWord], _ c: Int) -> Bool { c > 0 && punctuated(w, c - 1, c) }

    /// True when the words before `c` are a short introductory phrase ("But", "In Iraq,").
    private func leadingIntro(_ w: [ClaimWord], to c: Int) -> Bool { c <= 4 }
}
