import HearsayModel
import HearsayText

/// Speech and stance without a reported clause: "X called for a repeal", "X cited the remarks as
/// proof", "X is demanding that Y pledge ...", "..., accusing Y of ...".
///
/// The subject of a verb of stance or speech (``ClaimLexicon/stanceVerbs``) is the source of what
/// the verb governs, so the claim is the rest of the sentence and its claimant the subject. Such a
/// claim stands only when the subject names a known or new speaker; otherwise the sentence is read
/// in the article's own voice, as before.
extension SentenceReader {
    /// The stance claim of a sentence with no reporting cue, or nil when no verb of stance has a
    /// subject that can name a source.
    func stanceClaims(_ w: [ClaimWord], sentence: TextSpan) -> [FoundClaim]? {
        let titleCase = isTitleCase(w)
        for v in w.indices where v > 0 && !quoted(w[v].span.start) {
            let verb = w[v]
            guard !verb.capitalised || titleCase && isTitleCaseVerb(verb), titleCase || !readsAsPluralNoun(w, v),
                !followsPossessive(w, v)
            else {
                continue
            }
            let phrase = lightVerbPhrase(w, at: v)
            let base = phrase == nil && ClaimLexicon.stanceVerbBases.contains(verb.lower)
            let adjective = phrase == nil && ClaimLexicon.stanceAdjectives.contains(verb.lower)
            // A reporting verb that found no clause ("responded with attacks") is a stance verb too.
            guard
                phrase != nil || adjective || base || ClaimLexicon.stanceVerbs.contains(verb.lower)
                    || ClaimLexicon.cueVerbs.contains(verb.lower) || ClaimLexicon.actVerbs.contains(verb.lower)
            else { continue }
            let subject = adjective ? adjectiveSubject(w, adjective: v) : stanceSubject(w, verb: v, base: base)
            guard let (mention, speakerStart) = subject, isSourceLike(mention) else { continue }
            var k = v + 1
            if let phrase {
                // "took aim at X", "made the case that X": the whole phrase is the verb.
                k = v + phrase
                if k < w.count, w[k].lower == "that" { k += 1 }
            } else {
                // A place or time after the verb ("spoke in Ohio on Friday") is no content.
                if k < w.count, ClaimLexicon.stanceAdjunctOpeners.contains(w[k].lower) { continue }
                // "called for X", "laid out X", "charges that X": the particle is the verb's, not the claim's.
                if k < w.count, SentenceReader.particlesAfterCue.contains(w[k].lower) || w[k].lower == "that" {
                    k += 1
                }
            }
            var end = w.count
            if let cut = (k..<end).first(where: {
                $0 > k + 2 && w[$0].lower == "according" && $0 + 1 < end && w[$0 + 1].lower == "to"
                    && punctuated(w, $0 - 1, $0)
            }) {
                end = cut
            }
            guard end - k >= 3 else { continue }
            // A complement that is a quotation belongs to the quotes.
            var inside = 0
            for i in k..<end where quoted(w[i].span.start) { inside += 1 }
            if inside * 2 > end - k { return nil }
            var claim = FoundClaim(
                span: trimmedSpan(w[k].span.start, end: w[end - 1].span.end), words: Array(w[k..<end]),
                claimant: mention, cue: phrase.map { .phrase(Array(w[v..<(v + $0)])) } ?? .word(verb), confidence: 0.6)
            claim.needsClaimant = true
            var fallback: [FoundClaim] = []
            if let stated = statedClaim(w, from: 0, to: w.count, sentence: sentence) { fallback.append(stated) }
            claim.fallback = fallback
            var out = [claim]
            // The writer's own words before a late subject ("After the strikes killed 24 people, X warned ...").
            if speakerStart >= 6, (0..<speakerStart).contains(where: { isVerbLike(w[$0]) }),
                let residue = statedClaim(w, from: 0, to: speakerStart, sentence: sentence)
            {
                out.append(residue)
            }
            return out
        }
        return nil
    }

    /// The number of words of the light or phrasal verb of stance starting at `v` ("took aim at", "made
    /// the case that"), written with nothing but spaces between its words; nil when none starts there.
    func lightVerbPhrase(_ w: [ClaimWord], at v: Int) -> Int? {
        guard let phrases = ClaimLexicon.lightVerbPhrasesByFirstWord[w[v].lower] else { return nil }
        for phrase in phrases where v + phrase.count <= w.count {
            if (1..<phrase.count).allSatisfy({ w[v + $0].lower == phrase[$0] && !punctuated(w, v + $0 - 1, v + $0) }) {
                return phrase.count
            }
        }
        return nil
    }

    /// The subject of the stance verb at `v` and the index it starts at: the phrase before it
    /// (over auxiliaries and modals: "has called", "would demand", "is demanding"), or, for a
    /// participle after a comma ("..., accusing her of"), the subject of the sentence.
    /// A base form ("call", "want") counts only after a modal or auxiliary ("would call") or after a
    /// personal pronoun or plural subject ("they want", "Democrats want"): most are nouns as often.
    func stanceSubject(_ w: [ClaimWord], verb v: Int, base: Bool) -> (TextSpan, Int)? {
        // A passive participle ("the bill, introduced by Lee, ...", "was criticized by"): its subject is no source.
        if !w[v].hasSuffix("ing", s), v + 1 < w.count, w[v + 1].lower == "by" { return nil }
        if punctuated(w, v - 1, v) {
            if w[v].hasSuffix("ing", s) {
                guard let mention = subject(w, before: v) else { return nil }
                return (mention, 0)
            }
            let a = segmentStart(w, before: v)
            // "Lee, a historian, bemoaned ...", "Jo Dunn (R-Ohio) defended ...": the name opening the sentence.
            if a > 0, !isCleanName(w, a..<v), let opening = openingName(w, before: v) {
                return (opening.mention, opening.start)
            }
            // "Clinton, at Monday's debate, cited ...": the subject before an adjunct set off by commas.
            if a > 0, a < v, ClaimWords.inOnAtAfterEtc.contains(w[a].lower), gapHas(w, a - 1, a, ","),
                let speaker = speakerBefore(w, cue: a), !embedded(w, before: speaker.start)
            {
                return (speaker.mention, speaker.start)
            }
            // "Murphy, the head of the PAC, praised ...", "Trump, who has insulted ...": the name before an
            // appositive or a relative pronoun, as for a reporting cue.
            guard gapHas(w, v - 1, v, ","), let speaker = speakerBefore(w, cue: v), speaker.start > 0 || a == 0,
                !embedded(w, before: speaker.start)
            else { return nil }
            return (speaker.mention, speaker.start)
        }
        var c = v
        // "continued to question", "went on to praise": the subject of the verb of going on is the source.
        if !w[v].hasSuffix("ing", s), let head = aspectHead(w, to: v - 1), head > 0,
            let speaker = speakerBefore(w, cue: head), !embedded(w, before: speaker.start)
        {
            return (speaker.mention, speaker.start)
        }
        while c > 1, !punctuated(w, c - 2, c - 1), ClaimWords.toWillWouldCouldEtc.contains(w[c - 1].lower),
            w[c - 1].lower != "to"
        {
            c -= 1
        }
        // An -ing form is a verb here only after a form of "be" ("is also demanding"), not as a noun or adjective.
        if w[v].hasSuffix("ing", s) {
            var k = c - 1
            while k > 0, !ClaimLexicon.progressiveAuxiliaries.contains(w[k].lower),
                ClaimLexicon.betweenSpeakerAndCue.contains(w[k].lower), !punctuated(w, k, k + 1)
            {
                k -= 1
            }
            guard ClaimLexicon.progressiveAuxiliaries.contains(w[k].lower) else { return nil }
        }
        if !w[v].hasSuffix("ing", s) {
            // A passive ("was criticized", "may be targeted"): its subject is no source.
            var k = v - 1
            while k >= 0, ClaimLexicon.betweenSpeakerAndCue.contains(w[k].lower)
                || ClaimWords.toWillWouldCouldEtc.contains(w[k].lower)
            {
                if ClaimLexicon.progressiveAuxiliaries.contains(w[k].lower) || w[k].lower == "be" { return nil }
                if k == 0 || punctuated(w, k - 1, k) { break }
                k -= 1
            }
        }
        if base, c == v {
            let before = w[v - 1]
            let plural =
                before.hasSuffix("s", s) && !before.allCapitals && !before.hasSuffix("'s", s)
                && !before.hasSuffix("ss", s)
            guard plural || ClaimLexicon.pronouns.contains(before.lower) else { return nil }
        }
        guard let speaker = speakerBefore(w, cue: c), !embedded(w, before: speaker.start) else { return nil }
        // A sentence adverb is not part of the subject ("Essentially the administration has blamed ...").
        var mention = speaker.mention
        let words = document.words(in: mention)
        if words.count > 2, words[0].hasSuffix("ly", s), ClaimWords.theAAnHisEtc.contains(words[1].lower) {
            mention = TextSpan(start: words[1].span.start, end: mention.end)
        }
        return (mention, speaker.start)
    }

    /// The subject of a stance adjective after a linking verb ("Lee is confident that", "the council remained
    /// deeply critical of", "Lee made it clear that") and the index it starts at; nil
    /// without a linking verb, or for a passive ("were opposed by").
    func adjectiveSubject(_ w: [ClaimWord], adjective v: Int) -> (TextSpan, Int)? {
        if v + 1 < w.count, w[v + 1].lower == "by" { return nil }
        var k = v - 1
        while k > 0, !punctuated(w, k, k + 1), w[k].hasSuffix("ly", s) || ClaimLexicon.degreeWords.contains(w[k].lower) {
            k -= 1
        }
        guard !punctuated(w, k, k + 1) else { return nil }
        // "made it clear": the verb before the dummy object is the link.
        if w[k].lower == "it", k > 0, !punctuated(w, k - 1, k), ClaimLexicon.adjectiveLinks.contains(w[k - 1].lower) {
            k -= 1
        }
        guard k > 0, ClaimLexicon.adjectiveLinks.contains(w[k].lower) else { return nil }
        guard let speaker = speakerBefore(w, cue: k), !embedded(w, before: speaker.start) else { return nil }
        return (speaker.mention, speaker.start)
    }

    /// True when a subject phrase can name a source: a personal pronoun, or a phrase holding a
    /// capitalised word other than a determiner ("Trump", "the Supreme Court", "The Post").
    func isSourceLike(_ mention: TextSpan) -> Bool {
        let words = document.words(in: mention)
        guard let last = words.last else { return false }
        if words.count == 1, ClaimLexicon.pronouns.contains(last.lower) {
            return last.lower != "it" && last.lower != "you"
        }
        return words.contains { $0.capitalised && !ClaimWords.speakerDeterminers.contains($0.lower) }
    }
}
