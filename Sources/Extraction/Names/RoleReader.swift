import HearsayModel
import HearsayText

/// A role or affiliation read from the words around a name.
public struct Role: Sendable, Hashable, Codable {
    /// The role as written, without articles and the country ("President", "director of the Iraq
    /// Initiative", "spokesman", "Defense Secretary").
    public var title: String
    /// The country the role belongs to, from a demonym or possessive ("Iraqi" → "Iraq"), or nil.
    public var country: String?
    /// The organisation the role is held in ("Chatham House", "Popular Mobilization Units"), or nil.
    public var organisation: String?
    /// The person the role serves, for "a spokesman for X" / "X's spokesman" when X is a person, or nil.
    public var principal: String?

    /// Creates a role.
    public init(title: String, country: String? = nil, organisation: String? = nil, principal: String? = nil) {
        self.title = title
        self.country = country
        self.organisation = organisation
        self.principal = principal
    }

    /// The role as stored on a speaker: the title, with the country in parentheses when known
    /// ("President (Iraq)", "director of the Iraq Initiative").
    ///
    /// Role words are lowercased ("Mayor" and "mayor" are one role); names inside the title keep their
    /// capitals ("director of the Iraq Initiative").
    public var label: String {
        let shown = RoleReader.lowercasingRoleWords(title)
        return country.map { "\(shown) (\($0))" } ?? shown
    }

    /// The role's comparison key: folded words, abbreviations expanded, qualifiers such as "acting"
    /// and "former" dropped, in sorted order, so "Defense Secretary" and "secretary of defense" agree.
    public var key: String { RoleReader.roleKey(title) }
}

/// A role found next to a person's name in an article.
public struct RoleMention: Sendable, Hashable {
    /// How the role is written.
    public enum Form: String, Sendable, Hashable, Codable {
        /// Title words in front of the name: `Iraqi President X`.
        case title
        /// An appositive after the name: `X, director of Y at Z`.
        case appositive
        /// `X's spokesman, Y`.
        case possessive
    }

    /// The role.
    public var role: Role
    /// The words the role was read from.
    public var span: TextSpan
    /// How it was written.
    public var form: Form
}

/// Reads roles and affiliations from titles in front of names and appositives after them.
///
/// ```swift
/// let doc = Document(text: "said Ada Pell, director of the Tide Project at the Oslo-based Harbour Institute.")
/// let name = TextSpan(start: 5, end: 13)
/// RoleReader.roles(of: name, in: doc).first?.role
/// // title "director of the Tide Project", organisation "Harbour Institute"
/// ```
/// The quotes stage calls ``roles(of:in:)`` for each named speaker and copies the results into
/// `Speaker.roles` (``Role/title``, with the country in front when there is one) and
/// `Speaker.organisations`; ``describes(_:_:)`` tells whether a role word in the text ("the Iraqi PM",
/// "the spokesman") fits a role a named person holds in the same article.
public enum RoleReader {
    /// Nouns that make a phrase a role even though they are not name titles.
    static let roleNouns: Set<String> = NameVocabulary.titleWords.subtracting(honorifics).union(
        Lexicons.roleNounsBesideTitles)

    /// Forms of address, which are titles of a name but not roles.
    public static let honorifics: Set<String> = Set(Lexicons.formsOfAddress)

    /// Words naming the kind of an organisation: a capitalised run holding one is an organisation.
    static let organisationHeads: Set<String> = Set(Lexicons.organisationKindWords)

    /// Qualifiers dropped from a role's key.
    private static let qualifiers: Set<String> = Set(Lexicons.roleQualifiers)

    /// Abbreviations besides ``abbreviations`` whose full stop may stand inside a role phrase.
    private static let nameAbbreviations = Set(Lexicons.nameAbbreviations)
    /// Words that turn a role phrase read backwards into a clause ("who", "said").
    private static let phraseEnders = Set(Lexicons.rolePhraseEnders)
    /// Articles and possessives dropped from the front of a title.
    private static let articlesAndPossessives = Set(Lexicons.articlesAndPossessives)
    /// Lower-case head nouns that belong to the capitalised run before them ("Iranian government").
    private static let stateBodyNouns = Set(Lexicons.stateBodyNouns)

    private static let abbreviations: [String: String] = LexiconFile.dictionary(Lexicons.roleKeyAbbreviations)

    /// The comparison key of a role phrase; see ``Role/key``.
    public static func roleKey(_ title: String) -> String {
        var words: [String] = []
        for w in NameKey.words(title) {
            let expanded = abbreviations[w] ?? w
            for part in expanded.split(separator: " ") where !qualifiers.contains(String(part)) {
                if Places.country(String(part)) == nil { words.append(String(part)) }
            }
        }
        return Set(words).sorted().joined(separator: " ")
    }

    /// Reads a role phrase on its own: "Iraqi President" → title "President", country "Iraq";
    /// "director of the Tide Project at the Oslo-based Harbour Institute think tank" → title
    /// "director of the Tide Project", organisation "Harbour Institute"; "a spokesman for the
    /// Freedonian government" → title "spokesman", organisation "Freedonian government".
    /// Nil when the phrase holds no role word.
    public static func read(_ phrase: String) -> Role? {
        // The folded scalars are all reading needs: no tokens.
        let folded = Normalizer.fold(Document.decode(phrase))
        return read(folded, TextSpan(start: 0, end: folded.count))
    }

    /// Roles the text gives the person whose name lies at `name`: title words in front of it
    /// (`Iraqi President X`, `X's spokesman, Y`) and an appositive after it (`X, director of Y`).
    public static func roles(of name: TextSpan, in document: Document) -> [RoleMention] {
        roles(of: name, titles: NameRuns.withoutTitles(document.folded, name).start - name.start, in: document)
    }

    /// ``roles(of:in:)`` when it is known that the name span starts with `titles` scalars of title
    /// words (as ``NameRuns/withoutTitles(_:_:)`` finds; it is the same for every place one name is written).
    static func roles(of name: TextSpan, titles: Int, in document: Document) -> [RoleMention] {
        let s = document.folded
        var out: [RoleMention] = []
        // Titles that the caller left inside the name span count as a title in front.
        let bare = TextSpan(start: name.start + titles, end: name.end)
        if bare.start > name.start, let role = read(s, TextSpan(start: name.start, end: bare.start)) {
            if let before = titleBefore(name.start, in: s),
                let wider = read(s, TextSpan(start: before, end: bare.start))
            {
                out.append(RoleMention(role: wider, span: TextSpan(start: before, end: bare.start), form: .title))
            } else {
                out.append(RoleMention(role: role, span: TextSpan(start: name.start, end: bare.start), form: .title))
            }
        } else if let before = titleBefore(name.start, in: s),
            let role = read(s, TextSpan(start: before, end: name.start))
        {
            out.append(RoleMention(role: role, span: TextSpan(start: before, end: name.start), form: .title))
        }
        let front = out.first?.span.start ?? name.start
        if let possessive = possessiveBefore(front, in: s) { out.append(possessive) }
        if let appositive = appositiveAfter(name.end, in: s) { out.append(appositive) }
        return out
    }

    /// `title` with its role vocabulary ("President", "Secretary", "Gen.") in lowercase.
    static func lowercasingRoleWords(_ title: String) -> String {
        var out: [String] = []
        for word in title.split(separator: " ", omittingEmptySubsequences: false) {
            let folded = NameKey.normalized(String(word)).replacingDots()
            if let expanded = abbreviations[folded], folded != "chair" {
                // "PM" and "prime minister", "Gen." and "general" are one role.
                out.append(expanded)
                continue
            }
            let isVocabulary =
                roleNouns.contains(folded) || NameVocabulary.portfolioWords.contains(folded)
                || qualifiers.contains(folded)
            out.append(isVocabulary ? word.lowercased() : String(word))
        }
        return out.joined(separator: " ")
    }

    /// A speaker's roles in one form: each read and relabelled ("Iraqi PM" → "prime minister (Iraq)"),
    /// repeats dropped, and a role without a country dropped when the same role with one is there.
    public static func normalizedRoles(_ roles: [String]) -> [String] {
        var parsed: [(label: String, key: String, country: String?)] = []
        var seen: [String] = []
        for role in roles {
            // A role with its organisation or country already written out is kept as written.
            let phrased = isPhrased(role)
            let read = phrased ? nil : RoleReader.read(role)
            let label = read?.label ?? lowercasingRoleWords(role)
            let lowered = label.lowercased()
            if seen.contains(lowered) { continue }
            seen.append(lowered)
            parsed.append((label, read?.key ?? roleKey(role), read?.country))
        }
        return parsed.filter { entry in
            entry.country != nil || !parsed.contains { $0.key == entry.key && $0.country != nil && !entry.key.isEmpty }
        }.map(\.label)
    }

    /// Whether a role is written with its organisation or country: " of ", " at ", " for " or "(".
    private static func isPhrased(_ role: String) -> Bool {
        let b = Array(role.utf8)
        guard b.allSatisfy({ $0 < 0x80 }) else {
            // Beyond ASCII, marks may combine with the spaces: compare as characters.
            return role.contains(" of ") || role.contains(" at ") || role.contains(" for ") || role.contains("(")
        }
        for i in b.indices {
            if b[i] == 0x28 { return true }
            guard b[i] == 0x20, i + 3 < b.count else { continue }
            let (x, y, z) = (b[i + 1], b[i + 2], b[i + 3])
            if (x == 0x6F && y == 0x66 && z == 0x20) || (x == 0x61 && y == 0x74 && z == 0x20) { return true }
            if x == 0x66, y == 0x6F, z == 0x72, i + 4 < b.count, b[i + 4] == 0x20 { return true }
        }
        return false
    }

    /// Copies roles into a speaker: each role's ``Role/label`` into `roles` and its organisation into
    /// `organisations`, skipping ones already there (compared by key).
    public static func apply(_ mentions: [RoleMention], to speaker: inout Speaker) {
        for mention in mentions {
            let role = mention.role
            let label = role.label
            let lowered = label.lowercased()
            if !speaker.roles.contains(where: { $0.lowercased() == lowered }) {
                speaker.roles.append(label)
            }
            if let org = role.organisation {
                let key = NameKey.normalized(org)
                if !speaker.organisations.contains(where: { NameKey.normalized($0) == key }) {
                    speaker.organisations.append(org)
                }
            }
        }
    }

    /// Whether a role word or description in the text ("the Iraqi PM", "the country's outgoing prime
    /// minister", "the spokesman") fits `role`: the role words agree and, where both name a country, so does it.
    public static func describes(_ description: String, _ role: Role) -> Bool {
        let wanted = Set(roleKey(description).split(separator: " "))
        let held = Set(role.key.split(separator: " "))
        guard !wanted.isEmpty, wanted.isSubset(of: held) || held.isSubset(of: wanted) else { return false }
        if let country = countryOf(description), let theirs = role.country, country != theirs { return false }
        return true
    }

    // MARK: - Reading

    /// Where a run of title words ending at `end` starts (`acting Iraqi prime minister`), or nil.
    private static func titleBefore(_ end: Int, in s: [Unicode.Scalar]) -> Int? {
        var cursor = end
        while cursor > 0, s[cursor - 1] == " " { cursor -= 1 }
        var start: Int?
        var count = 0
        var sawRole = false
        while count < 8, let w = wordOrAbbreviation(endingAt: cursor, in: s) {
            let word = NameRuns.bareWord(s, w)
            let capital = NameRuns.isCapitalised(s, w)
            let isRole =
                roleNouns.contains(word) || NameVocabulary.portfolioWords.contains(word)
                || organisationHeads.contains(word)
            let allowed =
                isRole || (capital && !NameRuns.notNameWords.contains(word)) || word == "of"
                || qualifiers.contains(word) && word != "the" && word != "a" && word != "an"
            guard allowed else { break }
            // The word next to the name must be the title itself ("President X"), not a given name
            // ("prime minister Adel" before "Abdul Mahdi").
            if count == 0, !isRole { return nil }
            if roleNouns.contains(word) { sawRole = true }
            start = w.start
            count += 1
            guard w.start > 0, s[w.start - 1] == " " else { break }
            cursor = w.start - 1
        }
        guard sawRole, var a = start else { return nil }
        // Do not begin on "of".
        while let w = NameRuns.wordStarting(at: a, in: s, upper: end), NameRuns.lowerWord(s, w) == "of" {
            a = w.end + 1
        }
        return a < end ? a : nil
    }

    /// The word ending at `end`, or a title abbreviation whose dot ends at `end` ("Gen.", "Maj.").
    private static func wordOrAbbreviation(endingAt end: Int, in s: [Unicode.Scalar]) -> TextSpan? {
        if end >= 2, s[end - 1] == ".", NameRuns.isWordScalar(s[end - 2]),
            let w = NameRuns.wordEnding(at: end - 1, in: s),
            abbreviations[NameRuns.lowerWord(s, w)] != nil
                || nameAbbreviations.contains(NameRuns.lowerWord(s, w))
        {
            return TextSpan(start: w.start, end: end)
        }
        return NameRuns.wordEnding(at: end, in: s)
    }

    /// `X's spokesman, Y`: a possessive, role words and a comma right before the name.
    private static func possessiveBefore(_ start: Int, in s: [Unicode.Scalar]) -> RoleMention? {
        var e = start
        while e > 0, s[e - 1] == " " { e -= 1 }
        guard e > 0, s[e - 1] == "," else { return nil }
        let roleEnd = e - 1
        var cursor = roleEnd
        var roleStart: Int?
        var n = 0
        while n < 4, let w = NameRuns.wordEnding(at: cursor, in: s) {
            let word = NameRuns.lowerWord(s, w)
            if word.hasSuffix("'s") { break }
            guard roleNouns.contains(word) || qualifiers.contains(word) else { return nil }
            roleStart = w.start
            n += 1
            guard w.start > 0, s[w.start - 1] == " " else { return nil }
            cursor = w.start - 1
        }
        guard let rs = roleStart else { return nil }
        // The owner: a name run ending in 's just before the role words.
        var ownerEnd = rs
        while ownerEnd > 0, s[ownerEnd - 1] == " " { ownerEnd -= 1 }
        guard ownerEnd >= 2, s[ownerEnd - 1] == "s", s[ownerEnd - 2] == "'" else { return nil }
        guard let owner = NameRuns.runEnding(at: ownerEnd - 2, in: s) else { return nil }
        let ownerText = NameRuns.text(s, owner)
        let title = NameRuns.text(s, TextSpan(start: rs, end: roleEnd))
        var role = Role(title: title)
        if isOrganisation(ownerText) || Places.country(NameKey.normalized(ownerText).replacingDots()) != nil {
            role.organisation = ownerText
        } else {
            role.principal = ownerText
        }
        return RoleMention(role: role, span: TextSpan(start: owner.start, end: roleEnd), form: .possessive)
    }

    /// `X, director of Y at Z,`: the appositive after a name, up to the next comma or sentence end.
    private static func appositiveAfter(_ end: Int, in s: [Unicode.Scalar]) -> RoleMention? {
        var a = end
        while a < s.count, s[a] == " " { a += 1 }
        guard a < s.count, s[a] == "," else { return nil }
        a += 1
        while a < s.count, s[a] == " " { a += 1 }
        var e = a
        var depth = 0
        while e < s.count {
            let c = s[e]
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1 }
            if depth <= 0, c == "," || c == ";" || c == "\n" || c == "\"" || c == "\u{201C}" || c == "\u{201D}" {
                break
            }
            if c == ".", e + 1 >= s.count || s[e + 1] == " " || s[e + 1] == "\n",
                !(e > 0 && NameRuns.isUpper(s[e - 1]) && (e < 2 || !NameRuns.isWordScalar(s[e - 2])))
            {
                break
            }
            e += 1
        }
        guard e > a, e - a < 200 else { return nil }
        // The appositive must open with a role: an article or qualifiers, then a role noun early on.
        var cursor = a
        var n = 0
        var sawRole = false
        while n < 5, let w = NameRuns.wordStarting(at: cursor, in: s, upper: e) {
            let word = NameRuns.bareWord(s, w)
            if roleNouns.contains(word) {
                sawRole = true
                break
            }
            if phraseEnders.contains(word) { return nil }
            n += 1
            guard w.end < e, s[w.end] == " " else { break }
            cursor = w.end + 1
        }
        guard sawRole, let role = read(s, TextSpan(start: a, end: e)) else { return nil }
        return RoleMention(role: role, span: TextSpan(start: a, end: e), form: .appositive)
    }

    /// Parses the role phrase at `span` of `s` (see ``read(_:)``).
    static func read(_ s: [Unicode.Scalar], _ span: TextSpan) -> Role? {
        var words: [TextSpan] = []
        var i = span.start
        while i < span.end {
            if let w = NameRuns.wordStarting(at: i, in: s, upper: span.end) {
                words.append(w)
                i = w.end
            } else {
                i += 1
            }
        }
        let folded = words.map { NameRuns.bareWord(s, $0) }
        guard folded.contains(where: { roleNouns.contains($0) }) else { return nil }
        // Split at "at"/"with" (organisation follows), else at "of"/"for" after the first role noun.
        var orgStart: Int?
        var roleEnd = words.count
        if let at = folded.firstIndex(where: { $0 == "at" || $0 == "with" || $0 == "in" }) {
            roleEnd = at
            orgStart = at + 1
        } else if let first = folded.firstIndex(where: { roleNouns.contains($0) }),
            let of = folded[first...].firstIndex(where: { $0 == "of" || $0 == "for" || $0 == "to" })
        {
            // "secretary of state" keeps its portfolio.
            let next = of + 1 < folded.count ? folded[of + 1] : ""
            if !(NameVocabulary.portfolioWords.contains(next) && next != "the") {
                roleEnd = of
                orgStart = of + 1
            }
        }
        // Leading words: articles, qualifiers kept out of the title; a demonym or possessive gives the country;
        // capitalised words before the first role noun are an organisation ("US Marine Corps", "Iranian government").
        var country: String?
        var titleStart = 0
        while titleStart < roleEnd, articlesAndPossessives.contains(folded[titleStart]) {
            titleStart += 1
        }
        let firstRole =
            folded[titleStart..<roleEnd].firstIndex(where: {
                (roleNouns.contains($0) && !qualifiers.contains($0))
                    || (NameVocabulary.portfolioWords.contains($0) && $0 != "the" && $0 != "and")
            }) ?? titleStart
        var leadingOrg: [TextSpan] = []
        var k = titleStart
        while k < firstRole {
            let word = folded[k]
            let bare =
                word.hasSuffix("s") && NameRuns.lowerWord(s, words[k]).hasSuffix("'s") ? String(word.dropLast()) : word
            if let c = Places.country(bare) {
                country = country ?? c
                if k + 1 < firstRole, !qualifiers.contains(folded[k + 1]) { leadingOrg.append(words[k]) }
            } else if !qualifiers.contains(word) {
                leadingOrg.append(words[k])
            }
            k += 1
        }
        guard firstRole < roleEnd else { return nil }
        var titleSpan = TextSpan(start: words[firstRole].start, end: words[roleEnd - 1].end)
        if titleSpan.end < span.end, s[titleSpan.end] == ".", abbreviations[folded[roleEnd - 1]] != nil {
            titleSpan.end += 1
        }
        var role = Role(title: NameRuns.text(s, titleSpan), country: country)
        if let last = leadingOrg.last, let first = leadingOrg.first,
            leadingOrg.contains(where: { organisationHeads.contains(NameRuns.lowerWord(s, $0)) })
                || leadingOrg.count >= 2 || (leadingOrg.count == 1 && Places.country(folded[k - 1]) == nil)
        {
            let text = NameRuns.text(s, TextSpan(start: first.start, end: last.end))
            if Places.country(NameKey.normalized(text).replacingDots()) == nil { role.organisation = text }
        }
        if let o = orgStart, o < words.count {
            let rest = TextSpan(start: words[o].start, end: words[words.count - 1].end)
            if let org = organisation(in: s, rest) {
                if isOrganisation(org) || orgStart.map({ folded[$0 - 1] }) == "at"
                    || orgStart.map({ folded[$0 - 1] }) == "of"
                {
                    role.organisation = org
                } else {
                    role.principal = org
                }
                if role.country == nil, let c = Places.country(NameKey.normalized(org).replacingDots()) {
                    role.country = c
                    role.organisation = isOrganisation(org) ? org : nil
                }
            }
        }
        return role
    }

    /// The organisation named in `span`: the last run of capitalised words, skipping hyphenated
    /// adjectives ("London-based"); with a lowercase head noun after it when there is one ("Freedonian government").
    private static func organisation(in s: [Unicode.Scalar], _ span: TextSpan) -> String? {
        var runs: [TextSpan] = []
        var current: TextSpan?
        var i = span.start
        while i < span.end {
            guard let w = NameRuns.wordStarting(at: i, in: s, upper: span.end) else {
                if s[i] != " " {
                    if let c = current { runs.append(c) }
                    current = nil
                }
                i += 1
                continue
            }
            let word = NameRuns.lowerWord(s, w)
            let adjective =
                word.hasSuffix("-based") || word.hasSuffix("-backed") || word.hasSuffix("-led")
                || word.hasSuffix("-funded") || word.hasSuffix("-run") || word.hasSuffix("-linked")
            let partOfName =
                (NameRuns.isCapitalised(s, w) && !adjective)
                || (current != nil && (word == "of" || word == "for" || word == "and" || word == "the"))
            if partOfName {
                if NameRuns.isCapitalised(s, w) || current != nil {
                    current = TextSpan(
                        start: current?.start ?? w.start,
                        end: NameRuns.isCapitalised(s, w) ? w.end : (current?.end ?? w.end))
                }
            } else {
                if let c = current {
                    // A lowercase head noun right after the run belongs to it ("Iranian government").
                    if stateBodyNouns.contains(word) {
                        runs.append(TextSpan(start: c.start, end: w.end))
                    } else {
                        runs.append(c)
                    }
                }
                current = nil
            }
            i = w.end
        }
        if let c = current { runs.append(c) }
        guard let best = runs.last(where: { isOrganisation(NameRuns.text(s, $0)) }) ?? runs.first else { return nil }
        return NameRuns.text(s, best)
    }

    /// Whether a name looks like an organisation's: it holds an organisation head word.
    public static func isOrganisation(_ name: String) -> Bool {
        NameKey.words(name).contains { organisationHeads.contains($0) }
    }

    /// The country a description names ("the Iraqi PM" → "Iraq"), or nil.
    private static func countryOf(_ description: String) -> String? {
        for w in NameKey.words(description) {
            if let c = Places.country(w) { return c }
        }
        return nil
    }
}
