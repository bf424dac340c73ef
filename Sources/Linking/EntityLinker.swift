import Extraction
import HearsayModel
import HearsayText

/// Decides whether a speaker from a new article is an entity already known.
///
/// The store looks up entities sharing any of ``lookupKeys(for:)`` (or a surname) and hands them to
/// ``link(_:among:)``; the linker itself never touches the database.
///
/// A link needs evidence, and the decision says which:
/// - **same full name**: the names agree under ``NameKey/match(_:_:)-(String,String)`` (case, accents,
///   hyphens, al-, titles, middle initials, Roman-numeral suffixes and romanisation variants aside);
/// - **alias**: a name the article gives the speaker as an alias (`X (also, Y)`, a nom de guerre, an
///   acronym) is a name of the entity, or the other way round;
/// - **surname** (only when exactly one known entity fits, strengthened by a shared role or
///   organisation), or **initial and surname** with a shared role.
///
/// Never linked: people whose given names differ (the same surname is not the same person), anyone
/// a curator has rejected for the entity (``KnownEntity/rejected``), anonymous sources.
public struct EntityLinker: Sendable {
    /// Names already taken apart and compared (issue 6: linking was the largest cost of an import).
    private var memo: NameMemo { NameMemo.shared }

    /// Creates a linker.
    public init() {}

    /// The index keys under which names should be stored and looked up: for each name, the
    /// romanisation key of the person's name (given name and surname) or of the organisation's name
    /// (see ``OrganisationKey``), chosen by how the name reads. The last space-separated word of a
    /// person key is the surname's key.
    public static func lookupKeys(for names: [String]) -> [String] {
        var keys: [String] = []
        for name in names {
            let key =
                OrganisationKey.looksLikeOrganisation(name) ? NameMemo.shared.organisationKey(name) : personKey(name)
            if !key.isEmpty, !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// ``lookupKeys(for:)`` for names known to be of one kind: a person's names get person keys and an
    /// organisation's or group's get organisation keys, however they read.
    public static func lookupKeys(for names: [String], kind: SpeakerKind) -> [String] {
        var keys: [String] = []
        for name in names {
            let key: String
            switch kind {
            case .person:
                key = OrganisationKey.isAcronym(name) ? NameMemo.shared.organisationKey(name) : personKey(name)
            case .organisation, .group, .place: key = NameMemo.shared.organisationKey(name)
            case .unknown: key = NameMemo.shared.normalized(name)
            }
            if !key.isEmpty, !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// The key of a person's name: the given name's key (short forms expanded) and the surname's key,
    /// middle names and initials left out ("Mark T. Esper" and "Mark Esper" share one).
    public static func personKey(_ name: String) -> String {
        NameMemo.shared.personKey(name)
    }

    static func computePersonKey(_ name: String) -> String {
        let parsed = NameMemo.shared.parsed(name)
        guard let surname = parsed.surname else { return "" }
        var key = NameKey.unitKey(surname)
        if let given = parsed.given { key = NameKey.givenKey(given) + " " + key }
        if parsed.suffix == "jr" || parsed.suffix == "sr" { key += " " + (parsed.suffix ?? "") }
        return key
    }

    /// Picks the entity among `known` that `candidate` is, or `.new`.
    public func link(_ candidate: EntityCandidate, among known: [KnownEntity]) -> LinkDecision {
        link(candidate, among: known, profiles: known.map(EntityProfile.init))
    }

    /// ``link(_:among:)`` with the profile of each known entity (`profiles[i]` of `known[i]`)
    /// worked out before, by a caller that keeps them between links.
    public func link(_ candidate: EntityCandidate, among known: [KnownEntity], profiles: [EntityProfile])
        -> LinkDecision
    {
        link(candidate, facts: SpeakerFacts(candidate.speaker), among: known, profiles: profiles)
    }

    /// ``link(_:among:profiles:)`` with the facts of the candidate's speaker worked out before
    /// (`facts` must be of `candidate.speaker`).
    public func link(
        _ candidate: EntityCandidate, facts: SpeakerFacts, among known: [KnownEntity], profiles: [EntityProfile]
    ) -> LinkDecision {
        precondition(known.count == profiles.count, "one profile per known entity")
        let speaker = candidate.speaker
        guard speaker.kind != .unknown else { return .new }
        let view = facts.view
        // A "person" whose name is a piece of a sentence ("He", "The Obama") is nobody we can recognise
        // in another article: linking it would pour different people into one entity.
        if speaker.kind == .person, !view.isPerson { return .new }
        var best: Match?
        var tied = false
        // Among the best matches, the one whose name is the speaker's own, letter for letter.
        var sameNamed: Match?
        // A namesake with another given name is known ("Ted Cruz" when "Carla Cruz" comes): a bare
        // surname elsewhere may be either of them.
        var namesake = false
        let myParsed = facts.parsedName
        // A bare word is a surname when a known person has it as one.
        let attested =
            myParsed.isSurnameOnly
            && zip(known, profiles).contains { entity, profile in
                entity.kind == .person && profile.isPerson
                    && profile.parsedName.units.count >= 2 && profile.parsedName.surname == myParsed.surname
            }
        for (entity, profile) in zip(known, profiles) where Self.kindsAgree(speaker.kind, entity.kind) {
            if speaker.kind == .person, !myParsed.isSurnameOnly, profile.isPerson,
                memo.match(speaker.name, entity.name) == .conflict
            {
                namesake = true
            }
            if isRejected(facts, by: entity) { continue }
            let match: Match?
            switch speaker.kind {
            case .person:
                match = personMatch(view, entity, profile, date: candidate.date, attested: attested).map { found in
                    var m = found
                    // An entity named by a piece of a sentence is a weaker witness than a real name.
                    if !profile.isPerson { m.strength = max(1, m.strength - 1) }
                    return m
                }
            case .organisation, .group, .place: match = organisationMatch(view, entity, profile)
            case .unknown: match = nil
            }
            guard let match else { continue }
            if let current = best {
                if match.rank > current.rank {
                    best = match
                    tied = false
                    sameNamed = nil
                } else if match.rank == current.rank, match.entity != current.entity,
                    !Self.sameName(match.name, best?.name ?? "")
                {
                    // Two entities of one name are duplicates, not a choice between people: the
                    // older one wins. Two different people fitting equally is a real tie.
                    tied = true
                }
            } else {
                best = match
            }
            if match.rank == best?.rank, sameNamed == nil, Self.exactForm(match.name) == facts.exactForms[0] {
                sameNamed = match
            }
        }
        guard var best else { return .new }
        // Weak evidence that fits two entities equally is no evidence ("Jones" with two Joneses known),
        // except that a bare "Jones" joins the entity of bare "Jones" already made for that reason.
        if tied && best.weak {
            guard let sameNamed else { return .new }
            best = sameNamed
        }
        if namesake && best.weak { return .new }
        return .existing(
            id: best.entity,
            evidence: LinkEvidence(reason: best.evidence, article: candidate.article, date: candidate.date))
    }

    // MARK: - Evidence

    private struct Match {
        var entity: Int64
        /// The entity's name the evidence matched.
        var name: String
        var strength: Int
        var evidence: String
        /// Evidence from a surname, an initial or a short form: it counts only when nothing else fits as well.
        var weak = false
        /// Strength first; at equal strength a full name or a stated alias beats a surname.
        var rank: Int { strength * 2 + (weak ? 0 : 1) }
    }

    private static func kindsAgree(_ a: SpeakerKind, _ b: SpeakerKind) -> Bool {
        a == b || (a == .organisation && b == .group) || (a == .group && b == .organisation)
    }

    /// Whether a curator said the speaker of `facts` must never be linked to `entity`: its name was
    /// taken away from the entity, or one of its other names was and its own name is not one of the
    /// entity's (a speaker the entity is named after keeps linking; the name taken away is not
    /// recorded again, see the store's directory).
    private func isRejected(_ facts: SpeakerFacts, by entity: KnownEntity) -> Bool {
        guard !entity.rejected.isEmpty, let name = facts.exactForms.first else { return false }
        // Exact names only (titles aside): "Carl Otani" may be rejected while "Karl Otani" is the entity.
        let refused = Set(entity.rejected.map(Self.exactForm))
        if refused.contains(name) { return true }
        guard facts.exactForms.dropFirst().contains(where: { refused.contains($0) }) else { return false }
        return !([entity.name] + entity.aliases).contains { Self.exactForm($0) == name }
    }

    /// A name folded, with titles removed: what a curator's "never link" decision compares.
    public static func exactForm(_ name: String) -> String {
        NameMemo.shared.exactForm(name)
    }

    static func computeExactForm(_ name: String) -> String {
        let display = NameMemo.shared.parsed(name).display
        return NameKey.normalized(display.isEmpty ? name : display)
    }

    /// Whether a name a user typed (`--person`) designates an entity known by `names` (its canonical
    /// name first): the same name letter for letter, the same full name by ``NameKey/match(_:_:)-(String,String)``,
    /// or its surname spelled the same (a long surname may differ in romanisation: "al-Mohandes").
    public static func nameDesignates(_ query: String, names: [String]) -> Bool {
        let folded = NameKey.normalized(query)
        guard !folded.isEmpty else { return false }
        if names.contains(where: { NameKey.normalized($0) == folded }) { return true }
        if OrganisationKey.looksLikeOrganisation(query) {
            let key = OrganisationKey.key(query)
            return names.contains { OrganisationKey.key($0) == key }
        }
        let wanted = NameKey.parse(query)
        guard let surname = wanted.surname else { return false }
        for name in names {
            let parsed = NameKey.parse(name)
            switch NameKey.match(wanted, parsed) {
            case .same:
                return true
            case .surnameOnly where wanted.isSurnameOnly:
                let theirs = parsed.surname ?? ""
                if theirs == surname || min(theirs.unicodeScalars.count, surname.unicodeScalars.count) >= 7 {
                    return true
                }
            default:
                continue
            }
        }
        return false
    }

    /// Titles that show a bare word is a person's surname ("Mr. King", "Dr. Ruiz").
    static let formsOfAddress: Set<String> = Set(Lexicons.linkerFormsOfAddress)

    /// The calendar day of a `YYYY-MM-DD` date, counted from 1970-01-01; nil when it is no real day.
    static func dayNumber(_ date: String) -> Int? {
        CalendarDay(iso: date)?.number
    }

    /// Whether two entity names are the same name letter for letter (titles and case aside).
    static func sameName(_ a: String, _ b: String) -> Bool {
        exactForm(a) == exactForm(b)
    }

    /// Whether `name` can be compared as a person's name (not a description like "the Iraqi PM").
    static func isPersonName(_ name: String) -> Bool {
        let head = Array(name.unicodeScalars.prefix(4))
        for article in ["The ", "A ", "An ", "His ", "Her "] where head.starts(with: article.unicodeScalars) {
            return false
        }
        return NameKey.isPlausiblePersonName(name, parsed: NameMemo.shared.parsed(name))
            && !OrganisationKey.isAcronym(name)
    }

    /// Whether `name` is a fuller form of the entity name `current`, so the entity may take it as
    /// its canonical name ("Esper" → "Mark Esper", "Mark Esper" → "Mark T. Esper" is not fuller).
    public static func isFullerName(_ name: String, than current: String, kind: SpeakerKind) -> Bool {
        guard kind == .person else { return false }
        let memo = NameMemo.shared
        guard memo.isPersonName(name) else { return false }
        // An entity named by a piece of a sentence takes the first real name linked to it.
        if !memo.isPersonName(current) { return true }
        let new = NameMemo.shared.parsed(name)
        let old = NameMemo.shared.parsed(current)
        // Only a bare surname grows into a full name: a full name that gets longer is more often a
        // neighbouring word glued to it than a middle name.
        guard old.isSurnameOnly, (2...4).contains(new.units.count) else { return false }
        switch NameKey.match(new, old) {
        case .same, .surnameOnly: return true
        default: return false
        }
    }

    /// What linking reads from the speaker, worked out once for all candidate entities.
    struct SpeakerView: Sendable {
        let speaker: Speaker
        let isPerson: Bool
        /// The speaker's name folded (``NameKey/normalized(_:)``).
        let normalizedName: String
        /// Its person names, its own first, aliases that are namesakes of it left out.
        let personNames: [String]
        let personNamesParsed: [ParsedName]
        let organisationNameKeys: [String]
        let organisationKeys: Set<String>
        let roleKeys: [String]

        init(_ speaker: Speaker, memo: NameMemo) {
            self.speaker = speaker
            isPerson = memo.isPersonName(speaker.name)
            normalizedName = memo.normalized(speaker.name)
            if speaker.kind == .person {
                // An alias that is a namesake of its owner ("George W. Bush" given to "George H.W. Bush")
                // is a mistake of the extraction, not a second name: it is no evidence.
                personNames = ([speaker.name] + speaker.aliases.filter { memo.match($0, speaker.name) != .conflict })
                    .filter(memo.isPersonName)
                organisationNameKeys = []
            } else {
                personNames = []
                organisationNameKeys = ([speaker.name] + speaker.aliases).map(memo.organisationKey)
            }
            personNamesParsed = personNames.map(memo.parsed)
            organisationKeys = Set(speaker.organisations.map(memo.organisationKey).filter { !$0.isEmpty })
            roleKeys = speaker.roles.map(memo.roleKey)
        }
    }

    private func personMatch(
        _ view: SpeakerView, _ entity: KnownEntity, _ profile: EntityProfile, date: String?, attested: Bool
    ) -> Match? {
        // An entity whose own name is not a person's name (a piece of a headline the extraction took
        // for a speaker) is nobody to link to, whatever aliases it gathered.
        guard profile.isPerson, view.isPerson else { return nil }
        let mine = view.personNames
        let theirs = profile.personNames
        guard let myName = mine.first, let theirName = theirs.first else { return nil }
        let mineParsed = view.personNamesParsed
        let theirsParsed = profile.personNamesParsed
        let primary = memo.match(myName, theirName)
        // Full names on both sides that agree.
        var aliasEvidence: String?
        for (i, a) in mineParsed.enumerated() where a.units.count >= 2 {
            for (j, b) in theirsParsed.enumerated() where b.units.count >= 2 {
                guard memo.match(mine[i], theirs[j]) == .same else { continue }
                if i == 0 && j == 0 {
                    return Match(
                        entity: entity.id, name: theirName, strength: 4,
                        evidence: "same full name: \"\(myName)\" ~ \"\(theirName)\"")
                }
                if aliasEvidence == nil {
                    aliasEvidence =
                        i == 0 && j > 0
                        ? "same full name as alias: \"\(mine[i])\" ~ \"\(theirs[j])\" of \"\(theirName)\""
                        : "alias stated: \"\(mine[i])\" of \"\(myName)\" ~ \"\(theirs[j])\""
                }
            }
        }
        // Different given names with the same surname are different people, whatever else agrees,
        // unless an alias names the entity outright.
        if primary == .conflict && aliasEvidence == nil { return nil }
        if let aliasEvidence { return Match(entity: entity.id, name: theirName, strength: 3, evidence: aliasEvidence) }
        let role = sharedRole(view, profile, date: date)
        // The speaker's own name is, letter for letter, a name the entity already has (a surname the
        // article used, or a name a curator merged into it).
        // `myName` is the speaker's own name: a speaker whose name is no person's name got no further.
        let myKey = myName == view.speaker.name ? view.normalizedName : memo.normalized(myName)
        if primary == .unrelated, profile.otherPersonNameForms.contains(myKey) {
            return Match(
                entity: entity.id, name: theirName, strength: role == nil ? 2 : 3,
                evidence: "same name as an alias: \"\(myName)\" of \"\(theirName)\"" + (role.map { "; \($0)" } ?? ""),
                weak: true)
        }
        // A bare surname links by spelling, not by sound: "About" is not "Abbott", nor "Law" "Lew".
        // Only long names, where romanisations differ and common words do not collide, go by the key.
        if primary == .surnameOnly {
            let a = mineParsed[0].surname ?? ""
            let b = theirsParsed[0].surname ?? ""
            if a != b, min(a.unicodeScalars.count, b.unicodeScalars.count) < 7 { return nil }
            // A long surname spelled differently ("Ginsberg", "Ginsburg") needs a shared role too.
            if a != b, role == nil { return nil }
        }
        switch primary {
        case .surnameOnly:
            // A bare surname on one side: only with nothing contradicting it.
            if mineParsed[0].isSurnameOnly && theirsParsed[0].isSurnameOnly {
                // One word on both sides and nothing else known: "Officials" or "Spring" in two articles
                // is a word, not a person. A form of address ("Mr. King"), a shared role, or a known
                // person with that surname ("Barack Obama" for "Obama") makes it one.
                let addressed = (mineParsed[0].titles + theirsParsed[0].titles).contains {
                    Self.formsOfAddress.contains(NameKey.normalized($0))
                }
                guard addressed || role != nil || attested else { return nil }
                return Match(
                    entity: entity.id, name: theirName, strength: role == nil ? 2 : 3,
                    evidence: "same name: \"\(myName)\"" + (role.map { "; \($0)" } ?? ""), weak: true)
            }
            return Match(
                entity: entity.id, name: theirName, strength: role == nil ? 1 : 3,
                evidence: "surname: \"\(myName)\" ~ \"\(theirName)\"" + (role.map { "; \($0)" } ?? ""), weak: true)
        case .initialOnly:
            guard let role else { return nil }
            return Match(
                entity: entity.id, name: theirName, strength: 2,
                evidence: "initial and surname: \"\(myName)\" ~ \"\(theirName)\"; \(role)", weak: true)
        default:
            return nil
        }
    }

    private func organisationMatch(_ view: SpeakerView, _ entity: KnownEntity, _ profile: EntityProfile) -> Match? {
        let mine = [view.speaker.name] + view.speaker.aliases
        let theirs = [entity.name] + entity.aliases
        let myKeys = view.organisationNameKeys
        let theirKeys = profile.organisationNameKeys
        // A short form an article used for its own organisation ("the Times" for the New York Times,
        // "the Democratic Party" for the Iowa Democratic Party) says nothing across articles.
        func parts(_ key: String) -> Set<Substring> { Set(key.split(separator: " ")) }
        func isShortening(_ key: String, of primary: String) -> Bool {
            let p = parts(primary)
            let k = parts(key)
            return k != p && k.isSubset(of: p)
        }
        var best: Match?
        for (i, key) in myKeys.enumerated() where !key.isEmpty {
            for (j, theirKey) in theirKeys.enumerated() where theirKey == key {
                if i == 0 && j == 0 {
                    return Match(
                        entity: entity.id, name: theirs[0], strength: 4,
                        evidence: "same name: \"\(mine[0])\" ~ \"\(theirs[0])\"")
                }
                if i > 0 && isShortening(key, of: myKeys[0]) { continue }
                // The speaker's name is the entity's short form: like a bare surname, only when unique.
                let strength = j > 0 && isShortening(key, of: theirKeys[0]) ? 1 : 3
                if strength > (best?.strength ?? 0) {
                    best = Match(
                        entity: entity.id, name: theirs[0], strength: strength,
                        evidence: strength == 1
                            ? "short name: \"\(mine[i])\" ~ \"\(theirs[j])\" of \"\(theirs[0])\""
                            : "alias: \"\(mine[i])\" ~ \"\(theirs[j])\"",
                        weak: strength == 1)
                }
            }
        }
        return best
    }

    /// How far apart two articles may be for a shared role to count as the same period.
    static let rolePeriodDays = 730

    /// A role and organisation both sides hold, described for the evidence, or nil. With dated
    /// roles (``KnownEntity/held``), only those held within ``rolePeriodDays`` of the candidate's
    /// article count: the prime minister of one year is not the prime minister of another.
    private func sharedRole(_ view: SpeakerView, _ profile: EntityProfile, date: String?) -> String? {
        var roleKeys = profile.roleKeys
        var theirOrgs = profile.organisationKeys
        if !profile.held.isEmpty, let day = date.flatMap(Self.dayNumber) {
            let inPeriod = profile.held.filter { held in
                guard let theirs = held.day else { return true }
                return abs(theirs - day) <= Self.rolePeriodDays
            }
            roleKeys = inPeriod.compactMap(\.roleKey)
            theirOrgs = Set(inPeriod.compactMap(\.organisationKey).filter { !$0.isEmpty })
        }
        let sharedOrg = view.organisationKeys.intersection(theirOrgs).first
        var sharedRole: String?
        for (mine, key) in zip(view.speaker.roles, view.roleKeys) {
            // "Mr." is how a name is addressed, not a role two people could share.
            guard !key.isEmpty, !RoleReader.honorifics.contains(key) else { continue }
            if roleKeys.contains(key) {
                sharedRole = mine
                break
            }
        }
        switch (sharedRole, sharedOrg) {
        case (let role?, let org?): return "same role \"\(role)\" at \(org)"
        case (let role?, nil): return "same role \"\(role)\""
        case (nil, let org?): return "same organisation (\(org))"
        default: return nil
        }
    }
}
