import HearsayText

extension MentionFinder {
    /// True when capitalised token `i` ends a name inside a title-case line rather than continuing
    /// it: a preposition (`Lexicons/headline-prepositions.txt`: "Against", "Through") or a word shaped
    /// like a past tense ("Expressed", "Thanked", "Spoke"), between a capitalised name word and another capitalised
    /// word, in a line that capitalises a function word further on ("Anchor Expressed Fear About …",
    /// "Ann Lee Rides Through The Night"). Prose writes such words in lower case, and a name that
    /// holds one ("Mothers Against Drunk Driving") is followed by no capitalised "About" or "The".
    static func breaksTitleCaseRun(_ d: Document, _ i: Int) -> Bool {
        let toks = d.tokens
        guard i > 0, i + 1 < toks.count else { return false }
        let t = toks[i]
        guard t.kind == .word, t.capitalized, !t.allCaps else { return false }
        let p = toks[i - 1]
        let n = toks[i + 1]
        guard p.kind == .word, p.capitalized, !isFunctionWord(d, i - 1), n.kind == .word, n.capitalized else {
            return false
        }
        guard headlinePrepositions.contains(t.key) || pastShaped(d, t) else { return false }
        return capitalisedFunctionWordFollows(d, after: i)
    }

    /// A past tense of four letters or more that is no given name: an irregular one ("Spoke", "Took",
    /// `Lexicons/irregular-past-forms.txt`) or an "-ed" word of five letters or more that is no
    /// adjective or noun in "-ed" (`Lexicons/ed-words-not-past.txt`).
    private static func pastShaped(_ d: Document, _ t: Token) -> Bool {
        guard t.end - t.start >= 4, !Lexicon.maleNames.contains(t.key), !Lexicon.femaleNames.contains(t.key) else {
            return false
        }
        if SpeakerPhrase.irregularPast.contains(t.key) { return true }
        guard t.end - t.start >= 5, d.folded[t.end - 2] == "e", d.folded[t.end - 1] == "d" else { return false }
        return !SpeakerPhrase.notPast.contains(t.key)
    }

    /// Whether a capitalised function word ("About", "The", "Her") follows token `k` within the
    /// next eight words of its sentence: the mark of a title-case line.
    private static func capitalisedFunctionWordFollows(_ d: Document, after k: Int) -> Bool {
        let toks = d.tokens
        var j = k + 1
        var words = 0
        while j < toks.count, words < 8 {
            let t = toks[j]
            // A line ends the headline: the next paragraph's opening word is no evidence.
            if d.folded[toks[j - 1].end..<t.start].contains("\n") { return false }
            if t.kind == .punct {
                if t.mark == "." || t.mark == "!" || t.mark == "?" || t.mark == ":" { return false }
            } else {
                words += 1
                if t.capitalized, !t.allCaps, Lexicon.capitalizedFunctionWords.contains(t.key) { return true }
            }
            j += 1
        }
        return false
    }

    static let headlinePrepositions = Lexicon.keys(Lexicons.headlinePrepositions)
}
