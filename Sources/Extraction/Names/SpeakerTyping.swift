import HearsayModel
import HearsayText

/// Decides, from what the article itself shows, whether a speaker that attribution called a person
/// is one: a name is a person's only with evidence, never a place, an outlet, a company, a common
/// word written with a capital ("Another", "Rather") or a headline run ("Ann Lee Slams Moss").
///
/// The evidence, in order:
/// - **shape**: a given name from the lexicon, or a title or form of address ("Mr. Moss");
/// - **the article's own spelling**: a word the article also writes in lower case ("another",
///   "good") and capitalises only where a sentence starts is a common word, not a name, unless it
///   is a given name;
/// - **word lists**: places, organisation words ("Group", "News", "Bank", "PAC"), words that never
///   name anyone, months and headline verbs (``Lexicons``).
///
/// ```swift
/// let doc = Document(text: "Another voter said: \"No.\" Another one agreed.")
/// SpeakerTyping.verdict(for: "Another", in: SpeakerTyping.Evidence(doc)) // .notASpeaker
/// ```
enum SpeakerTyping {
    /// What a speaker called a person turns out to be.
    enum Verdict: Equatable {
        /// A person named `name` (the name cleaned of words that are not part of it).
        case person(String)
        /// An organisation named `name`.
        case organisation(String)
        /// A country named `name`, speaking through its government.
        case place(String)
        /// Nothing that speaks: a common word, a piece of a headline, a state or a city.
        case notASpeaker
    }

    /// What one article tells about words: which it writes in lower case, and which capitalised
    /// words it follows with an organisation noun ("Fars news agency").
    struct Evidence {
        /// Keys of words the article writes in lower case somewhere.
        let lowercase: KeySet
        /// Keys of capitalised words the article follows with an organisation word ("Vell news
        /// agency"), or writes after "the" with a lower-case word or a document noun after them
        /// ("the Vell report", "The Ledger said"): an outlet or an institution.
        let organisationNamed: KeySet
        /// Keys of words the article capitalises inside a sentence (after a word or a comma), where
        /// only a name is capitalised.
        let capitalisedInside: KeySet
        /// Keys of words the article writes, in any case.
        let written: KeySet
        /// Names (``NameKey/normalized(_:)``) the article writes as a town before its state ("Marlow,
        /// Kentucky", "Tull, Ind.", "Sanford, Florida"): a place wherever else it stands, even one that
        /// is also a given name.
        let towns: Set<String>

        /// Reads `document` once.
        init(_ document: Document) {
            var lower = KeySet()
            var named = KeySet()
            var inside = KeySet()
            let organisationWords = SpeakerTyping.organisationWordKeys
            let documentNouns = SpeakerTyping.documentNounKeys
            let the = SpeakerTyping.theKey
            // The two tokens before the current one, carried along rather than read again from the
            // compact token list at each word.
            var before: Token?
            var beforeThat: Token?
            var seen = KeySet()
            for t in document.tokens {
                defer {
                    beforeThat = before
                    before = t
                }
                guard t.kind == .word else { continue }
                seen.insert(t.key)
                // After a word, a comma, or an initial's dot ("Ann H. Black").
                if t.capitalized, !t.allCaps, let p = before,
                    p.kind == .word || (p.kind == .punct && p.mark == ",")
                        || (p.mark == "." && beforeThat.map { $0.kind == .word && $0.end - $0.start == 1 } ?? false)
                {
                    inside.insert(t.key)
                }
                if !t.capitalized && !t.allCaps {
                    lower.insert(t.key)
                    if let p = before, p.kind == .word, p.capitalized, p.end < t.start,
                        organisationWords.contains(t.key) || (beforeThat?.key == the && documentNouns.contains(t.key))
                    {
                        named.insert(p.key)
                    }
                }
            }
            lowercase = lower
            organisationNamed = named
            capitalisedInside = inside
            written = seen
            towns = Self.towns(in: document)
        }

        /// The states of the United States, folded.
        static let usStates = Set(Lexicons.usStates)

        /// The capitalised runs of one to three words that `d` writes right before a comma and a US
        /// state, the state's abbreviation with its dot ("Dover, Del.") or its name before punctuation
        /// or a lower-case word ("Marlow, Kentucky, the", but not "Ann Lee, Ohio's governor" nor "Ann
        /// Lee, Ohio Democrat"); never a run of several words opened by a given name ("Ann Lee, Ohio").
        static func towns(in d: Document) -> Set<String> {
            var out: Set<String> = []
            let toks = d.tokens
            var k = 1
            while k + 2 < toks.count {
                defer { k += 1 }
                guard toks[k].kind == .punct, toks[k].mark == ",", toks[k + 1].kind == .word, toks[k + 1].capitalized
                else { continue }
                let state = toks[k + 1]
                let abbreviated =
                    Lexicon.stateAbbreviations.contains(state.key) && toks[k + 2].mark == "."
                    && toks[k + 2].start == state.end
                // "Kentucky" or "New York": the state's name, then punctuation or a lower-case word.
                var named = false
                for width in 1...2 where k + 1 + width < toks.count && !named {
                    let after = toks[k + 1 + width]
                    named =
                        usStates.contains(NameKey.normalized(d.text(tokens: (k + 1)..<(k + 1 + width))))
                        && (after.kind == .punct && after.mark != "'" && after.mark != "’"
                            || after.kind == .word && !after.capitalized)
                }
                guard abbreviated || named else { continue }
                var a = k
                while a > 0, k - a < 3, toks[a - 1].kind == .word, toks[a - 1].capitalized, !toks[a - 1].allCaps {
                    a -= 1
                }
                guard a < k else { continue }
                // "Ann Lee, Ohio" signs a letter: a given name opening several words is a person's.
                if a < k - 1, SpeakerTyping.givenNames.contains(NameKey.normalized(d.text(tokens: a..<(a + 1)))) {
                    continue
                }
                out.insert(NameKey.normalized(d.text(tokens: a..<k)))
            }
            return out
        }
    }

    /// The key of "the".
    static let theKey = Normalizer.key("the")
    /// Nouns for what an institution issues ("report", "statement"), as token keys.
    static let documentNounKeys = KeySet(Lexicons.documentNouns.map { Normalizer.key($0) })
    /// Organisation words ("news", "agency", "group"), as token keys.
    static let organisationWordKeys = KeySet(Lexicons.organisationKindWords.map { Normalizer.key($0) })
    /// Given names, folded.
    static let givenNames = Set(Lexicons.maleGivenNames + Lexicons.femaleGivenNames)
    /// Words that never name a person by themselves: function words, sentence openers, months.
    static let neverNames: Set<String> = NameKey.sentenceWords
        .union(Lexicons.sentenceOpeningWords)
        .union(Lexicons.capitalisedFunctionWords)
        .union(Lexicons.capitalisedThingWords)
        .union(Lexicons.monthNames)
        .union(LexiconFile.pairs(Lexicons.monthAbbreviations).map(\.key))
        .union(Lexicons.weekdays)
    /// Headline verbs ("slams", "ties"): a name stops before them.
    static let headlineVerbs = Set(Lexicons.headlineVerbs)

    /// What `name`, a speaker attribution called a person, is.
    static func verdict(for name: String, in evidence: Evidence) -> Verdict {
        var words = name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return .notASpeaker }
        // A title or form of address in front ("Mr. Moss", "Sen. Lee") is evidence enough: the
        // cleaning below is for runs without one.
        if NameKey.titleLength(NameKey.words(name)) > 0 { return .person(name) }
        // A headline after the name: "Ann Lee Slams Moss", "Moss Ties Lee In Poll".
        if let cut = words.indices.dropFirst().first(where: { isHeadlineWord(words[$0], at: $0, evidence) }) {
            words.removeSubrange(cut...)
        }
        // An epithet before the name: "Crooked Ann", "Oscar-winner Lee".
        words.removeFirst(epithetLength(words, evidence))
        // A headline's description before a full name: "Icon Ann Lee" of "Party Icon Ann Lee Backs
        // Moss" when the article writes "icon" in lower case.
        if words.count >= 3, isEpithetWord(words[0], evidence),
            evidence.lowercase.contains(Normalizer.key(words[0]))
        {
            words.removeFirst()
        }
        let cleaned = words.joined(separator: " ")
        if words.count >= 2 {
            let folded = NameKey.words(cleaned)
            // "United States", "North Korea": a country of several words speaks through its government.
            if isCountry(cleaned) { return .place(cleaned) }
            if evidence.towns.contains(NameKey.normalized(cleaned)) { return .notASpeaker }
            if folded.allSatisfy({ Places.isPlace($0) || Places.regionDescriptors.contains($0) }) {
                return place(cleaned)
            }
            if !givenNames.contains(folded.first ?? ""), let last = folded.last,
                organisationWords.contains(last)
            {
                return .organisation(cleaned)
            }
            return .person(cleaned)
        }
        return single(cleaned, evidence)
    }

    /// The verdict on a one-word name.
    private static func single(_ word: String, _ evidence: Evidence) -> Verdict {
        let folded = NameKey.normalized(word)
        let key = Normalizer.key(word)
        if evidence.towns.contains(folded) { return .notASpeaker }
        if givenNames.contains(folded) { return .person(word) }
        let allCaps = word.unicodeScalars.filter { $0.properties.isUppercase }.count >= 2
            && !word.unicodeScalars.contains { $0.properties.isLowercase }
        if allCaps {
            // "ECONOMY" of a headline is a word the article writes in lower case; "NATO" is not.
            return evidence.lowercase.contains(key) ? .notASpeaker : .organisation(word)
        }
        if Places.isPlace(folded) || Places.country(folded) != nil { return place(word) }
        if isCommonWord(word, evidence) { return .notASpeaker }
        // "Lee-Moss" where the article names Lee and Moss each on their own: their ticket or their
        // pact, not one person with a double surname.
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase == true && $0.count >= 2 }),
            parts.allSatisfy({ evidence.written.contains(Normalizer.key(String($0).unicodeScalars)) })
        {
            return .notASpeaker
        }
        // "Chicago-based", "Oscar-winning": an adjective, not a name.
        if let hyphen = word.firstIndex(of: "-"),
            let next = word[word.index(after: hyphen)...].unicodeScalars.first, next.properties.isLowercase
        {
            return .notASpeaker
        }
        if RoleReader.isOrganisation(word) || evidence.organisationNamed.contains(key) { return .organisation(word) }
        return .person(word)
    }

    /// A place as a speaker: a country speaks through its government ("Russia said"), typed as the
    /// place it is; a state, a region or a city is nobody. Measured on PolNeAR train, every one of
    /// the 18 quotes given to a state or a city ("Florida", "Iowa") was a misreading of "Florida
    /// Sen. Ann Lee" or "Ann Lee of Iowa", and on the seeds "Washington" held protesters' chants.
    private static func place(_ name: String) -> Verdict {
        isCountry(name) ? .place(name) : .notASpeaker
    }

    /// Whether `name` names a country ("Russia", "North Korea", "USA", "America"), not its
    /// adjective ("Cuban", "Iraqi": a word of the country other than its name, with an ending
    /// from ``Lexicons/demonymEndings``).
    static func isCountry(_ name: String) -> Bool {
        let folded = NameKey.normalized(name)
        let squeezed = String(folded.unicodeScalars.filter { $0 != " " })
        guard let country = Places.country(folded) ?? Places.country(squeezed) else { return false }
        let own = String(NameKey.normalized(country).unicodeScalars.filter { $0 != " " })
        return squeezed == own || !demonymEndings.contains { squeezed.hasSuffix($0) }
    }

    /// Endings of the adjectives that stand for a country.
    private static let demonymEndings = Lexicons.demonymEndings

    /// Whether a name of one or more words, written as `name`, is made only of place words
    /// ("Iowa", "New Hampshire", "Russia").
    static func isPlaceName(_ name: String) -> Bool {
        let folded = NameKey.words(name)
        guard !folded.isEmpty else { return false }
        let squeezed = folded.joined()
        if Places.country(squeezed) != nil { return true }
        return folded.allSatisfy { Places.isPlace($0) || Places.regionDescriptors.contains($0) }
            && folded.contains { Places.isPlace($0) }
    }

    /// How many words at the start of a name of several words are an epithet, not part of the name:
    /// a hyphenated word whose second part is in lower case ("Oscar-winner", "Texas-born"), or a
    /// run of capitalised words before a known given name, none a given name, a title or a name
    /// particle, each a common word here (the article writes it in lower case) or shaped like an
    /// adjective ("Crooked", "Sleepy", "Lyin'"): "Crooked Ann" is Ann, "Stop Ann" a slogan about her.
    static func epithetLength(_ words: [String], _ evidence: Evidence) -> Int {
        guard words.count >= 2 else { return 0 }
        if isHyphenatedDescription(words[0]) { return 1 }
        var k = 0
        while k < words.count - 1, isEpithetWord(words[k], evidence) { k += 1 }
        guard k > 0, givenNames.contains(NameKey.normalized(words[k])) else { return 0 }
        return k
    }

    /// "Oscar-winner", "Chicago-based": a capitalised word joined by a hyphen to a lower-case one.
    private static func isHyphenatedDescription(_ word: String) -> Bool {
        guard let hyphen = word.firstIndex(of: "-"), word.first?.isUppercase == true,
            let next = word[word.index(after: hyphen)...].unicodeScalars.first
        else { return false }
        return next.properties.isLowercase
    }

    /// A capitalised word before a given name that describes rather than names.
    private static func isEpithetWord(_ word: String, _ evidence: Evidence) -> Bool {
        let folded = NameKey.normalized(word)
        guard word.first?.isUppercase == true, !givenNames.contains(folded), !particles.contains(folded),
            !NameVocabulary.titleWords.contains(folded), !NameVocabulary.suffixes.contains(folded)
        else { return false }
        if evidence.lowercase.contains(Normalizer.key(word)) || neverNames.contains(folded) { return true }
        let lower = String(word.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
        return adjectiveEndings.contains { lower.count >= $0.count + 2 && lower.hasSuffix($0) }
    }

    /// Endings of English adjectives that are rarely the end of a given name or a surname.
    private static let adjectiveEndings = Lexicons.epithetAdjectiveEndings

    /// Organisation words, folded ("group", "news", "pac").
    static let organisationWords = Set(Lexicons.organisationKindWords)

    /// Whether `word` is a common word here: one the article also writes in lower case and
    /// capitalises only where a sentence starts, or (`alone`, a whole name of one word) one that
    /// never names a person; never a given name or a name particle ("van", "de").
    static func isCommonWord(_ word: String, _ evidence: Evidence, alone: Bool = true) -> Bool {
        let folded = NameKey.normalized(word)
        if givenNames.contains(folded) || particles.contains(folded) { return false }
        if alone ? neverNames.contains(folded) : NameKey.sentenceWords.contains(folded) { return true }
        let key = Normalizer.key(word)
        return word.unicodeScalars.first?.properties.isUppercase == true
            && evidence.lowercase.contains(key) && !evidence.capitalisedInside.contains(key)
    }

    /// Particles inside names ("van", "de", "bin"), folded.
    private static let particles = Set(Lexicons.nameParticles)

    /// Whether the word at `position` of a capitalised run starts a headline after the name: a
    /// headline verb, or (after two name words) a place ("Ann Lee Oslo"). A surname that is also
    /// a common word ("Ann Black") is not cut.
    private static func isHeadlineWord(_ word: String, at position: Int, _ evidence: Evidence) -> Bool {
        let folded = NameKey.normalized(word)
        if headlineVerbs.contains(folded) { return true }
        guard position >= 2, !NameVocabulary.suffixes.contains(folded) else { return false }
        return Places.isPlace(folded) || Places.country(folded) != nil
    }
}
