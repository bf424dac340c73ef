import HearsayModel
import HearsayText

/// Completes an article's speakers with what the text says about them: the roles and
/// organisations around every mention of their names (``RoleReader``), and the aliases and
/// acronyms the article states (``AliasFinder``).
///
/// Runs after attribution, on the finished speaker list: it never adds a speaker, and removes
/// only those that name nobody, renumbering `Quote.speaker` and `Claim.claimant` to match.
///
/// ```swift
/// var result = ArticleExtraction(speakers: [Speaker(name: "Ada Pell", kind: .person)])
/// SpeakerEnricher.enrich(&result, document: Document(text: "said Ada Pell, director of the Harbour Institute."))
/// // result.speakers[0].organisations == ["Harbour Institute"]
/// ```
public enum SpeakerEnricher {
    /// How far before an alias statement with a pronoun subject ("He is better known as Y") the
    /// person it speaks of may last have been named, in scalars.
    static let pronounReach = 400

    /// Adds roles, organisations and stated aliases to the speakers of `extraction`, after typing
    /// its speakers by the evidence the article gives (``settleKinds(_:document:)``), which may
    /// remove a "speaker" that names nobody and renumber the rest in quotes and claims.
    public static func enrich(_ extraction: inout ArticleExtraction, document: Document) {
        for i in extraction.speakers.indices { tidy(&extraction.speakers[i]) }
        settleKinds(&extraction, document: document)
        var mentions: [[TextSpan]] = []
        mentions.reserveCapacity(extraction.speakers.count)
        let (statements, index) = AliasFinder.findIndexing(document)
        for i in extraction.speakers.indices {
            let speaker = extraction.speakers[i]
            var spans: [TextSpan] = []
            // How many scalars of title words open each span: the same wherever one name is written.
            var titles: [Int] = []
            for name in [speaker.name] + speaker.aliases where isName(name) {
                let found = occurrences(of: name, in: document, index: index)
                if let first = found.first, speaker.kind == .person {
                    let cut = NameRuns.withoutTitles(document.folded, first).start - first.start
                    titles += repeatElement(cut, count: found.count)
                }
                spans += found
            }
            mentions.append(spans)
            if speaker.kind == .person {
                // Applying a role a second time changes nothing: each distinct role is applied once.
                var applied: [Role] = []
                for (span, cut) in zip(spans, titles) {
                    var fresh = RoleReader.roles(of: span, titles: cut, in: document)
                    // A "role" that is a piece of the sentence brings no organisation either.
                    fresh.removeAll { applied.contains($0.role) || !RoleFilter.isRole($0.role.label) }
                    applied += fresh.map(\.role)
                    RoleReader.apply(fresh, to: &extraction.speakers[i])
                }
            }
        }
        for i in extraction.speakers.indices where extraction.speakers[i].kind == .person {
            let roles = RoleReader.normalizedRoles(extraction.speakers[i].roles)
            extraction.speakers[i].roles = roles.filter(RoleFilter.isRole)
            var organisations: [String] = []
            for org in extraction.speakers[i].organisations.compactMap(RoleFilter.organisation)
            where !organisations.contains(org) {
                organisations.append(org)
            }
            extraction.speakers[i].organisations = organisations
        }
        for statement in statements {
            let alias = statement.aliasText
            if let nameText = statement.nameText {
                if let i = speaker(named: nameText, in: extraction.speakers, acronym: statement.form == .acronym) {
                    add(alias, to: &extraction.speakers[i])
                } else if let i = speaker(named: alias, in: extraction.speakers, acronym: false) {
                    add(nameText, to: &extraction.speakers[i])
                }
            } else if let i = lastPersonNamed(
                before: statement.marker.start, mentions: mentions, speakers: extraction.speakers)
            {
                // "He is ... better known by his nom de guerre, Y": the person last named.
                add(alias, to: &extraction.speakers[i])
            }
        }
    }

    /// Words that open a sentence, not a name, when a speaker's name starts with them ("As Ada Pell").
    static let leadingJunk: Set<String> = Set(Lexicons.sentenceOpeningWords)

    /// Cleans a speaker's name: drops words that open a sentence ("As Ada Pell" → "Ada Pell"), and
    /// turns a person written with titles ("House Speaker Ada Pell", typed as an organisation because
    /// of "House") into the person, the titles kept as a role.
    static func tidy(_ speaker: inout Speaker) {
        var words = speaker.name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var dropped = 0
        while words.count > 1, leadingJunk.contains(NameKey.normalized(words[0])) {
            words.removeFirst()
            dropped += 1
        }
        // "Breitbart's Ada Pell", "Oslo-based Ada Pell": what comes before the name qualifies it.
        if let cut = words.lastIndex(where: qualifiesName), cut + 1 < words.count,
            speaker.kind != .organisation || cut + 2 < words.count
        {
            words.removeFirst(cut + 1)
            dropped += cut + 1
        }
        let candidate = words.joined(separator: " ")
        // Nothing dropped and no title in front: the name stays as it is (the checks below only
        // act on dropped words or titles), so it need not be parsed.
        if dropped == 0, NameKey.titleLength(NameKey.words(candidate)) == 0 { return }
        let parsed = NameKey.parse(candidate)
        let personTitles = parsed.titles.contains {
            NameVocabulary.titleWords.contains(NameKey.normalized($0).replacingDots())
        }
        // "Mr. King", "Dr. Ruiz": a form of address makes a person of a surname alone.
        let addressed = parsed.titles.contains { formsOfAddress.contains(NameKey.normalized($0).replacingDots()) }
        // Parsing the name again is the dear part of the check: it is made once.
        var plausibleAnswer: Bool?
        func plausible() -> Bool {
            if let known = plausibleAnswer { return known }
            let answer = NameKey.isPlausiblePersonName(parsed.display)
            plausibleAnswer = answer
            return answer
        }
        if addressed, speaker.kind == .unknown || speaker.kind == .group, parsed.units.count >= 1, plausible() {
            speaker.kind = .person
        }
        // "Mr. King" stays as written: the form of address is how the article names him.
        if addressed, parsed.units.count == 1, dropped == 0 { return }
        guard parsed.units.count >= (dropped > 0 && parsed.titles.isEmpty ? 1 : 2), plausible() else { return }
        if personTitles, speaker.kind != .person, !OrganisationKey.looksLikeOrganisation(parsed.display) {
            // "House Speaker Ada Pell" is Ada Pell, whatever the house.
            speaker.kind = .person
        }
        guard speaker.kind == .person, dropped > 0 || !parsed.titles.isEmpty else { return }
        if !parsed.titles.isEmpty, let role = RoleReader.read(parsed.titles.joined(separator: " ")),
            RoleFilter.isRole(role.label)
        {
            if !speaker.roles.contains(role.label) { speaker.roles.append(role.label) }
            if let org = role.organisation, !speaker.organisations.contains(org) { speaker.organisations.append(org) }
        }
        let displayKey = NameKey.normalized(parsed.display)
        speaker.aliases.removeAll { NameKey.normalized($0) == displayKey }
        speaker.name = parsed.display
    }

    /// Titles that are forms of address ("Mr.", "Dr."), folded.
    private static let formsOfAddress = RoleReader.honorifics.union(Lexicons.academicTitles)

    /// Suffixes of a word that qualifies the name after it ("Breitbart's", "Oslo-based").
    private static let qualifierSuffixes: [[UInt8]] = Lexicons.nameQualifierSuffixes.map { Array($0.utf8) }

    /// Whether `word` ends with a possessive or a qualifier suffix, in any case.
    private static func qualifiesName(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let lower = word.lowercased()
            return lower.hasSuffix("\u{2019}s") || Lexicons.nameQualifierSuffixes.contains { lower.hasSuffix($0) }
        }
        // ASCII: compare the last bytes, lowered, without building a lowercased copy.
        return qualifierSuffixes.contains { suffix in
            guard suffix.count <= bytes.count else { return false }
            return zip(bytes.suffix(suffix.count), suffix).allSatisfy { b, x in (b &- 0x41 < 26 ? b + 32 : b) == x }
        }
    }

    private static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first(where: { ScalarClass.isLetter($0) }) else { return false }
        return ScalarClass.isUpper(first) && name.unicodeScalars.count >= 3
    }

    private static func add(_ alias: String, to speaker: inout Speaker) {
        let key = NameKey.normalized(alias)
        guard !key.isEmpty, key != NameKey.normalized(speaker.name),
            !speaker.aliases.contains(where: { NameKey.normalized($0) == key })
        else { return }
        speaker.aliases.append(alias)
    }

    /// The speaker a name from an alias statement refers to.
    private static func speaker(named name: String, in speakers: [Speaker], acronym: Bool) -> Int? {
        let key = NameKey.normalized(name)
        if let exact = speakers.firstIndex(where: { s in
            ([s.name] + s.aliases).contains { NameKey.normalized($0) == key }
        }) {
            return exact
        }
        if acronym || OrganisationKey.looksLikeOrganisation(name) {
            let org = OrganisationKey.key(name)
            return speakers.firstIndex { s in
                s.kind != .person && ([s.name] + s.aliases).contains { OrganisationKey.key($0) == org }
            }
        }
        let parsed = NameKey.parse(name)
        guard parsed.units.count >= 2 else { return nil }
        return speakers.firstIndex { s in
            s.kind == .person && ([s.name] + s.aliases).contains { NameKey.match(NameKey.parse($0), parsed) == .same }
        }
    }

    private static func lastPersonNamed(before position: Int, mentions: [[TextSpan]], speakers: [Speaker]) -> Int? {
        var best: (index: Int, end: Int)?
        // Full names only: "an ally of Iran who is better known as Y" must not give Iran the alias.
        for (i, spans) in mentions.enumerated()
        where speakers[i].kind == .person && Self.isFullPersonName(speakers[i].name) {
            for span in spans where span.end <= position && position - span.end <= pronounReach {
                if best == nil || span.end > (best?.end ?? 0) { best = (i, span.end) }
            }
        }
        return best?.index
    }

    /// Whether `name` is a person's name of two units or more, taken apart once.
    private static func isFullPersonName(_ name: String) -> Bool {
        let parsed = NameKey.parse(name)
        return parsed.units.count >= 2 && NameKey.isPlausiblePersonName(name, parsed: parsed)
    }

    /// Every place `name` is written in the document as whole words (look-alike characters folded).
    static func occurrences(of name: String, in document: Document, index: WordStartIndex? = nil) -> [TextSpan] {
        let needle = Normalizer.fold(Array(name.unicodeScalars))
        let hay = document.folded
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        // Where the name's first word is written (a match starts a word that is exactly that word).
        let candidates = (index ?? WordStartIndex(document)).starts(ofFirstWordOf: needle)
        var out: [TextSpan] = []
        var after = 0
        for start in candidates {
            let i = Int(start)
            guard i >= after && i + needle.count <= hay.count else { continue }
            var k = 1
            while k < needle.count, hay[i + k] == needle[k] { k += 1 }
            if k == needle.count, i + k == hay.count || !NameRuns.isWordScalar(hay[i + k]) {
                out.append(TextSpan(start: i, end: i + k))
                after = i + k
            }
        }
        return out
    }
}
