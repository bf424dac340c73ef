import HearsayModel
import HearsayText

/// How a reporting cue ties its words to a speaker.
public enum CueKind: String, Sendable, Hashable {
    /// A finite reporting verb: the speaker is its subject ("X said") or, inverted, follows it ("said X").
    case verb
    /// A reporting participle ("saying", "calling"): the speaker is the subject of the main clause.
    case participle
    /// "according to X", "per X": the speaker follows.
    case accordingTo
}

/// A reporting cue found in a sentence: "said", "told reporters", "according to", "tweeted".
public struct CueMatch: Sendable, Hashable {
    /// The cue's tokens (indices into ``Document/tokens``).
    public var tokens: Range<Int>
    /// Where the cue lies in the text.
    public var span: TextSpan
    /// The cue as written ("said", "according to").
    public var text: String
    /// Which way the speaker lies.
    public var kind: CueKind
    /// True when the speaker may follow the verb ("said Smith", "asked the senator").
    public var invertible: Bool
    /// True when the verb's object is an audience, never the speaker ("told the BBC").
    public var objectIsAudience: Bool
}

/// The open lexicon of reporting verbs and phrases, with their inflections.
///
/// ```swift
/// let doc = Document(text: "The minister insisted the talks would go on.")
/// let cues = Cues.find(in: doc, span: TextSpan(start: 0, end: doc.count))  // ["insisted"]
/// ```
public enum Cues {
    struct Info: Sendable {
        var kind: CueKind
        var invertible: Bool
        var audience: Bool
    }

    /// Regular reporting verbs, given by their base form; inflections are derived.
    static let regularVerbs: [String] = Lexicons.reportingVerbs

    /// Irregular forms: (form, invertible, is participle).
    static let irregular: [(String, Bool, Bool)] = LexiconFile.pairs(Lexicons.reportingVerbsIrregular).map {
        form, kind in
        let parts = kind.split(separator: " ")
        return (form, parts.contains("invertible"), parts.first == "participle")
    }

    /// -s forms that are far more often plural nouns ("reports said"), so never cues.
    static let nounLike = Set(Lexicons.reportingVerbPluralNouns)

    /// Verbs whose object is the audience or the person described, never the speaker.
    static let audienceVerbs = Set(Lexicons.audienceVerbs)

    static let table: KeyMap<Info> = {
        var t: [UInt64: Info] = [:]
        func put(_ w: String, _ info: Info) { t[Normalizer.key(w)] = info }
        for lemma in regularVerbs {
            let audience = audienceVerbs.contains(lemma)
            let inv = !audience
            var forms: [(String, Bool)] = []
            let s: String
            if lemma.hasSuffix("y"), let p = lemma.dropLast().last, !"aeiou".contains(p) {
                s = lemma.dropLast() + "ies"
                forms.append((lemma.dropLast() + "ied", false))
            } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x")
                || lemma.hasSuffix("o")
            {
                s = lemma + "es"
                forms.append((lemma + "ed", false))
            } else if lemma.hasSuffix("e") {
                s = lemma + "s"
                forms.append((lemma + "d", false))
            } else {
                s = lemma + "s"
                forms.append((lemma + "ed", false))
                if let last = lemma.last, "bgmnpt".contains(last), lemma.count <= 5 {
                    let chars = Array(lemma)
                    if chars.count >= 3, "aeiou".contains(chars[chars.count - 2]),
                        !"aeiou".contains(chars[chars.count - 3])
                    {
                        forms.append((lemma + String(last) + "ed", false))
                        forms.append((lemma + String(last) + "ing", true))
                    }
                }
                if lemma.hasSuffix("l") {
                    forms.append((lemma + "led", false))
                    forms.append((lemma + "ling", true))
                }
            }
            if !nounLike.contains(s) { forms.append((s, false)) }
            forms.append(
                (lemma.hasSuffix("e") && !lemma.hasSuffix("ee") ? lemma.dropLast() + "ing" : lemma + "ing", true))
            for (f, participle) in forms {
                put(f, Info(kind: participle ? .participle : .verb, invertible: inv && !participle, audience: audience))
            }
        }
        for (f, inv, participle) in irregular {
            let audience = f.hasPrefix("tel") || f == "informed"
            put(f, Info(kind: participle ? .participle : .verb, invertible: inv, audience: audience))
        }
        // Base forms that are mostly nouns in news text.
        for w in Lexicons.reportingVerbsMostlyNouns {
            t[Normalizer.key(w)] = nil
        }
        return KeyMap(t)
    }()

    /// "-s" forms that are usually plural nouns ("reports", "notes") but verbs after a name
    /// ("The Post reports that …").
    static let nounLikeVerbs = KeySet(nounLike.map { Normalizer.key($0) })
    static let thatKey = Normalizer.key("that")

    static let accordingKey = Normalizer.key("according")
    static let toKey = Normalizer.key("to")
    static let perKey = Normalizer.key("per")
    static let quotedKey = Normalizer.key("quoted")
    static let putKeys = Lexicon.keys(Lexicons.putForms)
    static let itKey = Normalizer.key("it")

    /// The base forms of the regular reporting verbs ("tweet", "argue"), which report only as an
    /// infinitive: "for Cy Ito to tweet that …", "was prompted to argue that …".
    static let baseForms: KeyMap<Info> = {
        var t: [UInt64: Info] = [:]
        for lemma in regularVerbs {
            t[Normalizer.key(lemma)] = Info(kind: .verb, invertible: false, audience: audienceVerbs.contains(lemma))
        }
        return KeyMap(t)
    }()

    /// The cue starting at token `i`, if any.
    public static func cue(at i: Int, in document: Document) -> CueMatch? {
        let toks = document.tokens
        guard i < toks.count, toks[i].kind == .word else { return nil }
        let t = toks[i]
        if t.key == accordingKey, i + 1 < toks.count, toks[i + 1].key == toKey {
            return make(i..<(i + 2), .accordingTo, false, false, document)
        }
        if putKeys.contains(t.key), !t.capitalized, i + 1 < toks.count, toks[i + 1].key == itKey {
            // "As Ada Pell put it, …": the words that follow are hers.
            return make(i..<(i + 2), .verb, false, false, document)
        }
        if t.key == perKey, !t.capitalized, i + 1 < toks.count, toks[i + 1].capitalized {
            return make(i..<(i + 1), .accordingTo, false, false, document)
        }
        if !t.capitalized, nounLikeVerbs.contains(t.key), i > 0, i + 1 < toks.count {
            // A verb only between a name (or pronoun) and "that", a comma, a colon or a quote mark.
            let prev = toks[i - 1]
            let next = toks[i + 1]
            let subjectBefore = (prev.capitalized && prev.kind == .word) || Lexicon.pronouns[prev.key] != nil
            let clauseAfter =
                next.key == thatKey || next.mark == "," || next.mark == ":"
                || QuoteFinder.isDoubleMark(document.scalars[next.start])
            if subjectBefore && clauseAfter { return make(i..<(i + 1), .verb, true, false, document) }
            // `“…,” Ada Pell notes.`: right after a quotation, a name or pronoun and the verb end the sentence.
            if subjectBefore, next.mark == "." {
                var k = i - 1
                while k > 0, i - k <= 4, toks[k].kind == .word, toks[k].capitalized || Lexicon.pronouns[toks[k].key] != nil {
                    k -= 1
                }
                if k >= 0, k < i - 1, toks[k].kind == .punct, QuoteFinder.isDoubleMark(document.scalars[toks[k].start]) {
                    return make(i..<(i + 1), .verb, true, false, document)
                }
            }
        }
        guard !t.capitalized else { return nil }
        if let info = table[t.key] { return make(i..<(i + 1), info.kind, info.invertible, info.audience, document) }
        if i > 0, i + 1 < toks.count, toks[i - 1].key == toKey, !toks[i - 1].capitalized, let info = baseForms[t.key] {
            // Only with what it reports right after it ("to tweet that", "to argue:"), so "tried to
            // rebuke the front-runner" reports nothing.
            let next = toks[i + 1]
            let clauseAfter =
                next.key == thatKey || next.mark == "," || next.mark == ":"
                || QuoteFinder.isDoubleMark(document.scalars[next.start])
            if clauseAfter { return make(i..<(i + 1), .verb, false, info.audience, document) }
        }
        return nil
    }

    static func make(_ r: Range<Int>, _ kind: CueKind, _ inv: Bool, _ aud: Bool, _ d: Document) -> CueMatch {
        let span = TextSpan(start: d.tokens[r.lowerBound].start, end: d.tokens[r.upperBound - 1].end)
        return CueMatch(tokens: r, span: span, text: d.text(span), kind: kind, invertible: inv, objectIsAudience: aud)
    }

    /// True when token `i` is a known reporting word (any form), whatever its context.
    public static func isCueWord(_ i: Int, in document: Document) -> Bool {
        let t = document.tokens[i]
        return t.kind == .word && !t.capitalized && table[t.key] != nil
    }

    /// True when `span` holds a reporting cue outside the ranges `excluded` (sorted by start).
    static func hasCue(in document: Document, span: TextSpan, excluding excluded: QuotedSpans) -> Bool {
        let range = document.tokenRange(span)
        let toks = document.tokens
        for i in range where toks[i].kind == .word && !toks[i].capitalized {
            let k = toks[i].key
            if table[k] != nil || k == accordingKey {
                if !Attribution.isQuoted(toks[i].start, excluded) { return true }
            }
        }
        return false
    }

    /// Every reporting cue in `span` of `document`, in text order.
    public static func find(in document: Document, span: TextSpan) -> [CueMatch] {
        let range = document.tokenRange(span)
        var out: [CueMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let c = cue(at: i, in: document), c.tokens.upperBound <= range.upperBound {
                out.append(c)
                i = c.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
