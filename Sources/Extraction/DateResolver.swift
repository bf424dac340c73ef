import HearsayModel
import HearsayText

/// Finds date expressions and resolves them against the article's date to a range of days.
///
/// ```swift
/// // An article of Monday 2019-12-30:
/// DateResolver.find(in: "The depot burned on Sunday.", articleDate: "2019-12-30")
/// // [ResolvedDate(text: "on Sunday", from: "2019-12-29", to: "2019-12-29")]
/// ```
///
/// Handles weekdays ("on Sunday", "Friday night", "last Tuesday", "next Friday"), relative
/// words ("today", "yesterday", "last week", "earlier this month", "over the weekend",
/// "three days ago"), months and days ("Jan. 6", "December 29, 2019", "6 January 2020",
/// "in March"), years ("in 2011") and ISO dates. A relative expression without an article
/// date keeps its text with `from` and `to` nil.
public enum DateResolver {
    /// The date expressions in `text`, resolved against `articleDate` (`YYYY-MM-DD`).
    public static func find(in text: String, articleDate: String?) -> [ResolvedDate] {
        let document = Document(text: text)
        let span = TextSpan(start: 0, end: document.count)
        let words = document.words(in: span)
        return find(
            document.folded, words: words, original: document, articleDate: articleDate.flatMap(CalendarDay.init(iso:)))
    }

    /// The first date expression in `phrase`, resolved against `articleDate`.
    public static func resolve(_ phrase: String, articleDate: String?) -> ResolvedDate? {
        find(in: phrase, articleDate: articleDate).first
    }

    /// The date expressions among `words` of the folded text `scalars`.
    static func find(_ s: [Unicode.Scalar], words: [ClaimWord], original: Document, articleDate: CalendarDay?)
        -> [ResolvedDate]
    {
        var out: [ResolvedDate] = []
        var i = 0
        while i < words.count {
            if let m = match(s, words, at: i, base: articleDate) {
                var start = i
                if i > 0, DateLexicon.prepositions.contains(words[i - 1].lower),
                    Figures.joined(s, words[i - 1], words[i])
                {
                    start = i - 1
                }
                let text = original.claimText(TextSpan(start: words[start].span.start, end: words[m.next - 1].span.end))
                out.append(ResolvedDate(text: text, from: m.range?.0.iso, to: m.range?.1.iso))
                i = m.next
            } else {
                i += 1
            }
        }
        return out
    }

    private struct Match {
        var range: (CalendarDay, CalendarDay)?
        var next: Int
    }

    /// A date expression starting at word `i`.
    private static func match(_ s: [Unicode.Scalar], _ w: [ClaimWord], at i: Int, base: CalendarDay?) -> Match? {
        let word = w[i].lower
        // Most words cannot start a date: let only capitals, digits and the relative words through.
        guard
            w[i].capitalised || w[i].numeric || ClaimTokenRules.isDigit(s[w[i].span.start])
                || DateLexicon.starters.contains(word) || Figures.Lexicon.small[word] != nil
        else { return nil }
        func nextIndex(_ k: Int) -> Int? { k < w.count && Figures.joined(s, w[k - 1], w[k]) ? k : nil }
        func next(_ k: Int) -> WordKey? { nextIndex(k).map { w[$0].lower } }
        func single(_ d: CalendarDay?) -> (CalendarDay, CalendarDay)? { d.map { ($0, $0) } }

        // ISO date written in the text: 2019-12-30
        if w[i].span.length == 10, let d = CalendarDay(iso: w[i].text(s)) { return Match(range: (d, d), next: i + 1) }

        // Relative single words.
        if let offset = DateLexicon.relativeDays[word] {
            return Match(range: single(offset == 0 ? base : base?.adding(days: offset)), next: i + 1)
        }

        // "earlier this month", "later this year", "earlier in the week", "last week", "this month", "next year"
        var k = i
        var edge: WordKey?
        if word == "earlier" || word == "later" || word == "early" || word == "late" {
            edge = word == "earlier" || word == "early" ? "earlier" : "later"
            k += 1
        }
        if let a = k < w.count ? (k == i ? word : next(k)) : nil {
            var which = a
            var unitIndex = k + 1
            if a == "in", next(k + 1) == "the" {  // "earlier in the month"
                which = "this"
                unitIndex = k + 2
            }
            if periodQualifiers.contains(which), let unit = next(unitIndex),
                let r = period(unit, which: which, edge: edge, base: base)
            {
                return Match(range: r, next: unitIndex + 1)
            }
            // "last Sunday", "next Friday", "this Tuesday"
            if edge == nil, which == "last" || which == "next" || which == "this" || which == "past",
                let wd = next(k + 1).flatMap(DateLexicon.weekday)
            {
                var end = k + 2
                if let part = nextIndex(end), DateLexicon.dayParts.contains(stripPossessive(w[part], s)) { end += 1 }
                return Match(range: single(base.map { weekday(wd, from: $0, mode: which) }), next: end)
            }
        }

        // "over the weekend", "this weekend" handled above via period; "the weekend"
        if word == "weekend", i > 0, w[i - 1].lower == "the" {
            return Match(range: base.map { weekend(before: $0) }, next: i + 1)
        }

        // "three days ago", "two weeks ago"
        if let n = Figures.Lexicon.numberWord(w[i], s) ?? (w[i].numeric ? plainDouble(w[i], s) : nil)
            ?? (word == "a" ? 1 : nil),
            let unit = next(i + 1), next(i + 2) == "ago"
        {
            let days = DateLexicon.dayCountUnits[unit].map { Int(n) * $0 }
            if let days {
                return Match(range: single(base?.adding(days: -days)), next: i + 3)
            }
            if unit == "month" || unit == "months" || unit == "year" || unit == "years" {
                let months = Int(n) * (unit == "year" || unit == "years" ? 12 : 1)
                return Match(
                    range: base.map { b in
                        let d = addMonths(b, -months)
                        return (d, d)
                    }, next: i + 3)
            }
        }

        // Weekdays: "Sunday", "Sunday night's", but not "Sunday, Dec. 29" (the date says it).
        if let wd = DateLexicon.weekday(word), w[i].capitalised {
            var end = i + 1
            if let part = nextIndex(end), DateLexicon.dayParts.contains(stripPossessive(w[part], s)) { end += 1 }
            if end < w.count, DateLexicon.month(w[end].lower) != nil, let m = monthDay(s, w, at: end, base: base) {
                return Match(range: m.range, next: m.next)
            }
            return Match(range: single(base.map { weekday(wd, from: $0, mode: "") }), next: end)
        }

        // "Jan. 6", "January 6, 2020", "December 2019", "in March"
        if DateLexicon.month(word) != nil, let m = monthDay(s, w, at: i, base: base) { return m }

        // "6 January 2020", "29th December"
        if let day = dayNumber(w[i], s), let mw = next(i + 1), let month = DateLexicon.month(mw), w[i + 1].capitalised {
            var year: Int?
            var end = i + 2
            if let y = nextIndex(end).flatMap({ yearValue(w[$0], s) }) {
                year = y
                end += 1
            }
            return Match(range: single(dated(year: year, month: month, day: day, base: base)), next: end)
        }

        // Years: "2011", "in 2011"
        if let y = yearValue(w[i], s), w[i].numeric {
            if let after = nextIndex(i + 1), w[after].hasSuffix("s", s), !w[i + 1].capitalised,
                !Figures.Lexicon.unitStop.contains(w[after].lower)
            {
                return nil  // "2000 troops" is a count
            }
            guard let a = CalendarDay(year: y, month: 1, day: 1), let b = CalendarDay(year: y, month: 12, day: 31)
            else {
                return nil
            }
            return Match(range: (a, b), next: i + 1)
        }
        return nil
    }

    /// A month name at word `i` with an optional day and year after it.
    private static func monthDay(_ s: [Unicode.Scalar], _ w: [ClaimWord], at i: Int, base: CalendarDay?) -> Match? {
        guard let month = DateLexicon.month(w[i].lower) else { return nil }
        // "may" and "march" are also ordinary words: insist on a capital and a date-like neighbour.
        let ambiguous = ambiguousMonths.contains(w[i].lower)
        if !w[i].capitalised { return nil }
        func gapOK(_ a: Int, _ b: Int) -> Bool {
            var k = w[a].span.end
            while k < w[b].span.start {
                if s[k] != " " && s[k] != "." && s[k] != "," { return false }
                k += 1
            }
            return true
        }
        var end = i + 1
        var day: Int?
        var year: Int?
        if end < w.count, gapOK(i, end), let d = dayNumber(w[end], s) {
            day = d
            end += 1
        }
        if end < w.count, gapOK(end - 1, end), let y = yearValue(w[end], s), w[end].numeric {
            year = y
            end += 1
        }
        if day == nil, year == nil {
            let prev: WordKey = i > 0 ? w[i - 1].lower : ""
            if ambiguous, !monthLeads.contains(prev) { return nil }
            // The whole month: the latest such month not after the article's.
            guard let base else { return Match(range: nil, next: end) }
            let c = base.components
            let y = month <= c.month ? c.year : c.year - 1
            guard let a = CalendarDay(year: y, month: month, day: 1),
                let b = CalendarDay(year: y, month: month, day: CalendarDay.daysIn(month: month, year: y))
            else { return nil }
            return Match(range: (a, b), next: end)
        }
        if let day {
            return Match(range: dated(year: year, month: month, day: day, base: base).map { ($0, $0) }, next: end)
        }
        guard let year, let a = CalendarDay(year: year, month: month, day: 1),
            let b = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
        else { return nil }
        return Match(range: (a, b), next: end)
    }

    /// The day `month`/`day` in `year`, or, without a year, in whichever year puts it nearest the article date.
    private static func dated(year: Int?, month: Int, day: Int, base: CalendarDay?) -> CalendarDay? {
        if let year { return CalendarDay(year: year, month: month, day: day) }
        guard let base else { return nil }
        let y = base.components.year
        let candidates = [y - 1, y, y + 1].compactMap { CalendarDay(year: $0, month: month, day: day) }
        return candidates.min { abs($0.number - base.number) < abs($1.number - base.number) }
    }

    /// The range of a period word ("week", "month", "year", "weekend") qualified by this/last/next.
    private static func period(_ unit: WordKey, which: WordKey, edge: WordKey?, base: CalendarDay?) -> (
        CalendarDay, CalendarDay
    )?? {
        guard unit == "week" || unit == "month" || unit == "year" || unit == "weekend" else { return nil }
        guard let base else { return .some(nil) }
        let c = base.components
        var range: (CalendarDay, CalendarDay)
        let shift =
            which == "last" || which == "past" || which == "previous"
            ? -1 : (which == "next" || which == "coming" ? 1 : 0)
        switch unit {
        case "week":
            let monday = base.adding(days: -((base.weekday + 6) % 7) + 7 * shift)
            range = (monday, monday.adding(days: 6))
        case "weekend":
            guard shift > 0 else { return .some(weekend(before: base)) }
            let saturday = base.adding(days: (6 - base.weekday + 7) % 7 == 0 ? 7 : (6 - base.weekday + 7) % 7)
            range = (saturday, saturday.adding(days: 1))
        case "month":
            let first = addMonths(CalendarDay(year: c.year, month: c.month, day: 1) ?? base, shift)
            let fc = first.components
            range = (first, first.adding(days: CalendarDay.daysIn(month: fc.month, year: fc.year) - 1))
        default:
            guard let a = CalendarDay(year: c.year + shift, month: 1, day: 1),
                let b = CalendarDay(year: c.year + shift, month: 12, day: 31)
            else { return nil }
            range = (a, b)
        }
        if shift == 0, let edge {
            if edge == "earlier" {
                range = (range.0, max(range.0, base))
            } else {
                range = (min(base, range.1), range.1)
            }
        }
        return .some(range)
    }

    /// The Saturday and Sunday on or before `base` (the weekend just past, or this one if `base` is in it).
    private static func weekend(before base: CalendarDay) -> (CalendarDay, CalendarDay) {
        let back = base.weekday == 6 ? 0 : (base.weekday + 1)  // days back to Saturday
        let saturday = base.adding(days: -back)
        return (saturday, saturday.adding(days: 1))
    }

    /// The day with weekday `wd` meant from `base`: the latest on or before it, or the next one
    /// after it for "next", or the one in the same Monday-to-Sunday week for "this".
    private static func weekday(_ wd: Int, from base: CalendarDay, mode: WordKey) -> CalendarDay {
        switch mode {
        case "next": return base.adding(days: (wd - base.weekday + 7) % 7 == 0 ? 7 : (wd - base.weekday + 7) % 7)
        case "this":
            let monday = base.adding(days: -((base.weekday + 6) % 7))
            return monday.adding(days: (wd + 6) % 7)
        case "last", "past":
            let back = (base.weekday - wd + 7) % 7
            return base.adding(days: -(back == 0 ? 7 : back))
        default: return base.adding(days: -((base.weekday - wd + 7) % 7))
        }
    }

    /// The same day of the month `months` months later, clamped to the month's length.
    private static func addMonths(_ d: CalendarDay, _ months: Int) -> CalendarDay {
        let c = d.components
        let total = c.year * 12 + (c.month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDay(year: y, month: m, day: min(c.day, CalendarDay.daysIn(month: m, year: y))) ?? d
    }

    /// The word less a final "'s", as a key.
    private static func stripPossessive(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> WordKey {
        w.hasSuffix("'s", s) ? WordKey.lowering(s, w.span.start..<(w.span.end - 2)) : w.lower
    }

    /// A numeric word as `Double(String)` reads it: nil with a thousands comma.
    private static func plainDouble(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> Double? {
        if w.contains(",", s) { return nil }
        return Figures.numericValue(w, s)
    }

    /// 1–31 written as digits, with or without an ordinal ending ("6", "6th").
    private static func dayNumber(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> Int? {
        // Digits come first, so a word that does not open with one is no day.
        guard w.span.length > 0, ClaimTokenRules.isDigit(s[w.span.start]) else { return nil }
        var digits = 0
        var value = 0
        var rest = 0  // how many scalars follow the digits; the first two are a and b
        var a: UInt32 = 0
        var b: UInt32 = 0
        for k in w.span.start..<w.span.end {
            let c = ClaimTokenRules.lower(s[k]).value
            if c >= 48, c <= 57, rest == 0 {
                if digits == 2 { return nil }  // A day has two digits at most; more could overflow (fuzz find).
                value = value * 10 + Int(c - 48)
                digits += 1
            } else {
                if rest == 0 { a = c } else if rest == 1 { b = c }
                rest += 1
                if rest > 2 { return nil }
            }
        }
        guard digits >= 1, digits <= 2, value >= 1, value <= 31 else { return nil }
        if rest == 0 { return value }
        guard rest == 2 else { return nil }
        // "st", "nd", "rd", "th"
        let ordinal =
            (a == 115 && b == 116) || (a == 110 && b == 100) || (a == 114 && b == 100) || (a == 116 && b == 104)
        return ordinal ? value : nil
    }

    private static func yearValue(_ w: ClaimWord, _ s: [Unicode.Scalar]) -> Int? {
        guard w.span.length == 4, let v = w.digitsValue(s), v >= 1800, v <= 2100 else { return nil }
        return v
    }

    private static let periodQualifiers = WordSet(words: Lexicons.periodQualifiers)
    private static let ambiguousMonths = WordSet(words: Lexicons.ambiguousMonthWords)
    private static let monthLeads = WordSet(words: Lexicons.monthLeads)
}

/// Month and weekday names.
enum DateLexicon {
    /// Month names (numbered by their place in the list, January 1) and their abbreviations.
    static let months: WordMap<Int> = {
        let names = Lexicons.monthNames
        var pairs = names.enumerated().map { (WordKey($0.element), $0.offset + 1) }
        for (short, name) in LexiconFile.pairs(Lexicons.monthAbbreviations) {
            guard let n = names.firstIndex(of: name) else {
                preconditionFailure("Lexicons/month-abbreviations.txt: \(name) is not a month name")
            }
            pairs.append((WordKey(short), n + 1))
        }
        return WordMap(pairs)
    }()
    /// Weekday names and their possessives ("Sunday's"), numbered from Sunday 0.
    static let weekdays = WordMap(
        Lexicons.weekdays.enumerated().flatMap { day in
            [(WordKey(day.element), (day.offset + 1) % 7), (WordKey(day.element + "'s"), (day.offset + 1) % 7)]
        })
    static let dayParts = WordSet(words: Lexicons.dayParts)
    /// Lower-case words that can open a date expression.
    static let starters = WordSet(words: Lexicons.dateStarters)
    static let prepositions = WordSet(words: Lexicons.datePrepositions)

    /// Words naming a day by its distance from the article's date ("yesterday" is -1).
    static let relativeDays = numbers(Lexicons.relativeDays)
    /// Units a count of days can be given in before "ago" ("two weeks ago"), in days.
    static let dayCountUnits = numbers(Lexicons.dayCountUnits)

    /// The `WORD = NUMBER` entries of a list as a map.
    private static func numbers(_ entries: [String]) -> WordMap<Int> {
        WordMap(
            LexiconFile.pairs(entries).map { word, value in
                guard let number = Int(value) else { preconditionFailure("\(value) is not a number (for \(word))") }
                return (WordKey(word), number)
            })
    }

    static func month(_ w: WordKey) -> Int? { months[w] }
    static func weekday(_ w: WordKey) -> Int? { weekdays[w] }
}
