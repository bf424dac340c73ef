import HearsayModel
import HearsayText

/// Finds the numbers a claim states and normalises them: "at least 24 people killed" is the
/// value 24 with the qualifier "at least", the unit "people" and the event "killed".
///
/// ```swift
/// let f = Figures.find(in: "Floods killed at least 12 villagers and injured 30.")
/// // [12 "at least" "villagers" "killed", 30 nil "villagers" "injured"]
/// ```
///
/// Years ("in 2011"), days of the month ("Jan. 6"), clock times and identifiers ("Version 2")
/// are not figures. Vague plurals ("dozens", "thousands") are left out: they carry no value.
public enum Figures {
    /// The figures in `text`, in order.
    public static func find(in text: String) -> [Figure] {
        let document = Document(text: text)
        let span = TextSpan(start: 0, end: document.count)
        return find(document.folded, words: document.words(in: span), original: document)
    }

    /// The figures among `words` of the folded text `scalars`; `original` gives the text of each figure.
    static func find(_ scalars: [Unicode.Scalar], words: [ClaimWord], original: Document) -> [Figure] {
        var out: [Figure] = []
        var previous: (figure: Figure, endWord: Int)?
        var i = 0
        while i < words.count {
            guard let number = readNumber(scalars, words, at: i) else {
                i += 1
                continue
            }
            if isNotAFigure(scalars, words, number: number) {
                i = number.next
                continue
            }
            var startWord = i
            var qualifier: String?
            if let q = Lexicon.qualifier(before: i, in: words, scalars: scalars) {
                qualifier = q.phrase
                startWord = q.start
            }
            let value = number.value
            var unit: String?
            var endWord = number.next - 1
            if number.dollars { unit = "dollars" }
            var k = number.next
            if number.percent {
                unit = "percent"
            } else if k < words.count, words[k].lower == "percent" || words[k].lower == "pct" {
                unit = "percent"
                endWord = k
                k += 1
            }
            var event: String?
            if unit == nil || unit == "dollars" {
                // The counted thing: the words after the number up to a function word or punctuation.
                var unitWords: [ClaimWord] = []
                var u = k
                while u < words.count, unitWords.count < 3, joined(scalars, words[u - 1], words[u]) {
                    let w = words[u].lower
                    if Lexicon.unitStop.contains(w) || words[u].numeric { break }
                    // "facilities controlled by", "attacks sharply raised": a verb or adverb ends the unit.
                    if !unitWords.isEmpty, Lexicon.event(w) == nil,
                        words[u].hasSuffix("ed", scalars) || words[u].hasSuffix("ly", scalars)
                    {
                        break
                    }
                    if let e = Lexicon.event(w) {
                        if unitWords.isEmpty || Lexicon.eventNoun.contains(w) {
                            event = e
                            endWord = u
                            u += 1
                        }
                        break
                    }
                    unitWords.append(words[u])
                    endWord = u
                    u += 1
                }
                if unit == nil, !unitWords.isEmpty { unit = unitWords.map { $0.text(scalars) }.joined(separator: " ") }
                k = u
            }
            if event == nil {
                // "were killed", "have been wounded", "killed" right after the unit.
                var e = k
                var aux = 0
                while e < words.count, aux < 2, Lexicon.auxiliary.contains(words[e].lower),
                    joined(scalars, words[e - 1], words[e])
                {
                    e += 1
                    aux += 1
                }
                if e < words.count, e > 0, joined(scalars, words[e - 1], words[e]),
                    let ev = Lexicon.event(words[e].lower),
                    !Lexicon.eventNoun.contains(words[e].lower) || aux == 0
                {
                    event = ev
                    endWord = e
                }
            }
            if event == nil {
                // "killed at least 24 people": the verb just before the figure.
                var b = startWord - 1
                var skipped = 0
                while b >= 0, skipped < 2, joined(scalars, words[b], words[b + 1]) {
                    if let ev = Lexicon.event(words[b].lower), !Lexicon.eventNoun.contains(words[b].lower) {
                        event = ev
                        break
                    }
                    if !Lexicon.beforeFigureFiller.contains(words[b].lower) { break }
                    b -= 1
                    skipped += 1
                }
            }
            // "25 members were killed and 50 injured": the second count shares the first one's unit.
            if unit == nil, let p = previous, p.figure.unit != nil, startWord - p.endWord <= 4,
                coordinated(words, from: p.endWord + 1, to: startWord)
            {
                unit = p.figure.unit
            }
            if value == 1, event == nil {  // "one of the factions" is not a count
                i = number.next
                continue
            }
            let text = original.claimText(TextSpan(start: words[startWord].span.start, end: words[endWord].span.end))
            let figure = Figure(value: value, qualifier: qualifier, unit: unit, event: event, text: text)
            out.append(figure)
            previous = (figure, endWord)
            i = max(number.next, endWord + 1)
        }
        return out
    }

    /// True when only coordinating words ("and", "while") lie in `words[from..<to]`.
    private static func coordinated(_ words: [ClaimWord], from: Int, to: Int) -> Bool {
        guard from < to else { return true }
        for w in words[from..<to] where !Lexicon.coordination.contains(w.lower) && Lexicon.event(w.lower) == nil {
            return false
        }
        return true
    }

    /// True when nothing but spaces (or a hyphen, or the full stop of "U.S.") separates two words.
    static func joined(_ s: [Unicode.Scalar], _ a: ClaimWord, _ b: ClaimWord) -> Bool {
        var k = a.span.end
        while k < b.span.start {
            let c = s[k]
            if c == ".", k == a.span.end, a.contains(".", s) {  // "U.S. troops"
                k += 1
                continue
            }
            if c != " " && c != "-" && c != "\n" { return false }
            k += 1
        }
        return true
    }

    /// A number read at a word: its value and the word after it.
    struct Number {
        var value: Double
        var next: Int
        var dollars = false
        var percent = false
        var start: Int
        var wasDigits: Bool
    }

    /// Reads a number in digits or words starting at word `i`, with any multiplier ("2.5 million").
    static func readNumber(_ s: [Unicode.Scalar], _ words: [ClaimWord], at i: Int) -> Number? {
        let w = words[i]
        var value: Double
        var next = i + 1
        var digits = false
        if w.numeric {
            guard let v = numericValue(w, s) else { return nil }
            value = v
            digits = true
        } else if w.lower == "a" || w.lower == "an", i + 1 < words.count,
            let m = Lexicon.scale[words[i + 1].lower] ?? (words[i + 1].lower == "dozen" ? 12 : nil)
        {
            // "a dozen", "a hundred", "a million"
            value = m
            next = i + 2
        } else if let v = Lexicon.numberWord(w, s) {
            value = v
            // "twenty five" written apart
            if v >= 20, v < 100, v.truncatingRemainder(dividingBy: 10) == 0, next < words.count,
                let u = Lexicon.numberWord(words[next], s), u < 10, joined(s, w, words[next])
            {
                value += u
                next += 1
            }
            if next < words.count, words[next].lower == "dozen" {
                value *= 12
                next += 1
            }
        } else {
            return nil
        }
        // Multipliers: "2.5 million", "five hundred", "150 thousand".
        while next < words.count, let m = Lexicon.scale[words[next].lower], joined(s, words[next - 1], words[next]) {
            value *= m
            next += 1
        }
        var number = Number(value: value, next: next, start: i, wasDigits: digits)
        if w.span.start > 0, s[w.span.start - 1] == "$" { number.dollars = true }
        let after = words[next - 1].span.end
        if after < s.count, s[after] == "%" { number.percent = true }
        return number
    }

    /// The value of a numeric word less its thousands commas: whole numbers of up to 15 digits
    /// are read digit by digit (exact in a `Double`), the rest by `Double(String)`.
    static func numericValue(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> Double? {
        var v = 0
        var digits = 0
        var plain = true
        for k in w.span.start..<w.span.end {
            let d = s[k].value
            if d >= 48, d <= 57 {
                v = v &* 10 &+ Int(d - 48)
                digits += 1
            } else if d != 44 {
                plain = false
                break
            }
        }
        if plain, digits > 0, digits <= 15 { return Double(v) }
        var text = ""
        for k in w.span.start..<w.span.end where s[k] != "," {
            text.unicodeScalars.append(ClaimTokenRules.lower(s[k]))
        }
        return Double(text)
    }

    /// Years, days of the month, clock times and identifiers.
    static func isNotAFigure(_ s: [Unicode.Scalar], _ words: [ClaimWord], number: Number) -> Bool {
        let w = words[number.start]
        let prev = number.start > 0 ? words[number.start - 1] : nil
        if number.wasDigits, number.next == number.start + 1, !number.dollars, !number.percent {
            let digitsOnly = !w.contains(",", s) && !w.contains(".", s)
            if digitsOnly, w.span.length == 4, number.value >= 1800, number.value <= 2100 {
                // A year, unless a plural count noun follows ("2000 troops").
                if number.next < words.count, joined(s, w, words[number.next]), words[number.next].hasSuffix("s", s),
                    !words[number.next].capitalised, !Lexicon.unitStop.contains(words[number.next].lower)
                {
                    return false
                }
                return true
            }
            if let p = prev {
                if DateLexicon.month(p.lower) != nil { return true }  // "Jan. 6"
                // "Version 2", "Article 5": a capitalised word right before, not starting the text.
                if p.capitalised, !Lexicon.qualifierWords.contains(p.lower), DateLexicon.weekday(p.lower) == nil,
                    Lexicon.event(p.lower) == nil, joined(s, p, w)
                {
                    return true
                }
            }
            if number.next < words.count, DateLexicon.month(words[number.next].lower) != nil,
                joined(s, w, words[number.next])
            {
                return true  // "6 January"
            }
            let after = w.span.end
            if after < s.count, s[after] == ":" || s[after] == "/" { return true }  // 10:30, 1/6
            if w.span.start > 0, s[w.span.start - 1] == "/" || s[w.span.start - 1] == ":" { return true }
            if number.next < words.count,
                Self.clockWords.contains(words[number.next].lower)
            {
                return true
            }
        }
        return false
    }

    private static let clockWords = WordSet(words: Lexicons.clockWords)

    /// Word lists for figures.
    enum Lexicon {
        static let scale = numbers(Lexicons.numberScaleWords)
        static let small = numbers(Lexicons.numberWordValues)

        /// The `WORD = VALUE` entries of a number list as a map.
        private static func numbers(_ entries: [String]) -> WordMap<Double> {
            WordMap(
                LexiconFile.pairs(entries).map { word, value in
                    guard let number = Double(value) else {
                        preconditionFailure("number list: \(value) is not a number (for \(word))")
                    }
                    return (WordKey(word), number)
                })
        }

        /// The value of a number word, including hyphenated tens ("twenty-five").
        static func numberWord(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> Double? {
            if let v = small[w.lower] { return v }
            guard w.ascii else { return numberWord(w.text(s)) }
            guard w.joiners & Joiners.hyphen != 0 else { return nil }
            // Only "twenty-five" needs splitting: two non-empty parts around hyphens.
            var parts: [Range<Int>] = []
            var a = w.span.start
            for k in w.span.start...w.span.end where k == w.span.end || s[k] == "-" {
                if k > a { parts.append(a..<k) }
                a = k + 1
            }
            guard parts.count == 2, let t = small[WordKey.lowering(s, parts[0])],
                let u = small[WordKey.lowering(s, parts[1])], t >= 20, u < 10
            else { return nil }
            return t + u
        }

        /// ``numberWord(_:_:)`` of a lower-cased `String`.
        private static func numberWord(_ w: String) -> Double? {
            if let v = small[WordKey(w)] { return v }
            guard w.utf8.contains(45) else { return nil }  // only "twenty-five" needs splitting
            let parts = w.split(separator: "-")
            if parts.count == 2, let t = small[WordKey(parts[0])], let u = small[WordKey(parts[1])], t >= 20, u < 10 {
                return t + u
            }
            return nil
        }

        /// Qualifiers, longest first.
        static let qualifiers: [[String]] = Lexicons.figureQualifiers.map { $0.split(separator: " ").map(String.init) }
        static let qualifierWords = WordSet(qualifiers.flatMap { $0 }.map { WordKey($0) })

        /// ``qualifiers`` as keys, with the text each gives a figure.
        private static let qualifierKeys: [(words: [WordKey], phrase: String)] = qualifiers.map { q in
            (q.map { WordKey($0) }, q.last == "estimated" ? "estimated" : q.joined(separator: " "))
        }

        /// The qualifier ending right before word `i`, with the index of its first word.
        static func qualifier(before i: Int, in words: [ClaimWord], scalars: [Unicode.Scalar]) -> (
            phrase: String, start: Int
        )? {
            for q in qualifierKeys where q.words.count <= i {
                let start = i - q.words.count
                var ok = true
                for n in 0..<q.words.count where words[start + n].lower != q.words[n] {
                    ok = false
                    break
                }
                if ok, Figures.joined(scalars, words[i - 1], words[i]) { return (q.phrase, start) }
            }
            return nil
        }

        /// Canonical events: what a count measures.
        static let events = WordMap(LexiconFile.pairs(Lexicons.figureEvents).map { (WordKey($0.key), $0.value) })
        /// Event words that are nouns ("24 deaths"): they stand where a unit would.
        static let eventNoun = WordSet(words: Lexicons.figureEventNouns)

        static func event(_ w: WordKey) -> String? { events[w] }

        static let auxiliary = WordSet(words: Lexicons.figureEventAuxiliaries)

        /// Words allowed between an event verb and the figure after it ("killed at least 24").
        static let beforeFigureFiller = WordSet(words: Lexicons.figureEventFillers)

        static let coordination = WordSet(words: Lexicons.figureCoordination)

        /// Words that end a unit: function words, verbs of being, prepositions.
        static let unitStop = WordSet(words: Lexicons.figureUnitStops)
    }
}
