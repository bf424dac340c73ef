import HearsayText

// Every word in these lists (Lexicons/synthetic-*.txt) is ours: invented names, places and
// sentences pieced together from short fragments, so a generated corpus copies no real article
// and names no real person.

/// The word lists the generator draws from.
enum Vocabulary {
    static let firstNames: [String] = Lexicons.syntheticFirstNames

    // Surnames are two invented syllables: 40 × 30 = 1,200 of them.
    static let surnameStarts: [String] = Lexicons.syntheticSurnameStarts
    static let surnameEnds: [String] = Lexicons.syntheticSurnameEnds

    // Places are two invented syllables too: 10 × 10 = 100 of them.
    static let placeStarts: [String] = Lexicons.syntheticPlaceStarts
    static let placeEnds: [String] = Lexicons.syntheticPlaceEnds

    /// Kinds of organisation; 100 places × 20 kinds = 2,000 organisations.
    static let organisationKinds: [String] = Lexicons.syntheticOrganisationKinds

    static let roles: [String] = Lexicons.syntheticRoles

    static let outlets: [String] = Lexicons.syntheticOutlets

    static let subjects: [String] = Lexicons.syntheticSubjects
    static let verbs: [String] = Lexicons.syntheticVerbs
    static let objects: [String] = Lexicons.syntheticObjects
    static let tails: [String] = Lexicons.syntheticTails
    static let pastSubjects: [String] = Lexicons.syntheticPastSubjects
    static let pastVerbs: [String] = Lexicons.syntheticPastVerbs
    static let reportingVerbs: [String] = Lexicons.syntheticReportingVerbs
    static let units: [String] = Lexicons.syntheticUnits
    static let events: [String] = Lexicons.syntheticEvents
    static let qualifiers: [String] = Lexicons.syntheticQualifiers
    static let weekdays: [String] = Lexicons.weekdays.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    static let headlineVerbs: [String] = Lexicons.syntheticHeadlineVerbs
}
