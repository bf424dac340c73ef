import HearsayModel
import HearsayText

/// The speakers of one article, and the rules that map a mention to one of them: a full name
/// with titles or an appositive, a surname, a pronoun (by gender, number and salience), a role
/// ("the Iraqi PM", "the spokesman"), an organisation, a group or an anonymous source.
///
/// Quotes and claims resolve through the same book, so `Quote.speaker` and `Claim.claimant`
/// index the same ``speakers`` list.
///
/// ```swift
/// let doc = Document(text: "Ana Ruiz, a planner, spoke. Ruiz said it would rain.")
/// var book = SpeakerBook(document: doc, paragraphs: Segmenter.segment(doc))
/// let i = book.resolve(TextSpan(start: 28, end: 32), in: doc, at: 28)  // "Ruiz" -> "Ana Ruiz"
/// ```
public struct SpeakerBook: Sendable {
    /// The speakers found so far; indices into this list are stable.
    public private(set) var speakers: [Speaker] = []
    var parts: [[UInt64]] = []
    var genders: [Lexicon.PronounKind?] = []
    var roleKeys: [Set<UInt64>] = []
    var lastUse: [Int] = []
    let index: MentionIndex
    /// The person most recently quoted or cited, and where.
    var lastPerson: (index: Int, position: Int)? = nil
    /// The group or organisation most recently quoted or cited.
    var lastCollective: (index: Int, position: Int)? = nil
    /// Every citation in text order, for a stage that reads the article after another has.
    var citations = CitationHistory()

    /// The content sentences, in text order, for finding who issued "the statement".
    let sentences: ContentSentences
    /// The speaker of the latest resolution asked for inside each content sentence, by the
    /// sentence's index in ``sentences``.
    var resolvedInSentence: [Int: Int] = [:]
    /// Takes the article's quotations (sorted by start): a name inside one is not what a later
    /// pronoun means. They are not kept: only the antecedents they leave.
    mutating func noteQuotations(_ quoted: QuotedSpans) {
        antecedents = PronounAntecedents(index: index, traits: traits, quoted: quoted)
    }
    /// What each index entry can stand for as a pronoun's antecedent, fixed by the article.
    private(set) var traits: [PronounAntecedents.Traits]
    /// The entries a pronoun can refer back to, by kind, outside the quotations.
    var antecedents: PronounAntecedents
    /// Speakers with a name, by the key of its last part, in index order.
    var speakersByLast: [UInt64: [Int]] = [:]
    /// Every speaker by name and kind, in index order.
    var speakersByName: [SpeakerName: [Int]] = [:]
    /// Speakers by the role keys the article gave them, in index order.
    var speakersByRole: [UInt64: [Int]] = [:]

    /// A speaker's name and kind, the identity ``add(_:at:)`` goes by.
    struct SpeakerName: Hashable, Sendable {
        var name: String
        var kind: SpeakerKind
    }
    /// Every word the article writes in lower case: a capitalised one of these opening a sentence
    /// ("Delegates voted") is a common noun, not a surname.
    let lowerCaseWords: KeySet

    /// Creates an empty book for `document`, indexing every name it mentions.
    public init(document: Document, paragraphs: Paragraphs) {
        index = MentionIndex(document: document, paragraphs: paragraphs)
        sentences = ContentSentences(paragraphs)
        // Gathered as a set, not a list of every such word first: 10 MB of one lower-case word
        // would list millions of copies of one key (issue 13: memory).
        var lower = KeySet()
        for t in document.tokens where t.kind == .word && !t.capitalized { lower.insert(t.key) }
        lowerCaseWords = lower
        traits = []
        antecedents = PronounAntecedents()
        // Each entry's standing as an antecedent is judged once, not at every pronoun after it.
        // The book as it stands, taken once: inside `init` the closure would otherwise copy the
        // whole book out of `self` at each call (a fifteenth of building the book).
        let book = self
        traits = book.index.entries.map { e in
            PronounAntecedents.Traits(
                // "Ms. Moss's chief of staff said …", "Moss's answer was brief": a possessive owner
                // opening the sentence, a person by its name, is who the sentence is about.
                subjectPerson: !e.isOrganisation
                    && (e.subject && book.antecedentLike(e, in: book.index.document)
                        || !e.subject && (e.gender != nil || book.personLike(e))
                            && book.possessiveOpener(e, in: book.index.document)),
                namedPerson: !e.isOrganisation && book.personLike(e))
        }
        antecedents = PronounAntecedents(index: index, traits: traits, quoted: QuotedSpans([]))
    }

    /// Records that speaker `i` was just cited at `position`, making it the likeliest referent
    /// of a following "he", "she" or "they".
    public mutating func noteCited(_ i: Int, at position: Int) {
        guard speakers.indices.contains(i) else { return }
        lastUse[i] = position
        switch speakers[i].kind {
        case .person:
            lastPerson = (i, position)
            citations.record(i, collective: false, at: position)
        case .organisation, .group, .place:
            lastCollective = (i, position)
            citations.record(i, collective: true, at: position)
        case .unknown: break
        }
    }

    /// Resolves the noun phrase `mention` (as found by ``SpeakerPhrase``) at text offset
    /// `position` to an index into ``speakers``, adding a speaker when the phrase names someone
    /// new; nil when the phrase does not say who (an unresolvable pronoun, "I").
    public mutating func resolve(_ mention: TextSpan, in d: Document, at position: Int) -> Int? {
        let i = resolveMention(mention, in: d, at: position)
        if let i, let s = sentenceIndex(containing: position) { resolvedInSentence[s] = i }
        return i
    }

    /// The index in ``sentences`` of the sentence holding `offset`, if any (they do not overlap).
    func sentenceIndex(containing offset: Int) -> Int? {
        let after = sentences.count(startingAtOrBefore: offset)
        guard after > 0, offset < sentences[after - 1].end else { return nil }
        return after - 1
    }

    mutating func resolveMention(_ mention: TextSpan, in d: Document, at position: Int) -> Int? {
        let r = d.tokenRange(mention)
        guard !r.isEmpty else { return nil }
        let toks = d.tokens
        if r.count == 1, toks[r.lowerBound].kind == .word, let p = Lexicon.pronouns[toks[r.lowerBound].key] {
            // "She addressed the voters, saying “…”": what "she" means is settled where she is
            // named, before the names of her own clause.
            return pronoun(p, at: min(position, mention.start))
        }
        if let run = appositiveHost(of: r, in: d) { return register(run, d, position) }
        if let run = placeAppositiveHost(of: r, in: d) { return register(run, d, position) }
        // Stop the phrase at a clause word or a preposition that starts a modifier ("of", "from").
        var headEnd = r.upperBound
        var source: Range<Int>? = nil
        for k in r where toks[k].kind == .word && !toks[k].capitalized {
            if Lexicon.documentNouns.contains(toks[k].key) {
                // "the letter from Seely", "a banner held by protesters": the writer speaks.
                if let f = r[(k + 1)...].firstIndex(where: {
                    toks[$0].key == Self.fromKey || toks[$0].key == Self.byKey
                }),
                    f + 1 < r.upperBound
                {
                    source = (f + 1)..<r.upperBound
                }
                break
            }
        }
        if let source, let i = resolveNP(source, d, position) { return i }
        // The head ends at the first clause word or preposition outside a name ("a spokesman for …").
        for k in r where toks[k].kind == .word && !toks[k].capitalized && Self.headStops.contains(toks[k].key) {
            let inName =
                k > r.lowerBound && k + 1 < r.upperBound && toks[k - 1].capitalized && toks[k + 1].capitalized
                && (Lexicon.orgHeads.contains(toks[k - 1].key) || Lexicon.titles.contains(toks[k - 1].key))
            if inName { continue }
            headEnd = k
            break
        }
        if headEnd < r.upperBound, headEnd > r.lowerBound {
            let pre = r.lowerBound..<headEnd
            let preHasNoun = pre.contains { k in
                let t = toks[k]
                return t.capitalized || Lexicon.roleNouns.contains(t.key) || Lexicon.groupNouns.contains(t.key)
                    || Lexicon.documentNouns.contains(t.key) || Lexicon.pronouns[t.key] != nil
            }
            // "starting with President X": nothing nameable before the preposition, so the name after it speaks.
            if !preHasNoun { return resolveNP((headEnd + 1)..<r.upperBound, d, position) }
        }
        return resolveNP(r.lowerBound..<max(r.lowerBound + 1, headEnd), d, position, whole: r)
    }

    /// The person a description stands in apposition to: "Ada Pell, the party's treasurer, said" and
    /// "said Ada Pell, the party's treasurer," name Ada Pell. Only when the name opens its clause
    /// (after a sentence start, a quotation or a reporting verb), so "After meeting Ada Pell, the
    /// senator said" keeps the senator.
    func appositiveHost(of r: Range<Int>, in d: Document) -> NameRun? {
        let toks = d.tokens
        var a = r.lowerBound
        // "Ada Pell, an education professor at Dell, said" handed over without its article; the host
        // must then be a full name ("Overall, the fund predicted" is no host and its description).
        var articleDropped = false
        if a >= 3, toks[a].kind == .word, toks[a - 1].kind == .word, !toks[a - 1].capitalized,
            Self.articles.contains(toks[a - 1].key), toks[a - 2].mark == ","
        {
            a -= 1
            articleDropped = true
        }
        guard toks[a].kind == .word, a >= 2, toks[a - 1].mark == ",", toks[a - 2].kind == .word, toks[a - 2].capitalized
        else { return nil }
        // "the treasurer", "his aide", "Pell's deputy", "Sanders' campaign manager".
        let f = d.folded
        let t = toks[a]
        // "Pell's deputy", "President Obama's former chief of staff": a capitalised owner ending in "'s".
        var possessive = false
        var k = a
        while k < min(r.upperBound, a + 5), toks[k].capitalized || MentionFinder.isAbbreviationDot(d, k) {
            let w = toks[k]
            if w.kind == .word, w.end - w.start > 2, f[w.end - 2] == "'", f[w.end - 1] == "s" {
                possessive = true
                break
            }
            if w.kind == .word, k + 1 < r.upperBound, toks[k + 1].mark == "'", toks[k + 1].start == w.end,
                f[w.end - 1] == "s"
            {
                possessive = true
                break
            }
            k += 1
        }
        // "Ada Pell, Republican of Ohio, said": a party and the state a lawmaker represents.
        let party = Self.partyWords.contains(t.key) && a + 1 < r.upperBound && toks[a + 1].key == MentionFinder.ofKey
        // "Ada Pell, president of the teachers' union, said": a bare role noun opening the description.
        let bareRole = !t.capitalized && (Lexicon.roleNouns.contains(t.key) || Lexicon.titles.contains(t.key))
        // "Ada Pell, an education professor at Dell who …, said": an article opening a description
        // that holds a role.
        let article = Self.articles.contains(t.key)
        guard
            t.key == Self.theKey || Self.possessiveDeterminers.contains(t.key) || possessive || party || bareRole
                || article
        else {
            return nil
        }
        // The description must end in a role ("… campaign manager"), not be a name of its own.
        guard
            r.contains(where: { !toks[$0].capitalized && Lexicon.roleNouns.contains(toks[$0].key) })
                || t.key == Self.theKey || party
        else { return nil }
        guard let run = MentionFinder.run(around: a - 2, in: d, limit: max(0, a - 10)..<(a - 1)),
            run.tokens.upperBound == a - 1, !run.isOrganisation, !run.parts.isEmpty,
            !articleDropped || run.parts.count >= 2
        else { return nil }
        let before = run.tokens.lowerBound - 1
        guard before < 0 || toks[before].kind == .punct || Cues.isCueWord(before, in: d) else { return nil }
        if before >= 0, toks[before].mark == ",", !frontedPhrase(endingAt: before, in: d) {
            // "…, Ada Pell, the treasurer, said": a name between commas is itself an aside.
            return nil
        }
        return run
    }

    /// True when the comma at token `comma` closes a phrase fronted before its sentence's subject
    /// ("Just last week,", "On Monday,"): from the sentence start to the comma no other comma, no
    /// reporting verb and no capitalised word after the first but a weekday or a month, so the
    /// name after the comma opens the main clause ("Just last week, Ada Pell, editor of the
    /// Ledger, wrote").
    func frontedPhrase(endingAt comma: Int, in d: Document) -> Bool {
        let toks = d.tokens
        guard let sentence = sentences.lastStarting(atOrBefore: toks[comma].start) else { return false }
        let start = d.tokenIndex(atOrAfter: sentence.start)
        guard start < comma, comma - start <= 6 else { return false }
        for k in start..<comma {
            let t = toks[k]
            if t.kind == .punct { return false }
            if Cues.isCueWord(k, in: d) { return false }
            if k > start, t.capitalized, !Self.calendarWords.contains(t.key) { return false }
        }
        return true
    }

    /// The person a place stands in apposition to right before a reporting verb: "Ada Pell, who
    /// farms outside Tulsa, Oklahoma, said" and "Ada Pell of Dayton, Ohio, said" name Ada Pell: the
    /// first person of the sentence followed by a comma or "of", with no reporting verb in between.
    func placeAppositiveHost(of r: Range<Int>, in d: Document) -> NameRun? {
        let toks = d.tokens
        let a = r.lowerBound
        guard a >= 1, toks[a - 1].mark == ",", toks[a].capitalized,
            let place = MentionFinder.run(around: a, in: d, limit: r), place.tokens.lowerBound == a,
            !place.isOrganisation, MentionIndex.isPlace(parts: place.parts, tokens: place.name, in: d),
            let sentence = sentences.lastStarting(atOrBefore: toks[a].start)
        else { return nil }
        let start = d.tokenIndex(atOrAfter: sentence.start)
        var k = start
        while k < a - 1 {
            if Cues.isCueWord(k, in: d) { return nil }
            guard toks[k].capitalized, let run = MentionFinder.run(around: k, in: d, limit: k..<(a - 1)) else {
                k += 1
                continue
            }
            let next = run.tokens.upperBound
            if !run.isOrganisation, !run.parts.isEmpty,
                !MentionIndex.isPlace(parts: run.parts, tokens: run.name, in: d), next < a,
                toks[next].mark == "," || toks[next].key == MentionFinder.ofKey
            {
                return run
            }
            k = max(k + 1, run.tokens.upperBound)
        }
        return nil
    }

    static let possessiveDeterminers = Lexicon.keys(Lexicons.possessiveDeterminers)
    static let articles = Lexicon.keys(Lexicons.articles)
    static let partyWords = Lexicon.keys(Lexicons.partyWords)
    static let fromKey = Normalizer.key("from")
    static let byKey = Normalizer.key("by")
    static let headStops = Lexicon.keys(Lexicons.roleHeadStops)
    static let theKey = Normalizer.key("the")
    static let calendarWords = Lexicon.keys(Lexicons.weekdays + Lexicons.monthNames)
    static let indefinite = Lexicon.keys(Lexicons.indefiniteDeterminers)

    mutating func resolveNP(_ r: Range<Int>, _ d: Document, _ position: Int, whole: Range<Int>? = nil) -> Int? {
        let toks = d.tokens
        // The name run nearest the head (the last one in the phrase).
        var runs: [NameRun] = []
        var k = r.lowerBound
        while k < r.upperBound {
            if toks[k].capitalized, let run = MentionFinder.run(around: k, in: d, limit: k..<r.upperBound) {
                runs.append(run)
                k = run.tokens.upperBound
            } else {
                k += 1
            }
        }
        // A possessive run followed by a role ("Abdul Mahdi's spokesman") is not the speaker.
        let named = runs.filter { run in
            !(run.parts.isEmpty)
                && !(d.folded[d.tokens[run.tokens.upperBound - 1].end - 1] == "s"
                    && d.folded[max(0, d.tokens[run.tokens.upperBound - 1].end - 2)] == "'"
                    && run.tokens.upperBound < r.upperBound && !run.isOrganisation)
        }
        // "Dock workers", "Pentagon spokesman": a capitalised modifier before a lower-case head noun.
        let lastWord = r.last(where: { toks[$0].kind == .word })
        let headIsNoun =
            lastWord.map { k in
                !toks[k].capitalized
                    && (Lexicon.groupNouns.contains(toks[k].key) || Lexicon.roleNouns.contains(toks[k].key))
                    && !runs.contains(where: { $0.tokens.contains(k) })
            } ?? false
        if !headIsNoun, !openingGroup(r, d),
            let run = named.last(where: { !$0.isOrganisation }) ?? named.last
        {
            return register(run, d, position)
        }
        // A role, a group or an anonymous source.
        let words = r.filter { toks[$0].kind == .word }
        guard let last = words.last else { return nil }
        let head = toks[last]
        var firstKey = toks[r.lowerBound].key
        // A phrase read without its article ("authority" of "The authority said") is still definite.
        if r.lowerBound > 0, toks[r.lowerBound - 1].key == Self.theKey,
            toks[r.lowerBound - 1].end < toks[r.lowerBound].start
        {
            firstKey = Self.theKey
        }
        // "the former governor and current party nominee said": the second of two roles under one
        // article is as definite as the first.
        if firstKey != Self.theKey, coordinatedUnderThe(r.lowerBound, d) { firstKey = Self.theKey }
        let display = d.text(
            tokens: (whole ?? r).lowerBound..<min((whole ?? r).upperBound, (whole ?? r).lowerBound + 10))
        if Lexicon.groupNouns.contains(head.key)
            || (d.folded[head.end - 1] == "s" && !Self.indefinite.contains(firstKey) && words.count > 1
                && Lexicon.roleNouns.contains(Normalizer.key(d.folded[head.start..<(head.end - 1)])))
        {
            return add(Speaker(name: display, kind: .group), parts: [], position: position)
        }
        if Lexicon.roleNouns.contains(head.key) || runs.contains(where: { $0.parts.isEmpty }) {
            let roleKey = MentionFinder.canonicalRole(head.key)
            if firstKey == Self.theKey, let i = byRole(roleKey, position: position) { return i }
            if let run = runs.first(where: { $0.parts.isEmpty }), let rk = run.roleKeys.last, firstKey == Self.theKey,
                let i = byRole(rk, position: position)
            {
                return i
            }
            return add(Speaker(name: display, kind: .unknown), parts: [], position: position)
        }
        if Lexicon.organisationNouns.contains(head.key) && !head.capitalized {
            if firstKey == Self.theKey, let i = byInstitution(head.key, position: position) { return i }
            // "the company", "the ministry": an institution the article does not name here.
            return add(Speaker(name: display, kind: .organisation), parts: [], position: position)
        }
        if Lexicon.documentNouns.contains(head.key), firstKey == Self.theKey, words.count <= 2 {
            return byDocument(head.key, before: last, in: d)
        }
        return nil
    }

    /// True when `r` is one group noun capitalised only because it opens its sentence ("Officials said",
    /// "Sources told"): an anonymous group, not a person named "Officials".
    func openingGroup(_ r: Range<Int>, _ d: Document) -> Bool {
        let toks = d.tokens
        let words = r.filter { toks[$0].kind == .word }
        guard words.count == 1, let k = words.first, toks[k].capitalized, Lexicon.groupNouns.contains(toks[k].key)
        else { return false }
        guard let sentence = sentences.lastStarting(atOrBefore: toks[k].start) else { return false }
        var a = d.tokenIndex(atOrAfter: sentence.start)
        while a < k, toks[a].kind != .word { a += 1 }
        return a == k
    }

    /// True when token `start` follows "and" that joins it to a description opened by "the", with
    /// only lower-case words between ("the former governor and current …").
    func coordinatedUnderThe(_ start: Int, _ d: Document) -> Bool {
        let toks = d.tokens
        guard start >= 3, toks[start - 1].kind == .word, toks[start - 1].key == Self.andKey else { return false }
        var k = start - 2
        while k >= 0, k >= start - 8, toks[k].kind == .word, !toks[k].capitalized {
            if toks[k].key == Self.theKey { return k < start - 2 }
            k -= 1
        }
        if k >= 0, toks[k].kind == .word, toks[k].capitalized, toks[k].key == Self.theKey { return k < start - 2 }
        return false
    }

    static let andKey = Normalizer.key("and")

    /// Who issued the document the article just mentioned: "In a statement, the authority said … .
    /// “…,” the statement said." The speaker resolved in the sentence of the noun's previous use.
    mutating func byDocument(_ key: UInt64, before token: Int, in d: Document) -> Int? {
        var k = token - 1
        let stop = max(0, token - 400)
        while k >= stop, d.tokens[k].key != key { k -= 1 }
        guard k >= stop else { return nil }
        let at = d.tokens[k].start
        guard let s = sentenceIndex(containing: at) else { return nil }
        let sentence = sentences[s]
        if let speaker = resolvedInSentence[s] { return speaker }
        // "Calder Coatings issued a statement": the sentence's named subject.
        let subjects = index.subjects
        let first = index.firstIndex(in: subjects, atOrAfter: sentence.start)
        guard first < subjects.count, index.entries[subjects[first]].position < at else { return nil }
        let e = index.entries[subjects[first]]
        return register(
            parts: Array(index.parts(of: e)),
            display: index.display(e), isOrganisation: e.isOrganisation, roles: e.roleKeys,
            gender: e.gender, position: at)
    }

    /// The institution the article last tied to the noun `key` before `position`: by the head of its
    /// name ("the authority" for "the Northern Rivers Authority") or by apposition ("The company that
    /// owns the mill, Vell Paints,").
    mutating func byInstitution(_ noun: UInt64, position: Int) -> Int? {
        let key = MentionFinder.canonicalRole(noun)
        guard let ids = index.institutionHolders[key], let n = index.lastIndex(in: ids, before: position, inclusive: true)
        else { return nil }
        let e = index.entries[ids[n]]
        return register(
            parts: Array(index.parts(of: e)),
            display: index.display(e), isOrganisation: true, roles: [], gender: nil, position: position)
    }

    /// The person the article gave `role` most recently before `position`.
    mutating func byRole(_ role: UInt64, position: Int) -> Int? {
        var best: Int? = nil
        var bestPos = -1
        for i in speakersByRole[role] ?? [] where speakers[i].kind == .person {
            if lastUse[i] > bestPos {
                best = i
                bestPos = lastUse[i]
            }
        }
        if let best { return best }
        // The last holder at or before the position, else the first after it.
        guard let ids = index.roleHolders[role], let firstId = ids.first else { return nil }
        let e = index.entries[index.lastIndex(in: ids, before: position, inclusive: true).map { ids[$0] } ?? firstId]
        return register(
            parts: Array(index.parts(of: e)),
            display: index.display(e), isOrganisation: false, roles: e.roleKeys, gender: e.gender,
            position: position)
    }

    /// Registers `speaker`, named at `position`, and returns its index; a speaker of the same
    /// name and kind already in the book is returned instead. For a stage that names speakers
    /// itself (an attributor of another kind) rather than through ``resolve(_:in:at:)``.
    public mutating func add(_ speaker: Speaker, at position: Int) -> Int {
        add(speaker, parts: [], position: position)
    }

    mutating func add(_ s: Speaker, parts p: [UInt64], position: Int) -> Int {
        if p.isEmpty, let i = speakersByName[SpeakerName(name: s.name, kind: s.kind)]?.first { return i }
        return append(s, parts: p, gender: nil, roles: [], position: position)
    }

    /// Appends a new speaker and its bookkeeping; returns its index.
    private mutating func append(
        _ s: Speaker, parts p: [UInt64], gender: Lexicon.PronounKind?, roles: [UInt64], position: Int
    ) -> Int {
        let i = speakers.count
        speakers.append(s)
        parts.append(p)
        genders.append(gender)
        roleKeys.append([])
        lastUse.append(position)
        speakersByName[SpeakerName(name: s.name, kind: s.kind), default: []].append(i)
        if let last = p.last { speakersByLast[last, default: []].append(i) }
        addRoles(roles, to: i)
        return i
    }

    /// Gives speaker `i` the role keys `roles`, keeping ``speakersByRole`` in index order.
    private mutating func addRoles(_ roles: [UInt64], to i: Int) {
        for role in roles where roleKeys[i].insert(role).inserted {
            var list = speakersByRole[role, default: []]
            list.insert(i, at: list.partitioningIndex(where: { $0 > i }))
            speakersByRole[role] = list
        }
    }

    /// Renames speaker `i`, keeping ``speakersByName`` in index order.
    private mutating func rename(_ i: Int, to name: String) {
        let old = SpeakerName(name: speakers[i].name, kind: speakers[i].kind)
        speakersByName[old]?.removeAll { $0 == i }
        if speakersByName[old]?.isEmpty == true { speakersByName[old] = nil }
        speakers[i].name = name
        var list = speakersByName[SpeakerName(name: name, kind: speakers[i].kind), default: []]
        list.insert(i, at: list.partitioningIndex(where: { $0 > i }))
        speakersByName[SpeakerName(name: name, kind: speakers[i].kind)] = list
    }

    mutating func register(_ run: NameRun, _ d: Document, _ position: Int) -> Int {
        register(
            parts: run.parts, display: d.text(tokens: run.name), isOrganisation: run.isOrganisation,
            roles: run.roleKeys, gender: run.gender, position: position,
            roleText: run.name.lowerBound > run.tokens.lowerBound
                ? d.text(tokens: run.tokens.lowerBound..<run.name.lowerBound) : nil)
    }

    mutating func register(
        parts p: [UInt64], display: String, isOrganisation: Bool, roles: [UInt64], gender: Lexicon.PronounKind?,
        position: Int, roleText: String? = nil
    ) -> Int {
        var name = display
        var keys = p
        var g = gender
        if g == nil, !isOrganisation { g = index.givenNameGender(p) }
        // Widen a surname or short form to the fullest form the article uses.
        if let e = index.fullest(p, isOrganisation: isOrganisation), index.parts(of: e).count > p.count {
            name = index.display(e)
            keys = Array(index.parts(of: e))
            if g == nil { g = e.gender }
        } else if !isOrganisation, p.count >= 2, let first = p.first, let last = p.last,
            !Lexicon.maleNames.contains(first) && !Lexicon.femaleNames.contains(first),
            describes(first),
            let e = index.fullest([last], isOrganisation: false), case let ep = index.parts(of: e),
            !ep.elementsEqual(p), index.count(ep) >= index.count(p), let ef = ep.first,
            Lexicon.maleNames.contains(ef) || Lexicon.femaleNames.contains(ef) || index.count(ep) > index.count(p)
        {
            // "Donor Adelson" where the article elsewhere says "Sheldon Adelson": the first word was not a given name.
            name = index.display(e)
            keys = Array(index.parts(of: e))
            if g == nil { g = e.gender }
        }
        if name.hasSuffix("'s") || name.hasSuffix("’s") { name = String(name.dropLast(2)) }
        // An existing speaker with the same or a compatible name.
        // Compatible names share their last part, so only the speakers with that last part are asked.
        var found: Int? = nil
        for i in keys.last.flatMap({ speakersByLast[$0] }) ?? [] {
            let sp = parts[i]
            if sp == keys || MentionIndex.compatible(keys, sp) || MentionIndex.compatible(sp, keys) {
                if let f = found, lastUse[i] <= lastUse[f] { continue }
                found = i
            }
        }
        if let i = found {
            if keys.count > parts[i].count {
                speakers[i].aliases.append(speakers[i].name)
                rename(i, to: name)
                parts[i] = keys
            } else if name != speakers[i].name, !speakers[i].aliases.contains(name) {
                speakers[i].aliases.append(name)
            }
            if genders[i] == nil { genders[i] = g }
            addRoles(roles, to: i)
            if let roleText, !speakers[i].roles.contains(roleText) { speakers[i].roles.append(roleText) }
            lastUse[i] = max(lastUse[i], position)
            return i
        }
        // Name a person as the article does: "Mr. Obama", "Ms. Ana Ruiz" where it uses a courtesy title.
        if !isOrganisation, let h = index.honorific(for: keys, gender: g) {
            let plain = name
            name = h + " " + name
            var s = Speaker(name: name, kind: .person, aliases: [plain])
            if let roleText { s.roles.append(roleText) }
            let hk = Normalizer.key(h.filter { $0 != "." })
            let gender =
                g
                ?? (MentionFinder.femaleTitles.contains(hk)
                    ? .female : MentionFinder.maleTitles.contains(hk) ? .male : nil)
            return append(s, parts: keys, gender: gender, roles: roles, position: position)
        }
        var s = Speaker(name: name, kind: isOrganisation ? .organisation : .person)
        if let roleText { s.roles.append(roleText) }
        if name != display { s.aliases.append(display) }
        return append(s, parts: keys, gender: g, roles: roles, position: position)
    }

    /// True when the capitalised first word of a two-word name is a description rather than a
    /// given name the word lists lack: a role or group noun, or a word the article also writes in
    /// lower case ("Donor Adelson"). "Tarek Orsk" stays apart from "Nadia Orsk".
    func describes(_ first: UInt64) -> Bool {
        lowerCaseWords.contains(first) || Lexicon.roleNouns.contains(first) || Lexicon.groupNouns.contains(first)
            || Lexicon.titles.contains(first)
    }

    /// The gender a speaker already in the book has for the person of entry `e`, if any.
    func genderOf(_ e: MentionIndex.Entry) -> Lexicon.PronounKind? {
        let ep = index.parts(of: e)
        guard let last = ep.last else { return nil }
        for i in speakersByLast[last] ?? [] where parts[i].elementsEqual(ep) || MentionIndex.compatible(ep, parts[i]) {
            if let g = genders[i] { return g }
        }
        return nil
    }

    /// True when an index entry looks like a person: two names or more, a known gender, or a
    /// surname the article gives in full elsewhere.
    func personLike(_ e: MentionIndex.Entry) -> Bool {
        if e.inTitle || index.isPlace(e) || townBeforeState(e, in: index.document) { return false }
        if e.gender != nil { return true }
        let ep = index.parts(of: e)
        if ep.count >= 2, e.hasHonorific || !e.roleKeys.isEmpty || !wordsOfNoPerson(e) { return true }
        if let f = index.fullest(ep, isOrganisation: false), index.parts(of: f).count > max(1, ep.count) { return true }
        return false
    }

    /// True when a name of several parts is shaped like no person's, with no given name to say
    /// otherwise: one hyphenated word ("Clarion-Ledger", "AFL-CIO"), initials alone ("D.C."), or
    /// an acronym after a word in lower case ("Ohio DFER"), or a word the article also writes in
    /// lower case at its end ("Human Rights Watch").
    func wordsOfNoPerson(_ e: MentionIndex.Entry) -> Bool {
        let d = index.document
        guard let first = index.parts(of: e).first, !Lexicon.maleNames.contains(first),
            !Lexicon.femaleNames.contains(first)
        else { return false }
        let words = d.tokenRange(e.nameSpan).filter { d.tokens[$0].kind == .word }
        guard let lastWord = words.last else { return true }
        if words.count == 1 { return true }
        if words.allSatisfy({ d.tokens[$0].end - d.tokens[$0].start == 1 }) { return true }
        // "Ohio DFER": an acronym after a word in lower case is an organisation's name.
        let last = d.tokens[lastWord]
        if last.allCaps, last.end - last.start >= 2, words.contains(where: { !d.tokens[$0].allCaps }) { return true }
        return lowerCaseWords.contains(last.key)
    }

    /// True when entry `e` is a town followed by its state or country ("Fort Melville, Oregon",
    /// "Dayton, Ohio", "Tull, Ind."): a place, whatever its shape, unless a given name opens it.
    func townBeforeState(_ e: MentionIndex.Entry, in d: Document) -> Bool {
        guard !e.hasHonorific, e.roleKeys.isEmpty, let first = index.parts(of: e).first,
            !Lexicon.maleNames.contains(first), !Lexicon.femaleNames.contains(first)
        else { return false }
        let k = d.tokenRange(e.nameSpan).upperBound
        guard k + 1 < d.tokens.count, d.tokens[k].mark == ",", d.tokens[k + 1].capitalized else { return false }
        if Lexicon.stateAbbreviations.contains(d.tokens[k + 1].key) { return true }
        guard let state = MentionFinder.run(around: k + 1, in: d, limit: (k + 1)..<min(d.tokens.count, k + 5)),
            state.tokens.lowerBound == k + 1, !state.parts.isEmpty,
            state.parts.allSatisfy({ Lexicon.placeWords.contains($0) })
        else { return false }
        // "Ann Lee, Ohio's governor": a possessive place opens a description of the person.
        let last = d.tokens[state.tokens.upperBound - 1]
        return !(last.end - last.start > 2 && d.folded[last.end - 2] == "'")
    }

    /// True when an index entry can be what a following "he" or "she" means: a person-like name,
    /// or a one-word surname as its sentence's subject, right before its verb ("Moss criticised
    /// the plan. … he said"): a word the article never writes in lower case (not "Delegates"),
    /// and no participle or adverb opening a sentence ("Chastened", "Alternatively").
    func antecedentLike(_ e: MentionIndex.Entry, in d: Document) -> Bool {
        if personLike(e) { return true }
        let ep = index.parts(of: e)
        guard e.subject, ep.count == 1, let key = ep.first, !e.inTitle, !index.isPlace(e),
            !lowerCaseWords.contains(key)
        else { return false }
        let r = d.tokenRange(e.nameSpan)
        guard r.count == 1, r.upperBound < d.tokens.count else { return false }
        let name = d.tokens[r.lowerBound]
        let f = d.folded
        let n = name.end - name.start
        // "Critics", "Millennials", "Germans": a plural noun, not a surname.
        guard n > 2, f[name.end - 1] != "s" else { return false }
        let suffixed =
            f[name.end - 2] == "e" && f[name.end - 1] == "d" || f[name.end - 2] == "l" && f[name.end - 1] == "y"
            || n > 4 && f[name.end - 3] == "i" && f[name.end - 2] == "n" && f[name.end - 1] == "g"
        guard !suffixed else { return false }
        // Its verb follows, in the past or a reporting verb, perhaps after an adverb ("Moss
        // criticised", "Ito openly admitted"), not a noun ("Such concerns") or a function word.
        var k = r.upperBound
        if k + 1 < d.tokens.count, SpeakerPhrase.isAdverb(k, d) { k += 1 }
        let next = d.tokens[k]
        if next.mark == "," || next.mark == "—" || next.mark == "–" || next.mark == "(", k + 1 < d.tokens.count,
            Self.relativeWho.contains(d.tokens[k + 1].key)
        {
            // "Rihanna, who was honoured that night, spoke about …": a relative clause about a person.
            return true
        }
        if next.mark == ",", describedAsPerson(after: k, in: d) {
            // "Murphy, a Jupiter Democrat who …, has made …": an appositive that calls the name a person.
            return true
        }
        if next.mark == ",", k + 3 < d.tokens.count, d.tokens[k + 1].kind == .word, !d.tokens[k + 1].capitalized,
            d.tokens[k + 2].mark == ",", d.tokens[k + 3].kind == .word, !d.tokens[k + 3].capitalized,
            SpeakerPhrase.isPastVerb(k + 3, d) || Cues.isCueWord(k + 3, in: d)
                || Attribution.clauseVerbs.contains(d.tokens[k + 3].key)
        {
            // "Moss, however, could not have been more pleased": an adverb set off by commas.
            return true
        }
        // "Moss may represent the richest state", "Moss is the catcher": an auxiliary or modal.
        return next.kind == .word && !next.capitalized
            && (SpeakerPhrase.isPastVerb(k, d) || Cues.isCueWord(k, in: d) || Attribution.clauseVerbs.contains(next.key))
    }

    static let relativeWho = Lexicon.keys(Lexicons.relativePronouns)
    static let indefiniteArticles = Lexicon.keys(Lexicons.indefiniteDeterminers)

    /// True when the comma at token `comma` opens an appositive that says its name is a person: an
    /// indefinite article and, before the next punctuation or clause word, a role, a party member
    /// or a noun for a man or a woman ("Moss, a Dover Democrat who …", "Ito, a retired nurse, …").
    func describedAsPerson(after comma: Int, in d: Document) -> Bool {
        let toks = d.tokens
        guard comma + 2 < toks.count, toks[comma + 1].kind == .word, !toks[comma + 1].capitalized,
            Self.indefiniteArticles.contains(toks[comma + 1].key)
        else { return false }
        var k = comma + 2
        while k < min(toks.count, comma + 8), toks[k].kind == .word, !Self.relativeWho.contains(toks[k].key) {
            let key = toks[k].key
            if Lexicon.roleNouns.contains(key) || Self.partyWords.contains(key)
                || MentionIndex.malePersonNouns.contains(key) || MentionIndex.femalePersonNouns.contains(key)
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// True when entry `e` is a possessive name opening its sentence ("Ms. Moss's chief of staff
    /// said …", "Lee's campaign announced …"): not the subject, but the person the sentence is about.
    func possessiveOpener(_ e: MentionIndex.Entry, in d: Document) -> Bool {
        guard !e.isOrganisation, !e.inTitle, let sentence = sentences.lastStarting(atOrBefore: e.position),
            sentence.start == e.position || d.tokenIndex(atOrAfter: sentence.start) == d.tokenIndex(atOrAfter: e.position)
        else { return false }
        let r = d.tokenRange(e.nameSpan)
        guard let last = r.last else { return false }
        let t = d.tokens[last]
        let f = d.folded
        if d.endsInPossessive(t) { return true }
        // "Sanders' campaign": the apostrophe as a token of its own.
        return r.upperBound < d.tokens.count && d.tokens[r.upperBound].mark == "'" && d.tokens[r.upperBound].start == t.end
            && f[t.end - 1] == "s"
    }

    static let subordinators = Lexicon.keys(Lexicons.subordinatingConjunctions)

    /// True when entry `e` is the subject of a subordinate clause: its name (with any title)
    /// comes right after "when", "as", "after" and the like ("… when Lee asked").
    func subordinate(_ e: MentionIndex.Entry) -> Bool {
        let d = index.document
        let k = d.tokenIndex(atOrAfter: e.position) - 1
        return k >= 0 && d.tokens[k].kind == .word && !d.tokens[k].capitalized
            && Self.subordinators.contains(d.tokens[k].key)
    }

    /// The subject entry of the main clause of `e`'s sentence, of a gender that fits `kind`: the
    /// nearest one of `subjects` at or before list position `n` in the same sentence that is not
    /// itself in a subordinate clause ("Moss did not sound sure when Lee asked" gives Moss).
    func mainSubject(before n: Int, of e: MentionIndex.Entry, among subjects: EntryList, kind: Lexicon.PronounKind)
        -> MentionIndex.Entry?
    {
        guard let sentence = sentences.lastStarting(atOrBefore: e.position) else { return nil }
        var m = n
        while m >= 0 {
            let f = index.entries[subjects[m]]
            guard f.position >= sentence.start else { return nil }
            m -= 1
            if let g = f.gender ?? genderOf(f), g != kind { continue }
            // Only a name that looks like a person's ("People fell silent after Ada Pell spoke" keeps Pell).
            if !subordinate(f), personLike(f) { return f }
        }
        return nil
    }

    /// Resolves a pronoun by gender, number and salience.
    mutating func pronoun(_ kind: Lexicon.PronounKind, at position: Int) -> Int? {
        switch kind {
        case .firstPerson: return nil
        case .plural, .neuter:
            if let c = lastCollective, position - c.position < 1500 { return c.index }
            // The organisation last named as a subject (entries are in text order).
            let ids = antecedents.organisations
            guard let n = index.lastIndex(in: ids, before: position) else { return nil }
            let e = index.entries[ids[n]]
            guard position - e.position <= 1500 else { return nil }
            return register(
                parts: Array(index.parts(of: e)),
                display: index.display(e), isOrganisation: true, roles: [], gender: nil,
                position: position)
        case .male, .female:
            // The last person cited, unless a person of the right gender has since been named as a
            // subject or next to a reporting verb.
            var candidate: MentionIndex.Entry? = nil
            let subjects = antecedents.subjects(kind)
            var n = index.lastIndex(in: subjects, before: position) ?? -1
            while n >= 0 {
                let e = index.entries[subjects[n]]
                if position - e.position > 4000 { break }
                n -= 1
                let g = e.gender ?? genderOf(e)
                if let g, g != kind { continue }
                candidate = e
                if subordinate(e), let main = mainSubject(before: n, of: e, among: subjects, kind: kind) {
                    candidate = main
                }
                break
            }
            if let e = candidate, lastPerson.map({ e.position > $0.position }) ?? true {
                let i = register(
                    parts: Array(index.parts(of: e)),
                    display: index.display(e), isOrganisation: false, roles: e.roleKeys,
                    gender: e.gender, position: position)
                if genders[i] == nil || genders[i] == kind {
                    genders[i] = kind
                    return i
                }
            }
            if let lp = lastPerson, genders[lp.index] == nil || genders[lp.index] == kind {
                genders[lp.index] = kind
                return lp.index
            }
            // Else the last named person of a compatible gender.
            let named = antecedents.named(kind)
            var m = index.lastIndex(in: named, before: position) ?? -1
            while m >= 0 {
                let e = index.entries[named[m]]
                m -= 1
                if position - e.position > 3000 { break }
                let i = register(
                    parts: Array(index.parts(of: e)),
                    display: index.display(e), isOrganisation: false, roles: e.roleKeys,
                    gender: e.gender, position: position)
                guard genders[i] == nil || genders[i] == kind else { continue }
                genders[i] = kind
                return i
            }
            return nil
        }
    }
}
