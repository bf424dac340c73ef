import HearsayModel
import HearsayText

extension SpeakerEnricher {
    /// Keeps as people only the speakers the article gives evidence for (``SpeakerTyping``): an
    /// organisation is typed as one, and what is no speaker at all ("Another", "Florida", "Sept") is
    /// removed, its quotes and claims left without a speaker. Names lose a possessive ("Ann Lee's")
    /// and a headline run after them; a person keeps only aliases that are forms of the same name.
    /// Speakers that end up with one name and kind become one.
    static func settleKinds(_ extraction: inout ArticleExtraction, document: Document) {
        guard extraction.speakers.contains(where: { [.person, .organisation, .unknown].contains($0.kind) }) else {
            return
        }
        let evidence = SpeakerTyping.Evidence(document)
        var kept: [Speaker] = []
        // Where each kind and normalized name went in `kept`, so a long article's speakers are not
        // each compared with all kept before them.
        var keptAt: [SpeakerKind: [String: Int]] = [:]
        var newIndex: [Int?] = []
        newIndex.reserveCapacity(extraction.speakers.count)
        for var speaker in extraction.speakers {
            if speaker.kind == .unknown, let person = personBeforePlace(speaker.name) {
                // "Representative Ann Lee of Iowa": the person, from the place.
                speaker.kind = .person
                speaker.name = person
            } else if speaker.kind == .organisation, SpeakerTyping.isCountry(speaker.name) {
                speaker.kind = .place
                speaker.aliases = otherNames(speaker.aliases, than: speaker.name)
            }
            if speaker.kind == .person {
                speaker.name = withoutPossessive(speaker.name)
                switch SpeakerTyping.verdict(for: speaker.name, in: evidence) {
                case .person(let name):
                    speaker.name = name
                    speaker.aliases = personAliases(speaker.aliases, of: name)
                case .organisation(let name):
                    speaker.kind = .organisation
                    speaker.name = name
                    speaker.aliases = otherNames(speaker.aliases, than: name)
                case .place(let name):
                    speaker.kind = .place
                    speaker.name = name
                    speaker.aliases = otherNames(speaker.aliases, than: name)
                    speaker.roles = []
                    speaker.organisations = []
                case .notASpeaker:
                    newIndex.append(nil)
                    continue
                }
            }
            let key = NameKey.normalized(speaker.name)
            if let same = keptAt[speaker.kind]?[key] {
                merge(speaker, into: &kept[same])
                newIndex.append(same)
            } else {
                kept.append(speaker)
                keptAt[speaker.kind, default: [:]][key] = kept.count - 1
                newIndex.append(kept.count - 1)
            }
        }
        // "Never Moss" or "Moss" cut from "Moss Ties Lee" beside "Ann Moss": the one person of
        // the article the rest of the name fits.
        var redirect: [Int?] = Array(kept.indices)
        // One-word "people" that turn out to be a state or a city, removed like other non-speakers.
        var dropped: Set<Int> = []
        // Each person's name parsed once, not once for every single-word name compared with it.
        let parsed = kept.map { $0.kind == .person ? NameKey.parse($0.name) : nil }
        for i in kept.indices where kept[i].kind == .person {
            let words = kept[i].name.split(separator: " ").map(String.init)
            var rest = kept[i].name
            let restParsed: ParsedName
            if words.count >= 2, SpeakerTyping.isCommonWord(words[0], evidence, alone: false) {
                rest = words.dropFirst().joined(separator: " ")
                restParsed = NameKey.parse(rest)
            } else if let own = parsed[i], own.units.count == 1 {
                restParsed = own
            } else {
                continue
            }
            let givenAlone =
                restParsed.units.count == 1 && restParsed.titles.isEmpty
                && SpeakerTyping.givenNames.contains(restParsed.units[0])
            let fits = kept.indices.filter { j in
                guard j != i, let other = parsed[j], other.units.count >= 2 else { return false }
                // "Crooked Ann" beside "Ann Moss", or "Ann" alone: the given name alone is hers too.
                if restParsed.units.count == 1, restParsed.units[0] == other.given, rest != kept[i].name || givenAlone {
                    return true
                }
                // The surname as written: a misspelt one ("Kiedis", "Keidis") may be someone else.
                return restParsed.surname == other.surname
                    && [.same, .surnameOnly].contains(NameKey.match(restParsed, other))
            }
            if fits.count == 1, let j = fits.first, redirect[j] == j {
                redirect[i] = j
            } else if fits.isEmpty, givenAlone, rest == kept[i].name, SpeakerTyping.isPlaceName(rest) {
                // "Virginia" or "Georgia" with no one of that given name in the article: the place.
                if SpeakerTyping.isCountry(rest) {
                    kept[i].kind = .place
                    kept[i].aliases = []
                    kept[i].roles = []
                    kept[i].organisations = []
                } else {
                    redirect[i] = nil
                    dropped.insert(i)
                }
            }
        }
        if redirect.indices.contains(where: { redirect[$0] != $0 }) {
            var final: [Speaker] = []
            var finalIndex = [Int?](repeating: nil, count: kept.count)
            for i in kept.indices where redirect[i] == i {
                finalIndex[i] = final.count
                final.append(kept[i])
            }
            for i in kept.indices where !dropped.contains(i) {
                guard let j = redirect[i], j != i, let target = finalIndex[j] else { continue }
                finalIndex[i] = target
                let alias = kept[i].name
                var moved = kept[i]
                moved.aliases = []
                merge(moved, into: &final[target])
                // The bare surname is a form of the name; a slogan ("Never Moss") is not.
                if NameKey.parse(alias).units.count == 1, !final[target].aliases.contains(alias) {
                    final[target].aliases.append(alias)
                }
            }
            newIndex = newIndex.map { $0.flatMap { finalIndex[$0] } }
            kept = final
        }
        guard kept.count != extraction.speakers.count || kept != extraction.speakers else { return }
        extraction.speakers = kept
        for q in extraction.quotes.indices {
            guard let s = extraction.quotes[q].speaker else { continue }
            extraction.quotes[q].speaker = newIndex[s]
            // A quote whose speaker turned out to be nobody names no one, and is as sure as such quotes are.
            if newIndex[s] == nil { extraction.quotes[q].confidence = AttributionConfidence.unnamedConfidence }
        }
        for c in extraction.claims.indices {
            if let s = extraction.claims[c].claimant { extraction.claims[c].claimant = newIndex[s] }
        }
    }

    /// `aliases` without possessives, without `name` itself and without repeats.
    private static func otherNames(_ aliases: [String], than name: String) -> [String] {
        var out: [String] = []
        for alias in aliases.map(withoutPossessive)
        where NameKey.normalized(alias) != NameKey.normalized(name) && !out.contains(alias) {
            out.append(alias)
        }
        return out
    }

    /// The person in "Representative Ann Lee of Iowa" or "Ann Lee of New York": the words
    /// before the last "of", when every word after it is a place word and the words before it have
    /// a person's shape (a title, or a known given name first); nil otherwise.
    static func personBeforePlace(_ name: String) -> String? {
        let written = name.split(separator: " ")
        guard let of = written.lastIndex(of: "of"), of > 0, of < written.count - 1 else { return nil }
        let head = written[..<of].joined(separator: " ")
        let tail = written[(of + 1)...].joined(separator: " ").split(separator: ",").joined(separator: " ")
        guard SpeakerTyping.isPlaceName(tail), !written[..<of].contains("of") else { return nil }
        let words = NameKey.words(head)
        guard words.count >= 2, head.first?.isUppercase == true else { return nil }
        let title = NameKey.titleLength(words)
        guard title > 0 || SpeakerTyping.givenNames.contains(words[0]) else { return nil }
        // The words before "of" are a name: each capitalised.
        guard written[..<of].allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return head
    }

    /// `name` without a final possessive: "Ann Lee's" → "Ann Lee", "the Moss'" → "the Moss".
    static func withoutPossessive(_ name: String) -> String {
        for ending in ["'s", "\u{2019}s", "\u{2018}s", "'S", "\u{2019}S"] where name.hasSuffix(ending) {
            return String(name.dropLast(ending.count))
        }
        if name.count > 2, name.hasSuffix("s'") || name.hasSuffix("s\u{2019}") { return String(name.dropLast()) }
        return name
    }

    /// The aliases of a person named `name` that are forms of the same name: the name with or without
    /// titles, middle names or initials, the surname alone, or the given name alone ("Hillary").
    /// Possessives are read as the name; a slogan or another person ("Never Moss", "Beau Moss",
    /// "Moss Jr.") is dropped. Stated aliases ("also known as") are added after this, by ``AliasFinder``.
    static func personAliases(_ aliases: [String], of name: String) -> [String] {
        let parsedName = NameKey.parse(name)
        let nameKey = NameKey.normalized(name)
        var out: [String] = []
        for raw in aliases {
            let alias = withoutPossessive(raw)
            let key = NameKey.normalized(alias)
            guard !key.isEmpty, key != nameKey, !out.contains(where: { NameKey.normalized($0) == key }) else {
                continue
            }
            let parsed = NameKey.parse(alias)
            let match = NameKey.match(parsed, parsedName)
            let givenAlone = parsed.units.count == 1 && parsed.titles.isEmpty && parsed.units == [parsedName.given]
            // "Ms. Gao" of "Gao Junlan": a family name written first, with a form of address.
            let familyFirst =
                parsed.units.count == 1 && !parsed.titles.isEmpty && parsed.units.first == parsedName.units.first
            guard match == .same || match == .surnameOnly || match == .initialOnly || givenAlone || familyFirst else {
                continue
            }
            // "Moss Jr." is the son of "Ann Moss", not another way to write her name.
            if parsed.suffix != parsedName.suffix, parsed.suffix != nil { continue }
            out.append(alias)
        }
        return out
    }

    /// Folds what `other` knows into `speaker`, which has the same name and kind.
    private static func merge(_ other: Speaker, into speaker: inout Speaker) {
        for alias in other.aliases where !speaker.aliases.contains(alias) { speaker.aliases.append(alias) }
        for role in other.roles where !speaker.roles.contains(role) { speaker.roles.append(role) }
        for org in other.organisations where !speaker.organisations.contains(org) {
            speaker.organisations.append(org)
        }
    }
}
