import HearsayModel

/// Country names and the adjectives that stand for them, so that "Iraqi President" gives the country
/// Iraq and "Iran's Foreign Ministry" and "the Iranian Foreign Ministry" share a key.
package enum Places {
    /// Folded demonym or country word → the country's name as displayed.
    package static let countries: [String: String] = {
        var map: [String: String] = [:]
        let table: [(String, [String])] = [
            ("US", ["us", "usa", "american", "america", "unitedstates"]), ("UK", ["uk", "british", "britain"]),
            ("Iraq", ["iraq", "iraqi"]), ("Iran", ["iran", "iranian"]), ("Syria", ["syria", "syrian"]),
            ("Israel", ["israel", "israeli"]), ("Saudi Arabia", ["saudi", "saudiarabia"]),
            ("Russia", ["russia", "russian"]), ("China", ["china", "chinese"]), ("France", ["france", "french"]),
            ("Germany", ["germany", "german"]), ("Turkey", ["turkey", "turkish"]), ("Egypt", ["egypt", "egyptian"]),
            ("Jordan", ["jordan", "jordanian"]), ("Lebanon", ["lebanon", "lebanese"]),
            ("Yemen", ["yemen", "yemeni"]), ("Qatar", ["qatar", "qatari"]), ("Kuwait", ["kuwait", "kuwaiti"]),
            ("Afghanistan", ["afghanistan", "afghan"]), ("Pakistan", ["pakistan", "pakistani"]),
            ("India", ["india", "indian"]), ("Japan", ["japan", "japanese"]), ("Mexico", ["mexico", "mexican"]),
            ("Canada", ["canada", "canadian"]), ("Italy", ["italy", "italian"]), ("Spain", ["spain", "spanish"]),
            ("Ukraine", ["ukraine", "ukrainian"]), ("Libya", ["libya", "libyan"]), ("Cuba", ["cuba", "cuban"]),
            ("North Korea", ["northkorea", "northkorean"]), ("South Korea", ["southkorea", "southkorean"]),
            ("Palestine", ["palestine", "palestinian"]), ("Kurdistan", ["kurdistan", "kurdish"]),
            ("Europe", ["europe", "european"]), ("Australia", ["australia", "australian"]),
            ("Brazil", ["brazil", "brazilian"]), ("Venezuela", ["venezuela", "venezuelan"]),
            ("Greece", ["greece", "greek"]), ("Poland", ["poland", "polish"]), ("Sweden", ["sweden", "swedish"]),
            ("Netherlands", ["netherlands", "dutch"]), ("Ireland", ["ireland", "irish"]),
            ("Nigeria", ["nigeria", "nigerian"]), ("Somalia", ["somalia", "somali"]),
            ("Sudan", ["sudan", "sudanese"]), ("Ethiopia", ["ethiopia", "ethiopian"]),
            ("Bahrain", ["bahrain", "bahraini"]), ("Oman", ["oman", "omani"]), ("Emirates", ["emirati", "uae"]),
            ("Algeria", ["algeria", "algerian"]), ("Morocco", ["morocco", "moroccan"]),
            ("Tunisia", ["tunisia", "tunisian"]), ("Vietnam", ["vietnam", "vietnamese"]),
            ("Philippines", ["philippines", "filipino", "philippine"]), ("Indonesia", ["indonesia", "indonesian"]),
            ("Scotland", ["scotland", "scottish"]), ("Wales", ["wales", "welsh"]), ("England", ["england", "english"]),
        ]
        for (country, words) in table {
            for w in words { map[w] = country }
        }
        return map
    }()

    /// US states and other regions often written where a speaker is expected ("Iowa", "R-Ohio").
    package static let regions: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
        "virginia", "washington", "wisconsin", "wyoming", "carolina", "dakota", "jersey", "york", "hampshire",
        "columbia", "europe", "asia", "africa", "america", "hollywood", "manhattan", "brooklyn", "chicago",
        "philadelphia", "boston", "london", "paris", "moscow", "beijing", "tehran", "baghdad", "jerusalem",
    ]

    /// Words that make a region of a place ("South Florida", "New Jersey", "Capitol Hill").
    package static let regionDescriptors: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "greater", "new", "capitol", "downtown", "rural", "suburban",
    ]

    /// Whether a folded word names a country, a region or a major place.
    package static func isPlace(_ word: String) -> Bool {
        country(word) != nil || regions.contains(word)
    }

    /// The country a single folded word names or qualifies ("iraqi" → "Iraq"), or nil.
    package static func country(_ word: String) -> String? {
        countries[word]
    }
}
