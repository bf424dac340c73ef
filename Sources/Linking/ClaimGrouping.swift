import Extraction
import HearsayModel
import HearsayText

/// A claim as claim grouping needs to see it: where it comes from and what it says.
public struct GroupableClaim: Sendable, Hashable {
    /// The claim's database id (or any id unique in the batch).
    public var id: Int64
    /// The key of the article it comes from.
    public var article: String
    /// The outlet that published the article, if known.
    public var outlet: String?
    /// The article's date, `YYYY-MM-DD`, if known.
    public var date: String?
    /// The claim's text.
    public var text: String
    /// The figures the claim states.
    public var figures: [Figure]
    /// The dates the claim mentions, resolved against the article's date.
    public var dates: [ResolvedDate]

    /// Creates a groupable claim.
    public init(
        id: Int64, article: String, outlet: String?, date: String?, text: String, figures: [Figure],
        dates: [ResolvedDate]
    ) {
        self.id = id
        self.article = article
        self.outlet = outlet
        self.date = date
        self.text = text
        self.figures = figures
        self.dates = dates
    }
}

/// One count in a disagreement: what a claim said.
public struct ReportedFigure: Sendable, Hashable {
    /// The claim that said it.
    public var claim: Int64
    /// Its article.
    public var article: String
    /// Its outlet, if known.
    public var outlet: String?
    /// The figure as the claim gave it.
    public var figure: Figure
}

/// Counts of the same event and unit that differ between claims of one group.
public struct FigureDisagreement: Sendable, Hashable {
    /// The event counted ("killed").
    public var event: String
    /// What is counted, as a class ("people" for people, members, troops...).
    public var unit: String
    /// Every figure for that event and unit in the group, in claim order.
    public var figures: [ReportedFigure]
    /// The distinct values, ascending.
    public var values: [Double] { Array(Set(figures.map(\.figure.value))).sorted() }
}

/// Claims from different articles about the same event.
public struct ClaimGroup: Sendable, Hashable {
    /// A stable description of what the group is about ("killed people · hezbollah · 2019-12-29").
    public var signature: String
    /// The member claims' ids, in input order.
    public var members: [Int64]
    /// The distinct outlets (or, for articles without one, article keys) that made the claim.
    public var outlets: [String]
    /// The earliest article date among the members, if any is known.
    public var firstSeen: String?
    /// Figures that disagree for the same event and unit (24 killed against 25 killed).
    public var disagreements: [FigureDisagreement]
    /// True when some figures disagree.
    public var disputed: Bool { !disagreements.isEmpty }
}

/// Groups claims about the same event across articles and flags groups whose figures disagree.
///
/// Two claims from different articles are about the same event when they name the same kind of
/// event and share what they are about: for counts, the same event and unit ("killed",
/// people) of comparable size with a name in common; otherwise the same event word and several
/// content words in common. Their dates must agree where both give one (resolved days within a
/// day of each other, or the same weekday when neither could be resolved).
///
/// ```swift
/// let groups = ClaimGrouping.group(claims).filter(\.disputed)
/// ```
public enum ClaimGrouping {
    /// The groups among `claims` that hold claims from at least two articles.
    public static func group(_ claims: [GroupableClaim]) -> [ClaimGroup] {
        let features = claims.map(ClaimFeatures.init)
        var sets = UnionFind(count: claims.count)
        // Only claims that share an event can be linked: bucket by event to avoid comparing all pairs.
        var buckets: [String: [Int]] = [:]
        for (i, f) in features.enumerated() {
            for e in f.eventKeys { buckets[e, default: []].append(i) }
        }
        // The pairs found to be about the same event: figures are compared only along these, so a
        // chain of loosely similar claims never sets two unrelated counts against each other.
        var edges: Set<[Int]> = []
        let days = claims.map { $0.date.flatMap(CalendarDay.init(iso:))?.number }
        func consider(_ a: Int, _ b: Int) {
            let pair = a < b ? [a, b] : [b, a]
            guard claims[a].article != claims[b].article, !edges.contains(pair) else { return }
            if sameEvent(features[a], features[b], claims[a], claims[b]) {
                edges.insert(pair)
                sets.union(a, b)
            }
        }
        for (_, members) in buckets.sorted(by: { $0.key < $1.key }) {
            // Dated claims meet only those of articles a week apart at most (a sliding window, so a
            // large database is not compared pair by pair); undated ones meet a bounded number of each.
            let dated = members.filter { days[$0] != nil }.sorted { (days[$0] ?? 0, $0) < (days[$1] ?? 0, $1) }
            let undated = members.filter { days[$0] == nil }
            for x in dated.indices {
                var y = x + 1
                while y < dated.count, (days[dated[y]] ?? 0) - (days[dated[x]] ?? 0) <= maxDaysApart {
                    consider(dated[x], dated[y])
                    y += 1
                }
            }
            for (n, a) in undated.enumerated() {
                for b in undated[(n + 1)...].prefix(maxComparisons) { consider(a, b) }
                for b in dated.prefix(maxComparisons) { consider(a, b) }
            }
        }
        var byRoot: [Int: [Int]] = [:]
        for i in claims.indices { byRoot[sets.find(i), default: []].append(i) }
        var edgesByRoot: [Int: [[Int]]] = [:]
        for e in edges { edgesByRoot[sets.find(e[0]), default: []].append(e) }
        var groups: [ClaimGroup] = []
        for (root, members) in byRoot where Set(members.map { claims[$0].article }).count > 1 {
            groups.append(makeGroup(members.sorted(), edges: edgesByRoot[root, default: []], claims, features))
        }
        return groups.sorted { ($0.firstSeen ?? "9999", $0.signature) < ($1.firstSeen ?? "9999", $1.signature) }
    }

    /// Articles further apart than this are never about the same event.
    static let maxDaysApart = 7
    /// How many claims an undated claim is compared with in each event bucket.
    static let maxComparisons = 2_000

    /// True when two claims of different articles state the same event.
    static func sameEvent(_ a: ClaimFeatures, _ b: ClaimFeatures, _ ca: GroupableClaim, _ cb: GroupableClaim) -> Bool {
        guard datesAgree(a, b, ca, cb) else { return false }
        let shared = a.terms.intersection(b.terms)
        let sharedNames = a.names.intersection(b.names)
        // Counts of the same event and unit, of comparable size, about a common name; counts of
        // the same event far apart (4 injured, 50 injured) are different happenings.
        var farApart = false
        for fa in a.counts {
            for fb in b.counts where fa.sameMeasure(fb) {
                let ratio = max(fa.value, fb.value) / max(1, min(fa.value, fb.value))
                if ratio <= 2, !sharedNames.isEmpty { return true }
                if ratio > 2 { farApart = true }
            }
        }
        if farApart { return false }
        // The same event word and enough in common besides.
        guard !a.eventWords.isDisjoint(with: b.eventWords) else { return false }
        let smaller = min(a.terms.count, b.terms.count)
        return shared.count >= 4 && Double(shared.count) >= 0.3 * Double(smaller) && !sharedNames.isEmpty
    }

    /// Dates agree unless both claims give dates and no pair of them can be the same day.
    static func datesAgree(_ a: ClaimFeatures, _ b: ClaimFeatures, _ ca: GroupableClaim, _ cb: GroupableClaim) -> Bool {
        if !a.ranges.isEmpty, !b.ranges.isEmpty {
            for x in a.ranges {
                for y in b.ranges where x.0.number - 1 <= y.1.number && y.0.number - 1 <= x.1.number { return true }
            }
            return false
        }
        if !a.weekdays.isEmpty, !b.weekdays.isEmpty, a.ranges.isEmpty || b.ranges.isEmpty {
            return !a.weekdays.isDisjoint(with: b.weekdays)
        }
        // With nothing better, the articles must be a few days apart at most.
        if let da = ca.date.flatMap(CalendarDay.init(iso:)), let db = cb.date.flatMap(CalendarDay.init(iso:)) {
            return abs(da.number - db.number) <= 3
        }
        return true
    }

    static func makeGroup(
        _ members: [Int], edges: [[Int]], _ claims: [GroupableClaim], _ features: [ClaimFeatures]
    ) -> ClaimGroup {
        var outlets: [String] = []
        for i in members {
            let o = claims[i].outlet ?? claims[i].article
            if !outlets.contains(o) { outlets.append(o) }
        }
        let firstSeen = members.compactMap { claims[$0].date }.min()
        // Disagreements: along each linked pair, counts of the same measure with different values.
        var byKey: [String: [ReportedFigure]] = [:]
        var order: [String] = []
        for e in edges.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            for fa in features[e[0]].counts {
                for fb in features[e[1]].counts where fa.sameMeasure(fb) && fa.value != fb.value {
                    let key = fa.event + "|" + fa.unit
                    if byKey[key] == nil { order.append(key) }
                    for (i, f) in [(e[0], fa), (e[1], fb)]
                    where !byKey[key, default: []].contains(where: { $0.claim == claims[i].id && $0.figure == f.figure }
                    ) {
                        byKey[key, default: []].append(
                            ReportedFigure(
                                claim: claims[i].id, article: claims[i].article, outlet: claims[i].outlet,
                                figure: f.figure))
                    }
                }
            }
        }
        var disagreements: [FigureDisagreement] = []
        for key in order {
            guard var figs = byKey[key] else { continue }
            figs.sort { ($0.claim, $0.figure.value) < ($1.claim, $1.figure.value) }
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            disagreements.append(
                FigureDisagreement(event: parts[0], unit: parts.count > 1 ? parts[1] : "", figures: figs))
        }
        // The signature: the commonest event, the names every... most members share, the first day.
        var eventCount: [String: Int] = [:]
        var nameCount: [String: Int] = [:]
        for i in members {
            for e in features[i].eventKeys { eventCount[e, default: 0] += 1 }
            for n in features[i].names { nameCount[n, default: 0] += 1 }
        }
        let counted = eventCount.filter { $0.key.hasPrefix("count:") }
        let pool = disagreements.first.map { ["count:" + $0.event: 1] } ?? (counted.isEmpty ? eventCount : counted)
        let day = members.flatMap { features[$0].ranges.map { $0.0.iso } }.min() ?? firstSeen ?? ""
        let ids = members.map { claims[$0].id }
        return ClaimGroup(
            signature: signature(pool: pool, nameCount: nameCount, day: day, minID: ids.min() ?? 0), members: ids,
            outlets: outlets, firstSeen: firstSeen, disagreements: disagreements)
    }

    /// A group's signature: the commonest event of `pool` (the first in key order among equals),
    /// the names at least two members share (the three commonest, in key order), the first day and
    /// the smallest member id.
    static func signature(pool: [String: Int], nameCount: [String: Int], day: String, minID: Int64) -> String {
        let chosen = pool.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "event"
        let event = chosen.split(separator: ":").last.map(String.init) ?? chosen
        let names = nameCount.filter { $0.value >= 2 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map(
            \.key)
        return ([event] + [names.sorted().joined(separator: ",")] + [day, "#\(minID)"])
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }
}

/// What claim grouping reads from one claim.
struct ClaimFeatures: Sendable {
    struct Count: Sendable {
        var event: String
        var unit: String
        var value: Double
        var figure: Figure
        /// The nearest name before the figure in the claim ("Hezbollah" in "strikes on Hezbollah
        /// killed 24"): counts tied to different names ("Clinton won 15", "Trump won 13") differ.
        var anchor: String?

        /// True when the claim holds other counts of the same event and unit tied to other names
        /// ("Clinton won 15 states and Trump 13"): then only the same name makes the same count.
        var ambiguous = false

        /// True when this count and `o` count the same thing.
        func sameMeasure(_ o: Count) -> Bool {
            guard event == o.event, unit == o.unit else { return false }
            if let a = anchor, let b = o.anchor, a == b { return true }
            // Several counts of it in one claim: only the same name before them makes them the same count.
            return !(ambiguous || o.ambiguous)
        }
    }

    /// Counts with an event, their unit reduced to a class.
    var counts: [Count] = []
    /// Event words the claim uses ("voted", "killed").
    var eventWords: Set<String> = []
    /// Bucketing keys: event words and count events.
    var eventKeys: Set<String> = []
    /// Content words, lower-cased and crudely singular.
    var terms: Set<String> = []
    /// Capitalised names other than places, days, months and titles.
    var names: Set<String> = []
    /// Resolved date ranges.
    var ranges: [(CalendarDay, CalendarDay)] = []
    /// Weekdays named but not resolved.
    var weekdays: Set<String> = []

    init(_ claim: GroupableClaim) {
        let words = Self.words(claim.text)
        for w in words where Self.eventLexicon.contains(w.lower) {
            eventWords.insert(w.lower)
            eventKeys.insert("word:" + w.lower)
        }
        // A claim naming no event is never compared with another (most claims): nothing more to read.
        guard !eventWords.isEmpty || claim.figures.contains(where: { $0.event != nil }) else { return }
        for f in claim.figures {
            guard let event = f.event else { continue }
            let unit = Self.unitClass(f.unit, event: event)
            counts.append(
                Count(
                    event: event, unit: unit, value: f.value, figure: f,
                    anchor: Self.anchor(of: f, in: claim.text, words)))
            eventKeys.insert("count:" + event)
        }
        for i in counts.indices {
            counts[i].ambiguous = counts.contains {
                $0.event == counts[i].event && $0.unit == counts[i].unit && $0.anchor != counts[i].anchor
            }
        }
        for d in claim.dates {
            if let a = d.from.flatMap(CalendarDay.init(iso:)), let b = d.to.flatMap(CalendarDay.init(iso:)) {
                // Whole years and months say little about which day's event it was.
                if b.number - a.number <= 7 { ranges.append((a, b)) }
            }
            // Weekday names compare even where one article's date is unknown.
            for w in Self.words(d.text) where Self.weekdayNames.contains(w.lower) {
                weekdays.insert(Self.singular(w.lower))
            }
        }
        for (i, w) in words.enumerated() {
            let l = w.lower
            if Self.isName(w, at: i) { names.insert(l) }
            if !Self.stopwords.contains(l), l.unicodeScalars.count >= 4, !Self.weekdayNames.contains(l) {
                terms.insert(Self.singular(l))
            }
        }
    }

    /// The nearest name before `figure` in `text`.
    static func anchor(of figure: Figure, in text: String, _ words: [Word]) -> String? {
        // Where the figure starts, counted in words.
        guard let first = Self.words(figure.text).first else { return nil }
        var limit = words.count
        for (i, w) in words.enumerated() where w.lower == first.lower {
            limit = i
            break
        }
        var k = limit - 1
        while k >= 0 {
            let w = words[k]
            if isName(w, at: k) { return w.lower }
            k -= 1
        }
        return nil
    }

    /// A capitalised word that names someone or something: not a place, day, month, title or nationality.
    static func isName(_ w: Word, at i: Int) -> Bool {
        let l = w.lower
        return w.capitalised && (i > 0 || !stopwords.contains(l)) && !PlaceNames.names.contains(l)
            && !weekdayNames.contains(l) && !monthNames.contains(l) && !titleWords.contains(l)
            && l.unicodeScalars.count >= 3 && !demonym(l)
    }

    /// People counted under any name share one class, so "24 people" and "25 militia members" compare.
    static func unitClass(_ unit: String?, event: String) -> String {
        guard let unit, let head = unit.split(separator: " ").last.map(String.init) else {
            return eventsCountingPeople.contains(event) ? "people" : ""
        }
        if humanNouns.contains(head) || humanNouns.contains(singular(head)) || demonym(head) { return "people" }
        return singular(head)
    }

    /// Events whose bare count is a count of people ("24 killed").
    static let eventsCountingPeople = Set(Lexicons.eventsCountingPeople)

    static func singular(_ w: String) -> String {
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("ss") { return w }
        if w.hasSuffix("s"), w.count > 3 { return String(w.dropLast()) }
        return w
    }

    /// Nationality words ("iraqi", "americans", "iranian").
    static func demonym(_ w: String) -> Bool {
        let base = singular(w)
        return base.hasSuffix("ian") || base.hasSuffix("ean") || base.hasSuffix("ish") || base.hasSuffix("ese")
            || (base.hasSuffix("i") && base.count >= 5) || base == "american" || base == "iraqi"
    }

    struct Word: Sendable {
        var lower: String
        var capitalised: Bool
    }

    /// Words of `text`: letters and digits, inner apostrophes and hyphens dropped into the word.
    static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        // Lower-cased UTF-8 of the word being read: ASCII (most news text) needs no Unicode tables.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var cap = false
        func flush() {
            if !current.isEmpty { out.append(Word(lower: String(decoding: current, as: UTF8.self), capitalised: cap)) }
            current.removeAll(keepingCapacity: true)
        }
        for c in text.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                    if current.isEmpty { cap = false }
                    current.append(UInt8(v))
                } else if v >= 65 && v <= 90 {
                    if current.isEmpty { cap = true }
                    current.append(UInt8(v + 32))
                } else if v != 39 && v != 45 {
                    flush()
                }
            } else if c.properties.isAlphabetic {
                if current.isEmpty { cap = c.properties.isUppercase }
                let lower = c.properties.lowercaseMapping.unicodeScalars
                current.append(contentsOf: (lower.count == 1 ? (lower.first ?? c) : c).utf8)
            } else if c != "\u{2019}" {
                flush()
            }
        }
        flush()
        return out
    }

    /// Weekday names and their plurals ("mondays").
    static let weekdayNames = Set(Lexicons.weekdays + Lexicons.weekdays.map { $0 + "s" })
    /// Month names and their abbreviations.
    static let monthNames = Set(Lexicons.monthNames + LexiconFile.pairs(Lexicons.monthAbbreviations).map(\.key))
    static let titleWords: Set<String> = Set(Lexicons.claimNameFillerWords)
    static let humanNouns: Set<String> = Set(Lexicons.humanNouns)
    /// Words naming events that claims about the same happening share.
    static let eventLexicon: Set<String> = Set(Lexicons.eventVerbs)
    static let stopwords: Set<String> = Set(Lexicons.claimGroupingStopwords)
}
