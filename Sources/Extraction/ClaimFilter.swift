import HearsayModel
import HearsayText

/// Tells checkable statements from what is not a claim: questions, opinions, predictions,
/// instructions, hypotheticals, headlines, captions and page furniture.
enum ClaimFilter {
    /// True when a paragraph reads as running prose: it ends as a sentence does, or is long.
    ///
    /// Headlines, captions and credits ("Iranian Gen. X AP", "• A. Writer") end without a full
    /// stop; the segmenter marks most of them, and this catches the rest.
    static func looksLikeProse(_ s: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        var e = span.end - 1
        while e > span.start, s[e] == " " || ClaimSentences.isCloser(s[e]) { e -= 1 }
        guard e >= span.start else { return false }
        var a = span.start
        while a < span.end, s[a] == " " { a += 1 }
        if a < span.end, s[a] == "\u{00A9}" { return false }  // a photo credit
        if s[e] == "." || s[e] == "!" || s[e] == "?" { return true }
        return Tokenizer.wordCount(s, in: span, upTo: 30) >= 30
    }

    /// The most words a sentence may have and still be read for claims.
    ///
    /// A sentence of news prose runs to tens of words, rarely a few hundred (423 at most in the
    /// PolNeAR corpus, paragraphs included); a longer stretch without a sentence break is a list,
    /// a table or text with no full stops, not a statement anyone can check. Its words are never
    /// read into arrays: one paragraph of 10 MB with no full stop holds five million of them, and
    /// the claim readers' copies of them took over 300 MB (issue 13: memory).
    static let longestSentence = 1_000

    /// True when the sentence asks rather than states.
    static func isQuestion(_ s: [Unicode.Scalar], _ sentence: TextSpan) -> Bool {
        var e = sentence.end - 1
        while e > sentence.start, s[e] == " " || ClaimSentences.isCloser(s[e]) { e -= 1 }
        return e >= sentence.start && s[e] == "?"
    }

    /// True when the sentence is page furniture, a byline or a credit.
    static func isBoilerplate(_ words: [ClaimWord]) -> Bool {
        for i in words.indices {
            guard let phrases = ClaimLexicon.boilerplateByFirstWord[words[i].lower] else { continue }
            for phrase in phrases where i + phrase.count <= words.count {
                if (1..<phrase.count).allSatisfy({ words[i + $0].lower == phrase[$0] }) { return true }
            }
        }
        if let first = words.first?.lower, ClaimLexicon.imperatives.contains(first), words.count < 25 {
            return true
        }
        return false
    }

    /// When `part` (the words outside quote marks) states a fact in the writer's voice (no
    /// instruction, hypothesis, prediction, opinion or first person, and at least one event,
    /// figure or date), the ``factSignals(_:_:)`` of `all`; else nil.
    static func statedFactSignals(_ part: [ClaimWord], all: [ClaimWord], _ s: [Unicode.Scalar]) -> Int? {
        guard let head = part.first else { return nil }
        let first = head.lower
        if ClaimLexicon.imperatives.contains(first) { return nil }
        if conditionalOpeners.contains(first) { return nil }
        // A fragment with no main clause ("Writing for the panel that ...", "Based on the report"):
        // an opening participle with no comma after which the sentence would go on.
        let participle =
            head.hasSuffix("ing", s) && head.characterCount(s) >= 6
            && !notParticiples.contains(first)
            && part.count > 1
            && afterParticiple.contains(part[1].lower)
        if let w = part.first, participle || first == "based" || first == "according" {
            var k = w.span.end
            var comma = false
            while let last = all.last, k < last.span.end {
                if s[k] == "," {
                    comma = true
                    break
                }
                k += 1
            }
            if !comma { return nil }
        }
        for (i, w) in part.enumerated() {
            // "US" and "May" are not "us" and "may"; a capital only hides nothing at the start.
            if w.capitalised, i > 0 || w.lower == "us" { continue }
            if ClaimLexicon.modals.contains(w.lower) || ClaimLexicon.firstPerson.contains(w.lower) { return nil }
        }
        let n = factSignals(all, s)
        return n > 0 ? n : nil
    }

    /// How many kinds of checkable content `words` hold: a figure, a date, a verb in the past.
    static func factSignals(_ words: [ClaimWord], _ s: [Unicode.Scalar]) -> Int {
        var n = 0
        var past = false
        var date = false
        var figure = false
        for (i, w) in words.enumerated() {
            let l = w.lower
            if !past, !w.capitalised || i == 0,
                ClaimLexicon.irregularPast.contains(l)
                    || (w.hasSuffix("ed", s) && w.span.length >= 5 && !ClaimLexicon.falsePast.contains(l)
                        && !w.capitalised)
            {
                past = true
            }
            if !date, w.capitalised, DateLexicon.weekday(l) != nil || DateLexicon.month(l) != nil && l != "may" {
                date = true
            }
            if !date, w.numeric, w.span.length == 4, let y = w.digitsValue(s), y >= 1900, y <= 2100 {
                date = true
            }
            if !figure, w.numeric || Figures.Lexicon.numberWord(w, s) != nil && l != "one" { figure = true }
        }
        if past { n += 1 }
        if date { n += 1 }
        if figure { n += 1 }
        return n
    }

    /// First words of a hypothesis or an indirect question.
    static let conditionalOpeners = WordSet(words: Lexicons.conditionalOpeners)

    /// Words in -ing that do not open a participle phrase.
    static let notParticiples = WordSet(words: Lexicons.ingWordsNotParticiples)

    /// Words that follow an opening participle ("Writing for the panel").
    static let afterParticiple = WordSet(words: Lexicons.participleFollowers)
}
