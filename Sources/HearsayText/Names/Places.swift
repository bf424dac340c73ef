import HearsayModel

/// Country names and the adjectives that stand for them, so that "Iraqi President" gives the country
/// Iraq and "Iran's Foreign Ministry" and "the Iranian Foreign Ministry" share a key.
package enum Places {
    /// Folded demonym or country word → the country's name as displayed.
    package static let countries: [String: String] = {
        var map: [String: String] = [:]
        let table = LexiconFile.pairs(Lexicons.countries).map {
            ($0.key, $0.value.split(separator: " ").map(String.init))
        }
        for (country, words) in table {
            for w in words { map[w] = country }
        }
        return map
    }()

    /// US states and other regions often written where a speaker is expected ("Iowa", "R-Ohio").
    package static let regions: Set<String> = Set(Lexicons.regions)

    /// Words that make a region of a place ("South Florida", "New Jersey", "Capitol Hill").
    package static let regionDescriptors: Set<String> = Set(Lexicons.regionDescriptors)

    /// Whether a folded word names a country, a region or a major place.
    package static func isPlace(_ word: String) -> Bool {
        country(word) != nil || regions.contains(word)
    }

    /// The country a single folded word names or qualifies ("iraqi" → "Iraq"), or nil.
    package static func country(_ word: String) -> String? {
        countries[word]
    }
}
