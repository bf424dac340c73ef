import HearsayModel
import HearsayText

/// The comparison key of an organisation's name, so that "Iran's Foreign Ministry", "the Iranian
/// Foreign Ministry" and "Ministry of Foreign Affairs of Iran" agree, and "Kata'ib Hezbollah" and
/// "Kitaeb Hizbullah" do too.
///
/// The key is the set of the name's content words, sorted: a country or its adjective becomes the
/// country, the other words their romanisation key (``NameKey/phonetic(_:)``); "the", "of",
/// "affairs" and the like are dropped, and the names of military formations ("Forces", "Units",
/// "Brigades") count as one word. An acronym of capitals is kept as written, lowercased.
public enum OrganisationKey {
    private static let fillers: Set<String> = Set(Lexicons.organisationKeyFillers)
    private static let formations: Set<String> = Set(Lexicons.militaryFormations)

    /// The key of `name` (see the type's summary); "" for a name with no content words.
    public static func key(_ name: String) -> String {
        let words = NameKey.words(name)
        if words.count == 1, isAcronym(name) { return words[0] }
        var parts: Set<String> = []
        var i = 0
        while i < words.count {
            let w = words[i]
            // Two-word countries written apart ("United States", "Saudi Arabia").
            if i + 1 < words.count, let c = Places.country(w + words[i + 1]) {
                parts.insert(squeezed(c))
                i += 2
                continue
            }
            if fillers.contains(w) {
                i += 1
                continue
            }
            if let c = Places.country(w) {
                parts.insert(squeezed(c))
            } else if formations.contains(w) {
                parts.insert("forces")
            } else {
                parts.insert(NameKey.phonetic(w))
            }
            i += 1
        }
        return parts.sorted().joined(separator: " ")
    }

    /// Whether `name` is an acronym: two to eight capital letters, perhaps with dots ("PMF", "U.N.").
    public static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        for scalar in name.unicodeScalars {
            if scalar == "." || scalar == " " { continue }
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2 && letters <= 8
    }

    /// Whether a name reads as an organisation's rather than a person's: it is an acronym or holds an
    /// organisation word ("Ministry", "Forces", "House"). A leading country is not enough ("America
    /// Ferrera" is a person).
    public static func looksLikeOrganisation(_ name: String) -> Bool {
        isAcronym(name) || RoleReader.isOrganisation(name)
    }

    /// A country's name folded and without spaces ("Saudi Arabia" → "saudiarabia").
    private static func squeezed(_ country: String) -> String {
        String(NameKey.normalized(country).unicodeScalars.filter { $0 != " " })
    }
}
