import HearsayModel
import HearsayText

/// A capitalised name in the text, read with its leading titles set apart.
struct NameRun: Sendable {
    /// All tokens of the run, titles included ("Iraqi President Barham Saleh").
    var tokens: Range<Int>
    /// The tokens of the name itself ("Barham Saleh"); equal to `tokens` for an organisation.
    var name: Range<Int>
    /// True when the run names an organisation.
    var isOrganisation: Bool
    /// Lower-cased keys of the name's parts, hyphenated parts split ("abdul", "mahdi").
    var parts: [UInt64]
    /// Keys of the title words before the name ("iraqi", "president").
    var roleKeys: [UInt64]
    /// Gender read from a title or a given name.
    var gender: Lexicon.PronounKind?
    /// The courtesy title right before the name ("Mr.", "Ms."), as written.
    var honorific: String? = nil
}

/// Finds capitalised name runs in token ranges.
enum MentionFinder {
    static let ofKey = Normalizer.key("of")
    static let forKey = Normalizer.key("for")
    static let theKey = Normalizer.key("the")
    static let andKey = Normalizer.key("and")
    static let honorifics = Lexicon.keys(Lexicons.mentionHonorifics)
    static let maleTitles = Lexicon.keys(Lexicons.maleTitles)
    static let femaleTitles = Lexicon.keys(Lexicons.femaleTitles)

    /// True when token `i` can be part of a name run.
    static func isNameWord(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        guard t.kind == .word else { return false }
        if t.capitalized { return !describingCompound(d, t) }
        if Lexicon.particles.contains(t.key) { return true }
        // "al-Sadr", "el-Sisi"
        let s = d.folded
        if t.end - t.start > 3, s[t.start + 2] == "-" || s[t.start + 3] == "-" {
            let first = TextSpan(start: t.start, end: s[t.start + 2] == "-" ? t.start + 2 : t.start + 3)
            return Lexicon.particles.contains(Normalizer.key(s[first.start..<first.end]))
        }
        return false
    }

    /// True when capitalised word `t` is a compound whose last part is a lower-case word of
    /// description ("Prize-winner", "Ohio-born", "Harvard-educated",
    /// `Lexicons/description-compound-endings.txt`), not a name: name compounds capitalise every
    /// part ("Ana Ruiz-Lee") or end otherwise ("Ban Ki-moon").
    static func describingCompound(_ d: Document, _ t: Token) -> Bool {
        let s = d.folded
        var h = t.end - 1
        while h > t.start, s[h] != "-" { h -= 1 }
        guard h > t.start, t.end - h > 4, s[h + 1].properties.isLowercase else { return false }
        let part = String(String.UnicodeScalarView(s[(h + 1)..<t.end])).lowercased()
        return descriptionEndings.contains { part.hasSuffix($0) }
    }

    static let descriptionEndings = Lexicons.descriptionCompoundEndings

    /// True when token `i` is a capitalised headline verb ("Goes", "Slams") that a title-case
    /// headline puts after a name: "Ann Lee Goes After Moss" names Ann Lee, not "Ann Lee Goes".
    static func isHeadlineVerb(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        return t.kind == .word && t.capitalized && !t.allCaps && Lexicon.headlineVerbs.contains(t.key)
    }

    /// True when token `i` is a spelled-out number ("Seventy-four").
    static func startsWithNumberWord(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        var e = t.start
        while e < t.end, d.folded[e] != "-" { e += 1 }
        return Lexicon.numberWords.contains(Normalizer.key(d.folded[t.start..<e]))
    }

    /// True for a party-and-state label after a lawmaker's name ("R-Wis.", "D-N.Y."), which names no one.
    static func isPartyLabel(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        let s = d.scalars
        guard t.kind == .word, t.end - t.start >= 3, s[t.start + 1] == "-" else { return false }
        return (s[t.start] == "R" || s[t.start] == "D" || s[t.start] == "I") && Normalizer.isUpper(s[t.start + 2])
    }

    /// True when token `i` is the apostrophe of a plural possessive inside a name: glued to a capitalised
    /// word ending in "s" and followed by another capitalised word ("Farmers' League").
    static func isPluralPossessiveMark(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        guard t.kind == .punct, t.mark == "'" || t.mark == "’", i > 0, i + 1 < d.tokens.count else { return false }
        let p = d.tokens[i - 1]
        let n = d.tokens[i + 1]
        guard p.kind == .word, p.capitalized, p.end == t.start, d.folded[p.end - 1] == "s" else { return false }
        return n.kind == .word && n.capitalized && n.start > t.end && !isFunctionWord(d, i + 1)
    }

    /// True when token `i` is a full stop glued to an abbreviation or initial ("Gen.", "T.").
    static func isAbbreviationDot(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        guard t.kind == .punct, t.mark == ".", i > 0 else { return false }
        let p = d.tokens[i - 1]
        guard p.end == t.start, p.kind == .word, p.capitalized else { return false }
        return Lexicon.abbreviations.contains(p.key) || p.end - p.start == 1 || Lexicon.titles.contains(p.key)
            || (p.end - p.start >= 3 && d.folded[p.start + 1] == ".")
    }

    /// True when token `i` is a capitalised function word that cannot belong to a name; a lone capital
    /// with a period between two capitalised words is a middle initial ("Mark A. Milley", "Ann I. Berg").
    static func isFunctionWord(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        guard Lexicon.capitalizedFunctionWords.contains(t.key), !t.allCaps else { return false }
        if t.end - t.start == 1, t.capitalized, i > 0, i + 2 < d.tokens.count, d.tokens[i + 1].mark == ".",
            d.tokens[i + 1].start == t.end, d.tokens[i - 1].kind == .word, d.tokens[i - 1].capitalized,
            d.tokens[i + 2].kind == .word, d.tokens[i + 2].capitalized,
            !Lexicon.capitalizedFunctionWords.contains(d.tokens[i - 1].key),
            !Lexicon.capitalizedFunctionWords.contains(d.tokens[i + 2].key)
        {
            return false
        }
        return true
    }

    /// The name run that contains token `i`, extended both ways within `limit`.
    static func run(around i: Int, in d: Document, limit: Range<Int>) -> NameRun? {
        guard limit.contains(i), isNameWord(d, i), d.tokens[i].capitalized || i + 1 < limit.upperBound else {
            return nil
        }
        if isFunctionWord(d, i) || isPartyLabel(d, i) || breaksTitleCaseRun(d, i) { return nil }
        if startsWithNumberWord(d, i) { return nil }
        if Lexicon.stateAbbreviations.contains(d.tokens[i].key), i + 1 < d.tokens.count, d.tokens[i + 1].mark == ".",
            i > 0, d.tokens[i - 1].mark == ","
        {
            return nil  // "Allentown, Pa."
        }
        var a = i
        var b = i + 1
        // Extend forwards.
        while b < limit.upperBound {
            if isNameWord(d, b) {
                if isFunctionWord(d, b) || isHeadlineVerb(d, b) || breaksTitleCaseRun(d, b) { break }
                b += 1
            } else if isAbbreviationDot(d, b) {
                b += 1
            } else if isPluralPossessiveMark(d, b), b + 1 < limit.upperBound {
                b += 1  // "Farmers' League", "Workers' Party"
            } else if d.tokens[b].key == ofKey || d.tokens[b].key == forKey, b + 1 < limit.upperBound,
                Lexicon.orgHeads.contains(d.tokens[b - 1].key) || Lexicon.titles.contains(d.tokens[b - 1].key),
                d.tokens[b + 1].capitalized
                    || (d.tokens[b + 1].key == theKey && b + 2 < limit.upperBound
                        && d.tokens[b + 2].capitalized)
            {
                b += d.tokens[b + 1].key == theKey ? 2 : 1
            } else {
                break
            }
        }
        // Extend backwards.
        while a > limit.lowerBound {
            let k = a - 1
            if isAbbreviationDot(d, k) {
                a = k
            } else if isNameWord(d, k) {
                if isFunctionWord(d, k) || isHeadlineVerb(d, k) || breaksTitleCaseRun(d, k) { break }
                a = k
            } else if d.tokens[k].key == ofKey || d.tokens[k].key == forKey, k > limit.lowerBound,
                d.tokens[k - 1].capitalized,
                Lexicon.orgHeads.contains(d.tokens[k - 1].key) || Lexicon.titles.contains(d.tokens[k - 1].key)
            {
                a = k
            } else if d.tokens[k].key == theKey, k + 1 < b, d.tokens[k + 1].capitalized, k > limit.lowerBound,
                d.tokens[k - 1].key == ofKey
            {
                a = k
            } else {
                break
            }
        }
        // Trim particles and connectors from the ends.
        while a < b, !d.tokens[a].capitalized { a += 1 }
        while b > a,
            !(d.tokens[b - 1].capitalized || isAbbreviationDot(d, b - 1)
                || d.tokens[b - 1].kind == .word
                    && !Lexicon.particles.contains(d.tokens[b - 1].key) && isNameWord(d, b - 1))
        {
            b -= 1
        }
        guard a < b else { return nil }
        return analyse(a..<b, in: d)
    }

    /// Splits a run into titles and name, and decides whether it names an organisation.
    static func analyse(_ r: Range<Int>, in d: Document) -> NameRun? {
        let toks = d.tokens
        var org = false
        var lastTitle = r.lowerBound - 1
        for k in r where toks[k].kind == .word {
            if Lexicon.titles.contains(toks[k].key) { lastTitle = k }
        }
        // "David French", "Major Garrett": a title word ending a run that opens with a given name is a surname.
        if lastTitle == r.upperBound - 1, r.count >= 2,
            Lexicon.maleNames.contains(toks[r.lowerBound].key) || Lexicon.femaleNames.contains(toks[r.lowerBound].key)
        {
            lastTitle = r.lowerBound - 1
            for k in r.lowerBound..<(r.upperBound - 1)
            where toks[k].kind == .word && Lexicon.titles.contains(toks[k].key) {
                lastTitle = k
            }
        }
        // "Army Capt. Christian Pardo": a title word that is also a given name, right before the last
        // word or two of the run, opens the name.
        if lastTitle >= r.lowerBound, lastTitle < r.upperBound - 1, r.upperBound - lastTitle <= 3,
            Lexicon.maleNames.contains(toks[lastTitle].key) || Lexicon.femaleNames.contains(toks[lastTitle].key),
            ((lastTitle + 1)..<r.upperBound).allSatisfy({ toks[$0].kind == .word && toks[$0].capitalized })
        {
            let given = lastTitle
            lastTitle = r.lowerBound - 1
            for k in r.lowerBound..<given where toks[k].kind == .word && Lexicon.titles.contains(toks[k].key) {
                lastTitle = k
            }
        }
        // "MSNBC’s Rachel Maddow", "Tuesday’s New Hampshire": a possessive owner comes before the name.
        for k in r where k + 1 < r.upperBound && toks[k].kind == .word && k > lastTitle {
            let t = toks[k]
            if d.endsInPossessive(t) { lastTitle = k }
        }
        var nameStart = lastTitle + 1
        while nameStart < r.upperBound, toks[nameStart].kind == .punct { nameStart += 1 }
        // "Senate Majority Whip John Cornyn": a known given name starts the name.
        if nameStart < r.upperBound - 1 {
            for k in (nameStart + 1)..<(r.upperBound - 1)
            where toks[k].kind == .word
                && (Lexicon.maleNames.contains(toks[k].key) || Lexicon.femaleNames.contains(toks[k].key))
                && !Lexicon.maleNames.contains(toks[nameStart].key)
                && !Lexicon.femaleNames.contains(toks[nameStart].key)
            {
                nameStart = k
                break
            }
        }
        // An organisation word in the name itself ("Chatham House", "Foreign Ministry"), or an acronym alone.
        for k in nameStart..<r.upperBound where toks[k].kind == .word {
            if Lexicon.orgHeads.contains(toks[k].key) { org = true }
        }
        if r.count == 1, toks[r.lowerBound].allCaps, toks[r.lowerBound].end - toks[r.lowerBound].start <= 5 {
            org = true
        }
        if nameStart >= r.upperBound,
            r.contains(where: { toks[$0].kind == .word && Lexicon.orgHeads.contains(toks[$0].key) })
        {
            org = true
        }
        if nameStart < r.upperBound, nameStart > r.lowerBound,
            toks[nameStart].key == ofKey || toks[nameStart].key == forKey
                || toks[nameStart].key == theKey, !org
        {
            // "Attorney General of Delaware": a title and its domain, no name.
            return NameRun(tokens: r, name: r, isOrganisation: false, parts: [], roleKeys: roleKeys(r, d), gender: nil)
        }
        var gender: Lexicon.PronounKind? = nil
        for k in r.lowerBound..<nameStart {
            if maleTitles.contains(toks[k].key) { gender = .male }
            if femaleTitles.contains(toks[k].key) { gender = .female }
        }
        let nameRange: Range<Int>
        if org || nameStart >= r.upperBound {
            // An organisation keeps its whole name; a run of titles alone names a role.
            var s = r.lowerBound
            if toks[s].key == theKey { s += 1 }
            nameRange = s..<r.upperBound
            if !org {
                return NameRun(
                    tokens: r, name: nameRange, isOrganisation: false, parts: [], roleKeys: roleKeys(r, d),
                    gender: gender)
            }
        } else {
            var end = r.upperBound
            while end > nameStart + 1, toks[end - 1].kind == .punct || Lexicon.suffixes.contains(toks[end - 1].key) {
                end -= 1
            }
            while end > nameStart + 1, toks[end - 1].kind == .punct { end -= 1 }
            var start = nameStart
            // "Pope Leo", "Queen Ada": a monarch or a pope is named by the title and one name.
            if end - nameStart == 1, nameStart > r.lowerBound, toks[nameStart - 1].kind == .word,
                Lexicon.nameKeepingTitles.contains(toks[nameStart - 1].key)
            {
                start = nameStart - 1
            }
            nameRange = start..<end
            // A given name tells the gender only when a surname follows it: a lone "Warren" or
            // "Grant" is most often a surname.
            if gender == nil, let first = nameRange.first,
                nameRange.dropFirst().contains(where: { toks[$0].kind == .word })
            {
                if Lexicon.femaleNames.contains(toks[first].key) {
                    gender = .female
                } else if Lexicon.maleNames.contains(toks[first].key) {
                    gender = .male
                }
            }
        }
        var roles: [UInt64] = []
        if !org { roles = roleKeys(r.lowerBound..<nameStart, d) }
        var run = NameRun(
            tokens: r, name: nameRange, isOrganisation: org, parts: parts(nameRange, d), roleKeys: roles, gender: gender
        )
        if !org, nameStart > r.lowerBound {
            var h = nameStart - 1
            if toks[h].mark == ".", h > r.lowerBound { h -= 1 }
            if honorifics.contains(toks[h].key) {
                run.honorific = d.text(TextSpan(start: toks[h].start, end: toks[nameStart - 1].end))
            }
        }
        return run
    }

    static func roleKeys(_ r: Range<Int>, _ d: Document) -> [UInt64] {
        r.filter { d.tokens[$0].kind == .word }.map { canonicalRole(d.tokens[$0].key) }
    }

    static let pmKey = Normalizer.key("pm")
    static let firmKey = Normalizer.key("firm")
    static let companyKey = Normalizer.key("company")
    static let premierKey = Normalizer.key("premier")
    static let ministerKey = Normalizer.key("minister")
    static let spokesKeys = Lexicon.keys(Lexicons.spokeswomanNouns)
    static let spokesmanKey = Normalizer.key("spokesman")
    /// Abbreviated titles and the role nouns they stand for ("Sen. Ada Pell" is "the senator").
    static let abbreviatedTitles: [UInt64: UInt64] = {
        var m: [UInt64: UInt64] = [:]
        for (short, long) in LexiconFile.pairs(Lexicons.abbreviatedTitles) {
            m[Normalizer.key(short)] = Normalizer.key(long)
        }
        return m
    }()

    /// Folds role synonyms together ("PM" and "premier" are a minister, "spokeswoman" a spokesman).
    static func canonicalRole(_ k: UInt64) -> UInt64 {
        if k == pmKey || k == premierKey { return ministerKey }
        if let full = abbreviatedTitles[k] { return full }
        if spokesKeys.contains(k) { return spokesmanKey }
        if k == firmKey { return companyKey }
        return k
    }

    static let possessiveS = Normalizer.key("s")

    /// Keys of a name's parts: hyphenated tokens split, a possessive "'s" and full stops dropped.
    static func parts(_ r: Range<Int>, _ d: Document) -> [UInt64] {
        var out: [UInt64] = []
        let s = d.folded
        for k in r where d.tokens[k].kind == .word {
            let t = d.tokens[k]
            var a = t.start
            var end = t.end
            if end - a > 2, s[end - 2] == "'", s[end - 1] == "s" || s[end - 1] == "S" { end -= 2 }
            if k > r.lowerBound, Lexicon.suffixes.contains(t.key) { continue }
            var i = a
            while i <= end {
                if i == end || s[i] == "-" || s[i] == "." {
                    if i > a { out.append(Normalizer.key(s[a..<i])) }
                    a = i + 1
                }
                i += 1
            }
        }
        return out
    }
}

/// Every name the article mentions, gathered before attribution so that a surname ("Mansour")
/// or a role ("the Iraqi PM") can be widened to the fullest name the article used.
struct MentionIndex: Sendable {
    /// One mention, in 32 bytes: offsets in 32 bits, the name as a number into the index's
    /// distinct names (see ``NameForm``; ``MentionIndex/parts(of:)`` gives its parts), the
    /// courtesy title as a number into the index's list of them. A paragraph of 750,000
    /// "Ann Lee said." held 72 bytes and a parts array of its own for each (issue 13: memory).
    struct Entry: Sendable {
        private var nameStart: Int32
        private var nameEnd: Int32
        private var at: Int32
        /// The number in ``MentionIndex/forms`` of the name this entry uses.
        fileprivate var form: Int32
        /// The courtesy title before the name, as a number into ``MentionIndex/honorificTexts``
        /// plus one; zero for none.
        fileprivate var honorificNumber: UInt16
        // The one-byte fields before the arrays, so that they share the arrays' alignment padding.
        var isOrganisation: Bool
        var gender: Lexicon.PronounKind?
        var subject: Bool
        /// True for a name in a headline line, which a pronoun in the body does not refer back to.
        var inTitle: Bool
        var roleKeys: [UInt64]

        init(
            nameSpan: TextSpan, position: Int, isOrganisation: Bool, roleKeys: [UInt64],
            gender: Lexicon.PronounKind?, subject: Bool, honorificNumber: UInt16, form: Int32, inTitle: Bool
        ) {
            nameStart = Int32(nameSpan.start)
            nameEnd = Int32(nameSpan.end)
            at = Int32(position)
            self.honorificNumber = honorificNumber
            self.form = form
            self.roleKeys = roleKeys
            self.isOrganisation = isOrganisation
            self.gender = gender
            self.subject = subject
            self.inTitle = inTitle
        }

        /// Where the name itself lies, titles apart.
        var nameSpan: TextSpan { TextSpan(start: Int(nameStart), end: Int(nameEnd)) }
        /// Where the mention starts, titles included.
        var position: Int {
            get { Int(at) }
            set { at = Int32(newValue) }
        }
        /// True when a courtesy title ("Mr.", "Ms.") stands right before the name.
        var hasHonorific: Bool { honorificNumber != 0 }
    }

    static let prepositions = Lexicon.keys(Lexicons.mentionPrepositions)
    /// Subject pronouns of people ("she", "they"), not the "it" of "It was Pell who …".
    static let subjectPronouns = KeySet(
        Lexicons.subjectPronounForms.map { Normalizer.key($0) }.filter {
            Lexicon.pronouns[$0].map { $0 != .neuter } ?? false
        })

    /// Words that open a fronted clause or phrase before a sentence's subject.
    static let frontingWords = Lexicon.keys(Lexicons.frontingWords)
    static let relativeWho = Lexicon.keys(Lexicons.relativePronouns)

    /// True when a relative clause whose verb reports speech follows the name ending at token `k`,
    /// after at most one appositive set off by commas: ", who said", ", the whip, who told".
    static func relativeCueFollows(_ k: Int, in d: Document, end: Int) -> Bool {
        var i = k
        var commas = 0
        while i + 2 < end, i < k + 16 {
            let t = d.tokens[i]
            if t.mark == "." || t.mark == ";" || t.mark == ":" || QuoteFinder.isDoubleMark(d.scalars[t.start]) {
                return false
            }
            if t.mark == "," {
                commas += 1
                if commas > 2 { return false }
                if relativeWho.contains(d.tokens[i + 1].key), Cues.isCueWord(i + 2, in: d) { return true }
            }
            i += 1
        }
        return false
    }

    static let malePersonNouns = Lexicon.keys(Lexicons.malePersonNouns)
    static let femalePersonNouns = Lexicon.keys(Lexicons.femalePersonNouns)

    /// The gender a noun right before token `k` gives the name that starts there ("his son Beau
    /// Pell", "spokeswoman Ana Ruiz"), if any.
    static func genderOfNoun(before k: Int, in d: Document) -> Lexicon.PronounKind? {
        guard k > 0 else { return nil }
        let t = d.tokens[k - 1]
        guard t.kind == .word, !t.capitalized else { return nil }
        if malePersonNouns.contains(t.key) { return .male }
        if femalePersonNouns.contains(t.key) { return .female }
        return nil
    }

    /// True when a lower-case "-ing" word stands at token `k`, or right after an aside set off by
    /// dashes, parentheses or commas that opens there ("— who has called for it — attacking").
    static func participleFollows(_ k: Int, in d: Document, end: Int) -> Bool {
        guard k < end else { return false }
        var i = k
        let open = d.tokens[i]
        if open.mark == "—" || open.mark == "–" || open.mark == "(" || open.mark == "," {
            let close: Unicode.Scalar = open.mark == "(" ? ")" : open.mark
            var j = i + 1
            while j < end, j < i + 25, d.tokens[j].mark != close {
                if d.tokens[j].mark == "." || QuoteFinder.isDoubleMark(d.scalars[d.tokens[j].start]) { return false }
                j += 1
            }
            guard j < end, j < i + 25 else { return false }
            i = j + 1
        }
        guard i < end else { return false }
        let t = d.tokens[i]
        let f = d.folded
        return t.kind == .word && !t.capitalized && t.end - t.start > 4 && f[t.end - 3] == "i" && f[t.end - 2] == "n"
            && f[t.end - 1] == "g"
    }

    var entries: [Entry] = []
    let document: Document

    /// The name of entry `e` as written.
    func display(_ e: Entry) -> String { document.text(e.nameSpan) }
    /// The distinct names (person and organisation apart inside each), in the order the article
    /// first uses them: each name's parts are kept once, in ``partKeys``, and its entries share them.
    private var forms: [NameForm] = []
    /// The part keys of every form, one form's after another's: form `f`'s start at its
    /// ``NameForm/partStart`` and end where form `f + 1`'s start. (A parts array for each of
    /// 550,000 distinct names held 64 bytes of heap apiece. Issue 13: memory.)
    private var partKeys: [UInt64] = []
    /// The number in ``forms`` of each distinct name, found by its parts.
    private var formNumbers = NumberTable()
    /// The first of ``forms`` ending in each last part's key, found by that key; the rest are
    /// chained through ``NameForm/next``.
    private var formsByLast = NumberTable()
    /// The courtesy titles as written ("Mr.", "MS"), each once; an entry holds a number into it.
    private var honorificTexts: [String] = []
    private var honorificNumbers: [String: UInt16] = [:]
    /// Entry indices, in text order, of the name entries with a courtesy title, by the key of the
    /// name's last part.
    private var honorificsByLast: [UInt64: [Int32]] = [:]
    /// Entry indices, in text order, of every entry an institution noun can stand for: an
    /// organisation whose name ends in the noun's key, or any entry holding it as a role.
    private(set) var institutionHolders: [UInt64: EntryList] = [:]
    /// Entry indices, in text order, of every person entry holding a role key.
    private(set) var roleHolders: [UInt64: EntryList] = [:]
    /// Entry indices, in text order, of the entries that are their sentence's subject.
    private(set) var subjects = EntryList()
    /// The first and last entry index, in text order, by the keys of a name's first and last
    /// parts, for names of one part or of three and more: a name of two parts is its own form,
    /// which keeps its first and last entry (``NameForm/firstEntry``), so that 550,000 distinct
    /// two-part names are not a second table of that size (issue 13: memory).
    private var byFirstAndLast: [FirstAndLast: EntryPair] = [:]

    /// The first and last of a run of entry indices.
    private struct EntryPair: Sendable {
        var first: Int32
        var last: Int32
    }

    /// The first and last part keys of a name.
    private struct FirstAndLast: Hashable, Sendable {
        var first: UInt64
        var last: UInt64
    }

    /// One name as the article writes it, with how many entries use it and the first of them,
    /// person and organisation apart.
    private struct NameForm: Sendable {
        /// Where the name's part keys start in ``MentionIndex/partKeys``; they end where the next
        /// form's start.
        var partStart: Int32
        /// The first entry naming a person with exactly these parts, or -1.
        var firstPerson: Int32 = -1
        /// How many entries name a person with exactly these parts.
        var people: Int32 = 0
        /// The first entry naming an organisation with exactly these parts, or -1.
        var firstOrganisation: Int32 = -1
        /// How many entries name an organisation with exactly these parts.
        var organisations: Int32 = 0
        /// The next form with the same last part, in the order the article first uses them, or -1.
        var next: Int32 = -1
        /// On the first form of a last part's chain: the chain's last form, to which a new form
        /// with that last part is chained.
        var chainLast: Int32 = -1
        /// On the first form of a last part's chain: true when a form of two parts or more ends in
        /// it, so that the article uses that word as a surname. (Looking through every entry with
        /// the same last part instead took 100 s for 190,000 paragraphs of `Ann said.`; a set of
        /// its own held 550,000 keys for as many distinct names, where this flag fits the form's
        /// padding. Issue 13.)
        var endsLongerName = false
        /// The first and last entry using this name, person, organisation or description alike; -1 for none.
        var firstEntry: Int32 = -1
        var lastEntry: Int32 = -1

        init(partStart: Int32) { self.partStart = partStart }
    }

    /// The part keys of form `f`.
    private func formParts(_ f: Int) -> ArraySlice<UInt64> {
        let end = f + 1 < forms.count ? Int(forms[f + 1].partStart) : partKeys.count
        return partKeys[Int(forms[f].partStart)..<end]
    }

    /// The key of form `f`'s last part.
    private func lastKey(ofForm f: Int) -> UInt64 {
        partKeys[(f + 1 < forms.count ? Int(forms[f + 1].partStart) : partKeys.count) - 1]
    }

    /// The part keys of the name entry `e` uses ("abdul", "mahdi").
    func parts(of e: Entry) -> ArraySlice<UInt64> { formParts(Int(e.form)) }

    /// The number of the form naming exactly `parts`, if the article uses it.
    private func formNumber<C: Collection>(of parts: C) -> Int? where C.Element == UInt64 {
        formNumbers.find(hash: NumberTable.hash(parts)) { formParts($0).elementsEqual(parts) }
    }

    /// The number of the first form whose last part's key is `last`, if any.
    private func firstForm(endingIn last: UInt64) -> Int? {
        formsByLast.find(hash: LinearProbe.mix(last)) { lastKey(ofForm: $0) == last }
    }

    /// The number of the form naming `parts` (not empty), added (and chained to its last part's) when new.
    private mutating func formNumber(_ parts: [UInt64]) -> Int {
        let hash = NumberTable.hash(parts)
        if let f = formNumbers.find(hash: hash, where: { formParts($0).elementsEqual(parts) }) { return f }
        let f = forms.count
        forms.append(NameForm(partStart: Int32(partKeys.count)))
        partKeys.append(contentsOf: parts)
        if formNumbers.isFull { formNumbers = formNumbers.grown { NumberTable.hash(formParts($0)) } }
        formNumbers.insert(f, hash: hash)
        if let last = parts.last {
            let head: Int
            if let h = firstForm(endingIn: last) {
                forms[Int(forms[h].chainLast)].next = Int32(f)
                forms[h].chainLast = Int32(f)
                head = h
            } else {
                forms[f].chainLast = Int32(f)
                if formsByLast.isFull { formsByLast = formsByLast.grown { LinearProbe.mix(lastKey(ofForm: $0)) } }
                formsByLast.insert(f, hash: LinearProbe.mix(last))
                head = f
            }
            if parts.count >= 2 { forms[head].endsLongerName = true }
        }
        return f
    }

    /// The numbers of the forms whose last part's key is `last`, in the order the article first
    /// uses them, read along their chain as they are asked for.
    private func forms(endingIn last: UInt64) -> some Sequence<Int> {
        let forms = self.forms
        return sequence(state: firstForm(endingIn: last) ?? -1) { (f: inout Int) -> Int? in
            guard f >= 0 else { return nil }
            defer { f = Int(forms[f].next) }
            return f
        }
    }

    /// The number to keep in an entry for the courtesy title `text` (zero for none).
    private mutating func honorificNumber(_ text: String?) -> UInt16 {
        guard let text else { return 0 }
        if let n = honorificNumbers[text] { return n }
        // The spellings are a few lexicon words in their casings, with or without a full stop:
        // never near this many.
        guard honorificTexts.count < Int(UInt16.max) else { return 0 }
        honorificTexts.append(text)
        let n = UInt16(honorificTexts.count)
        honorificNumbers[text] = n
        return n
    }

    /// The courtesy title of entry `e` as written ("Mr."), if it has one.
    func honorific(of e: Entry) -> String? {
        e.honorificNumber == 0 ? nil : honorificTexts[Int(e.honorificNumber) - 1]
    }

    init(document d: Document, paragraphs: Paragraphs) {
        document = d
        var budget = BudgetPoll()
        for p in paragraphs where p.isContent {
            // A headline line (no closing full stop or quote mark), whose names a body pronoun does not mean.
            let headline =
                p.role == .title && p.span.end > p.span.start
                && !".!?\"”'’:;)]…".unicodeScalars.contains(d.scalars[p.span.end - 1])
            // The token where each sentence starts, in 32 bits and room reserved: a paragraph of two
            // million short sentences held 32 MB of them as a growing array of `Int` (issue 13: memory).
            var sentenceStarts: [UInt32] = []
            sentenceStarts.reserveCapacity(p.sentences.count)
            for s in p.sentences { sentenceStarts.append(UInt32(d.tokenIndex(atOrAfter: s.start))) }
            var si = 0
            var subjectSentence = -1
            var subjectTaken = false
            var subjectFound = false
            var i = p.tokens.lowerBound
            while i < p.tokens.upperBound {
                if budget.spent() { break }
                if d.tokens[i].key == MentionFinder.theKey,
                    let e = describedEntry(at: i, in: d, paragraph: p, sentenceStarts: sentenceStarts)
                {
                    // "The opposition leader later thanked her": the description stands for the person it names,
                    // so a following "he" can refer to them.
                    append(e)
                }
                guard d.tokens[i].capitalized,
                    let r = MentionFinder.run(around: i, in: d, limit: i..<p.tokens.upperBound)
                else {
                    i += 1
                    continue
                }
                if r.tokens.lowerBound == p.tokens.lowerBound,
                    r.tokens.allSatisfy({ d.tokens[$0].kind != .word || d.tokens[$0].allCaps }),
                    r.tokens.upperBound < p.tokens.upperBound, d.tokens[r.tokens.upperBound].kind == .punct
                {
                    // A dateline ("MIDWAY ATOLL —") or a transcript label ("SMITH:").
                    i = r.tokens.upperBound
                    continue
                }
                while si + 1 < sentenceStarts.count, Int(sentenceStarts[si + 1]) <= r.tokens.lowerBound { si += 1 }
                let sentenceStart = si < sentenceStarts.count ? Int(sentenceStarts[si]) : p.tokens.lowerBound
                if sentenceStart != subjectSentence {
                    subjectSentence = sentenceStart
                    subjectTaken = false
                    subjectFound = false
                }
                // The sentence's subject: its first person name with no verb-like word before it.
                var isSubject = false
                let lastTok = d.tokens[r.tokens.upperBound - 1]
                let possessive = lastTok.end - lastTok.start > 2 && d.folded[lastTok.end - 2] == "'"
                // "Clinton campaign Chairman John Podesta": a name modifying a later name is not the subject.
                var modifier = false
                var m = r.tokens.upperBound
                while m < min(p.tokens.upperBound, r.tokens.upperBound + 3), d.tokens[m].kind == .word,
                    !d.tokens[m].capitalized, !Lexicon.subjectStops.contains(d.tokens[m].key),
                    !Cues.isCueWord(m, in: d),
                    !MentionIndex.prepositions.contains(d.tokens[m].key)
                {
                    m += 1
                }
                if m > r.tokens.upperBound, m < p.tokens.upperBound, d.tokens[m].capitalized,
                    m - r.tokens.upperBound <= 1
                {
                    modifier = true
                }
                if !subjectTaken && !r.isOrganisation && !possessive && !modifier {
                    isSubject = true
                    for k in sentenceStart..<r.tokens.lowerBound where d.tokens[k].kind == .word {
                        // "She addressed the voters": the clause has its subject already.
                        if MentionIndex.subjectPronouns.contains(d.tokens[k].key) {
                            isSubject = false
                            break
                        }
                        if MentionIndex.prepositions.contains(d.tokens[k].key) {
                            isSubject = false
                            break
                        }
                        if d.tokens[k].capitalized { continue }
                        if Lexicon.subjectStops.contains(d.tokens[k].key) || Cues.isCueWord(k, in: d) {
                            isSubject = false
                            break
                        }
                    }
                    subjectTaken = true
                }
                // "As he has before, Pell on Friday denied …", "Asked about the dam, Pell said": after a
                // fronted clause that ends in a comma, the first name is the main clause's subject.
                // "The day before, at a rally in Dover, Mr. Pell was blunt": whatever opens the sentence,
                // a name after a comma followed by a finite verb is the main clause's subject.
                if !isSubject, !subjectFound, !r.isOrganisation, !possessive, !modifier,
                    r.tokens.lowerBound > sentenceStart + 1, d.tokens[r.tokens.lowerBound - 1].mark == ",",
                    r.tokens.upperBound < p.tokens.upperBound, d.tokens[r.tokens.upperBound].kind == .word,
                    !d.tokens[r.tokens.upperBound].capitalized,
                    MentionIndex.frontingWords.contains(d.tokens[sentenceStart].key)
                        || Attribution.clauseVerbs.contains(d.tokens[r.tokens.upperBound].key)
                        || SpeakerPhrase.isPastVerb(r.tokens.upperBound, d)
                {
                    isSubject = true
                }
                if isSubject { subjectFound = true }
                // "…, with Ada Moss — who has called for higher taxes — attacking the plan": the subject
                // of a small clause is who the sentence goes on about, what a following "she" can mean.
                if !isSubject, !r.isOrganisation, !possessive, r.tokens.lowerBound > p.tokens.lowerBound,
                    SpeakerPhrase.isWord(d, r.tokens.lowerBound - 1, SpeakerPhrase.smallClauseOpeners),
                    MentionIndex.participleFollows(r.tokens.upperBound, in: d, end: p.tokens.upperBound)
                {
                    isSubject = true
                }
                // Named right before a reporting verb ("Mansour said") or right after one ("said Mansour").
                let nextTok = r.tokens.upperBound
                let prevTok = r.tokens.lowerBound - 1
                // "Dan Moss at the Weekly Review agreed": a name after a preposition that follows another
                // name modifies that name; the verb's subject is the name before it.
                var before = prevTok
                if before > p.tokens.lowerBound, d.tokens[before].kind == .word, !d.tokens[before].capitalized,
                    SpeakerPhrase.articles.contains(d.tokens[before].key)
                {
                    before -= 1
                }
                let modifiesName =
                    before > p.tokens.lowerBound && d.tokens[before].kind == .word && !d.tokens[before].capitalized
                    && SpeakerPhrase.modifierPrepositions.contains(d.tokens[before].key)
                    && d.tokens[before - 1].kind == .word && d.tokens[before - 1].capitalized
                if nextTok < p.tokens.upperBound, Cues.isCueWord(nextTok, in: d), !modifiesName { isSubject = true }
                // "…, adds psychologist Ann Lee.": a role noun and its modifiers between the verb and the name.
                var cueTok = prevTok
                if cueTok >= p.tokens.lowerBound, d.tokens[cueTok].kind == .word, !d.tokens[cueTok].capitalized,
                    Lexicon.roleNouns.contains(d.tokens[cueTok].key)
                {
                    cueTok -= 1
                    while cueTok >= max(p.tokens.lowerBound, prevTok - 3), d.tokens[cueTok].kind == .word,
                        !d.tokens[cueTok].capitalized, !Cues.isCueWord(cueTok, in: d),
                        !Lexicon.subjectStops.contains(d.tokens[cueTok].key)
                    {
                        cueTok -= 1
                    }
                }
                if cueTok >= p.tokens.lowerBound, Cues.isCueWord(cueTok, in: d),
                    nextTok >= p.tokens.upperBound || d.tokens[nextTok].kind == .punct
                {
                    isSubject = true  // "…, said Mansour." (not "said Trump will win")
                }
                // "Greg Raiff, chief executive of Vell Jet Services, a charter broker, said": a name after a
                // preposition is inside the appositive, not the verb's subject.
                let afterPreposition =
                    prevTok >= p.tokens.lowerBound && d.tokens[prevTok].kind == .word
                    && (MentionIndex.prepositions.contains(d.tokens[prevTok].key)
                        || d.tokens[prevTok].key == MentionFinder.ofKey)
                if nextTok < p.tokens.upperBound, d.tokens[nextTok].mark == ",", !r.isOrganisation, !afterPreposition {
                    // "X, a commander of …, told": look a few tokens ahead for the verb after the appositive;
                    // "Its chief, Ada Pell, said": a full name set off by commas, right before the verb.
                    let aside = prevTok >= p.tokens.lowerBound && d.tokens[prevTok].mark == "," && r.parts.count >= 2
                    var k = aside ? nextTok : nextTok + 1
                    while k < min(p.tokens.upperBound, nextTok + 16), d.tokens[k].mark != "." {
                        if d.tokens[k].mark == ",", k + 1 < p.tokens.upperBound, Cues.isCueWord(k + 1, in: d) {
                            isSubject = true
                            break
                        }
                        k += 1
                    }
                }
                // "… by Sen. Ada Pell of Ohio, the party's whip, who said none of it was true": a person
                // a relative clause says spoke is who a following "she said" means.
                if !isSubject, !r.isOrganisation, !possessive,
                    MentionIndex.relativeCueFollows(r.tokens.upperBound, in: d, end: p.tokens.upperBound)
                {
                    isSubject = true
                }
                var roles = r.roleKeys
                var k = r.tokens.lowerBound - 1
                while k >= p.tokens.lowerBound, k >= r.tokens.lowerBound - 5, d.tokens[k].kind == .word,
                    !r.isOrganisation
                {
                    let t = d.tokens[k]
                    guard Lexicon.titles.contains(t.key) || Lexicon.roleNouns.contains(t.key) else { break }
                    roles.append(MentionFinder.canonicalRole(t.key))
                    k -= 1
                }
                if prevTok >= p.tokens.lowerBound, d.tokens[prevTok].mark == ",",
                    let head = MentionIndex.descriptionHead(before: prevTok, in: d, lower: p.tokens.lowerBound)
                {
                    // "The interior minister, Selim Aksoy," / "The company that owns the mill, Vell Paints,".
                    roles.append(MentionFinder.canonicalRole(head))
                }
                if !r.parts.isEmpty {
                    let id = Int32(entries.count)
                    let f = formNumber(r.parts)
                    if r.isOrganisation {
                        if forms[f].organisations == 0 { forms[f].firstOrganisation = id }
                        forms[f].organisations += 1
                    } else {
                        if forms[f].people == 0 { forms[f].firstPerson = id }
                        forms[f].people += 1
                    }
                    let honorific = honorificNumber(r.honorific)
                    if honorific != 0, let last = r.parts.last { honorificsByLast[last, default: []].append(id) }
                    let e = Entry(
                        nameSpan: TextSpan(
                            start: d.tokens[r.name.lowerBound].start, end: d.tokens[r.name.upperBound - 1].end),
                        position: d.tokens[r.tokens.lowerBound].start,
                        isOrganisation: r.isOrganisation, roleKeys: roles,
                        gender: r.gender ?? MentionIndex.genderOfNoun(before: r.tokens.lowerBound, in: d),
                        subject: isSubject, honorificNumber: honorific, form: Int32(f), inTitle: headline)
                    append(e)
                }
                i = r.tokens.upperBound
            }
        }
        // A given name used alone ("Bob agreed to talk") tells the gender, unless the article also
        // ends a longer name with it, which makes it a surname ("Elizabeth Warren" … "Warren said").
        for n in entries.indices where entries[n].gender == nil && !entries[n].isOrganisation {
            let f = Int(entries[n].form)
            let end = f + 1 < forms.count ? Int(forms[f + 1].partStart) : partKeys.count
            if end - Int(forms[f].partStart) == 1 {
                entries[n].gender = givenNameGender(CollectionOfOne(partKeys[end - 1]))
            }
        }
    }

    /// Appends `e`, keeping the lookups by role, institution, subject and name up to date. Entries
    /// come in text order (paragraph by paragraph, token by token), so every list is sorted by position.
    private mutating func append(_ e: Entry) {
        let id = entries.count
        entries.append(e)
        let f = Int(e.form)
        let partCount = (f + 1 < forms.count ? Int(forms[f + 1].partStart) : partKeys.count) - Int(forms[f].partStart)
        let first = partKeys[Int(forms[f].partStart)]
        let last = lastKey(ofForm: f)
        var institutionKeys = Set(e.roleKeys)
        if e.isOrganisation { institutionKeys.insert(last) }
        // In the order a scan of the entry's keys would meet them; each entry once per key.
        for key in institutionKeys { institutionHolders[key, default: []].append(id) }
        if !e.isOrganisation {
            for key in Set(e.roleKeys) { roleHolders[key, default: []].append(id) }
        }
        if e.subject { subjects.append(id) }
        if forms[f].firstEntry < 0 { forms[f].firstEntry = Int32(id) }
        forms[f].lastEntry = Int32(id)
        if partCount != 2 {
            let key = FirstAndLast(first: first, last: last)
            let n = Int32(id)
            byFirstAndLast[key] = EntryPair(first: byFirstAndLast[key]?.first ?? n, last: n)
        }
    }

    /// The gender of a one-word name that is a given name and not a surname in this article.
    func givenNameGender<C: Collection>(_ parts: C) -> Lexicon.PronounKind? where C.Element == UInt64 {
        guard parts.count == 1, let w = parts.first else { return nil }
        let female = Lexicon.femaleNames.contains(w)
        let male = Lexicon.maleNames.contains(w)
        guard female != male else { return nil }
        if let head = firstForm(endingIn: w), forms[head].endsLongerName { return nil }
        return female ? .female : .male
    }

    /// The head noun (a role or an institution) of a definite description that ends at token `end`
    /// (exclusive): "the interior minister", "The company that owns the mill".
    static func descriptionHead(before end: Int, in d: Document, lower: Int) -> UInt64? {
        var k = end - 1
        var steps = 0
        while k >= lower, steps < 12, d.tokens[k].kind == .word {
            if Cues.isCueWord(k, in: d) { return nil }
            if d.tokens[k].key == MentionFinder.theKey,
                k == lower || d.tokens[k - 1].kind == .punct || Cues.isCueWord(k - 1, in: d)
            {
                var h = k + 1
                while h < end {
                    let t = d.tokens[h]
                    if !t.capitalized, Lexicon.roleNouns.contains(t.key) || Lexicon.organisationNouns.contains(t.key) {
                        return t.key
                    }
                    h += 1
                }
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// A description like "the opposition leader" or "the authority" as a sentence's subject or a
    /// reporting verb's, read as a mention of the person or institution the article last tied to its head noun.
    func describedEntry(at i: Int, in d: Document, paragraph p: Paragraph, sentenceStarts: [UInt32]) -> Entry? {
        var h = i + 1
        var head: Int? = nil
        while h < min(p.tokens.upperBound, i + 5), d.tokens[h].kind == .word {
            let t = d.tokens[h]
            if t.capitalized && h > i + 1 { return nil }
            if Lexicon.roleNouns.contains(t.key) || Lexicon.organisationNouns.contains(t.key) {
                head = h
                break
            }
            if Cues.isCueWord(h, in: d) || Lexicon.subjectStops.contains(t.key) { return nil }
            h += 1
        }
        guard let head else { return nil }
        let after = head + 1
        // "The opposition leader Yusuf Qaderi": a title before the name, which the name run covers.
        if after < p.tokens.upperBound, d.tokens[after].capitalized, d.tokens[after].kind == .word { return nil }
        // The starts are in text order: a binary search, not a walk through every sentence of the paragraph.
        let low = sentenceStarts.partitioningIndex { Int($0) >= i }
        let atStart = low < sentenceStarts.count && Int(sentenceStarts[low]) == i
        let beforeCue = after < p.tokens.upperBound && Cues.isCueWord(after, in: d)
        guard atStart || beforeCue else { return nil }
        let key = MentionFinder.canonicalRole(d.tokens[head].key)
        let isOrg = Lexicon.organisationNouns.contains(key) && !Lexicon.roleNouns.contains(key)
        let role = MentionFinder.canonicalRole(key)
        // The last entry so far tied to the noun, by the lists kept as entries are added.
        guard let holder = isOrg ? institutionHolders[key]?.last : roleHolders[role]?.last else { return nil }
        var e = entries[holder]
        e.position = d.tokens[i].start
        e.subject = true
        e.isOrganisation = isOrg
        return e
    }

    /// True when entry `e` names a place rather than a person: every part a place word
    /// ("New Hampshire", "Los Angeles"), unless a given name opens it, or initials alone ("D.C.").
    func isPlace(_ e: Entry) -> Bool {
        MentionIndex.isPlace(parts: parts(of: e), tokens: document.tokenRange(e.nameSpan), in: document)
    }

    /// True when a name with these parts, written as `tokens`, names a place (see ``isPlace(_:)``).
    static func isPlace<C: Collection>(parts: C, tokens r: Range<Int>, in d: Document) -> Bool
    where C.Element == UInt64 {
        guard let first = parts.first else { return false }
        if parts.count >= 2, Lexicon.maleNames.contains(first) || Lexicon.femaleNames.contains(first) {
            return false
        }
        if parts.allSatisfy({ Lexicon.placeWords.contains($0) }) { return true }
        return r.allSatisfy { d.tokens[$0].kind != .word || d.tokens[$0].end - d.tokens[$0].start == 1 }
    }

    /// True when `short` names the same person as `long`: the same last part and all of
    /// `short`'s parts within `long` ("Esper" in "Mark T. Esper", "Mark Esper" in "Mark T. Esper").
    static func compatible<A: BidirectionalCollection, B: BidirectionalCollection>(_ short: A, _ long: B) -> Bool
    where A.Element == UInt64, B.Element == UInt64 {
        guard let a = short.last, let b = long.last, a == b, short.count <= long.count else { return false }
        var j = short.startIndex
        for k in long where j != short.endIndex && k == short[j] { j = short.index(after: j) }
        if j == short.endIndex { return true }
        // "Abdul Mahdi" inside "Adel Abdul Mahdi" as a suffix.
        return long.suffix(short.count).elementsEqual(short)
    }

    /// The courtesy title the article gives the person named `parts` ("Mr."), if any.
    func honorific(for parts: [UInt64], gender: Lexicon.PronounKind?) -> String? {
        guard let last = parts.last, let ids = honorificsByLast[last] else { return nil }
        // Ambiguous when the article names two people with this surname ("Jeb Bush", "George W. Bush").
        for f in forms(endingIn: last) where forms[f].people > 0 {
            let form = formParts(f)
            guard form.count >= 2 else { continue }
            if !MentionIndex.compatible(form, parts) && !MentionIndex.compatible(parts, form) {
                return nil
            }
        }
        for id in ids.lazy.map({ Int($0) }) where !entries[id].isOrganisation {
            guard let h = honorific(of: entries[id]), MentionIndex.compatible(self.parts(of: entries[id]), parts) else {
                continue
            }
            if let g = gender, let hg = entries[id].gender, g != hg { continue }
            return h
        }
        return nil
    }

    /// How many times the article names `parts` exactly.
    func count<C: Collection>(_ parts: C) -> Int where C.Element == UInt64 {
        guard let f = formNumber(of: parts) else { return 0 }
        return Int(forms[f].people + forms[f].organisations)
    }

    /// True when the article names someone whose first part is `first` and last part is `last`
    /// outside `span` (before or after it).
    func names(first: UInt64, last: UInt64, outside span: TextSpan) -> Bool {
        var a = Int.max
        var b = -1
        if let pair = byFirstAndLast[FirstAndLast(first: first, last: last)] {
            a = Int(pair.first)
            b = Int(pair.last)
        }
        if let f = formNumber(of: [first, last]), forms[f].firstEntry >= 0 {
            a = min(a, Int(forms[f].firstEntry))
            b = max(b, Int(forms[f].lastEntry))
        }
        guard b >= 0 else { return false }
        // In text order: one outside exists when the first is before the span or the last after it.
        return entries[a].position < span.start || entries[b].position >= span.end
    }

    /// The index into `ids` (entry indices in text order) of the last entry whose position is
    /// before `position` (at or before it when `inclusive`); nil when there is none.
    func lastIndex(in ids: EntryList, before position: Int, inclusive: Bool = false) -> Int? {
        let after = ids.partitioningIndex { id in
            let p = entries[id].position
            return !(p < position || (inclusive && p == position))
        }
        return after > 0 ? after - 1 : nil
    }

    /// The index into `ids` (entry indices in text order) of the first entry at or after `position`.
    func firstIndex(in ids: EntryList, atOrAfter position: Int) -> Int {
        ids.partitioningIndex { entries[$0].position >= position }
    }

    /// The fullest name the article uses for `parts`, preferring the most frequent form.
    func fullest<C: BidirectionalCollection>(_ parts: C, isOrganisation: Bool) -> Entry?
    where C.Element == UInt64 {
        // By distinct name rather than by entry: a surname the article repeats thousands of times
        // has that many entries, and this is asked for every mention of it.
        guard let last = parts.last, let head = firstForm(endingIn: last) else { return nil }
        var best: (id: Int, score: (Int, Int, Int))? = nil
        var f = head
        while f >= 0 {
            let form = forms[f]
            let keys = formParts(f)
            f = Int(form.next)
            let count = Int(isOrganisation ? form.organisations : form.people)
            let first = Int(isOrganisation ? form.firstOrganisation : form.firstPerson)
            guard count > 0, keys.count > parts.count, MentionIndex.compatible(parts, keys)
            else { continue }
            let given = keys.first.map { Lexicon.maleNames.contains($0) || Lexicon.femaleNames.contains($0) } ?? false
            let score = (given ? 1 : 0, count, min(keys.count, 4))
            // The earliest entry of the best-scoring names, as a scan in text order would keep.
            if let b = best, score < b.score || score == b.score && first > b.id { continue }
            best = (first, score)
        }
        return best.map { entries[$0.id] }
    }
}
