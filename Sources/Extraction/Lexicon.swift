import HearsayModel
import HearsayText

/// Closed word lists the attribution stages consult (the files of `Lexicons/`), stored as sets
/// of ``Normalizer/key(_:)`` values so a lookup never builds a `String`.
enum Lexicon {
    static func keys(_ words: [String]) -> KeySet {
        KeySet(words.map { Normalizer.key($0) })
    }

    /// Subject pronouns and what they can refer to.
    enum PronounKind: String, Sendable { case male, female, plural, neuter, firstPerson }

    static let pronouns: KeyMap<PronounKind> = {
        var d: [UInt64: PronounKind] = [:]
        for (word, kind) in LexiconFile.pairs(Lexicons.pronouns) {
            guard let kind = PronounKind(rawValue: kind) else {
                preconditionFailure("Lexicons/pronouns.txt: unknown kind \(kind) for \(word)")
            }
            d[Normalizer.key(word)] = kind
        }
        return KeyMap(d)
    }()

    /// Words that open a name as a title, rank or office, and never belong to the name itself.
    static let titles = keys(Lexicons.quoteTitles)

    /// Words that make a capitalised run the name of an organisation.
    static let orgHeads = keys(Lexicons.quoteOrganisationHeads)

    /// Nouns naming a person by role, used to resolve "the spokesman", "the Iraqi PM".
    static let roleNouns = keys(Lexicons.roleNouns)

    /// Plural nouns naming a group of people ("protesters", "officials").
    static let groupNouns = keys(Lexicons.groupNouns)

    /// Lower-case nouns naming an institution ("the company said", "the ministry said").
    static let organisationNouns = keys(Lexicons.organisationNouns)

    /// Nouns for a written or displayed text that can "say" something ("the letter read").
    static let documentNouns = keys(Lexicons.documentNouns)

    /// Lower-case words that end a noun phrase read backwards from a verb.
    static let subjectStops = keys(Lexicons.subjectStops)

    /// Lower-case words that may sit between a subject and its reporting verb.
    static let interveners = keys(Lexicons.subjectVerbInterveners)

    /// Words that end a noun phrase read forwards from a verb ("said X, who ...").
    static let objectStops = keys(Lexicons.objectStops)

    /// Capitalised words that begin a sentence without naming anyone.
    static let capitalizedFunctionWords = keys(Lexicons.capitalisedFunctionWords)

    /// Name particles that may be lower-case inside a name ("Abu Mahdi al-Muhandis", "Charles de Gaulle").
    static let particles = keys(Lexicons.quoteNameParticles)

    /// Verbs a title-case headline puts right after a name ("Ann Lee Slams Moss"): a name ends before them.
    static let headlineVerbs = keys(Lexicons.headlineVerbs)

    /// Spelled-out numbers, which start phrases like "Seventy-four percent" but never names.
    static let numberWords = keys(Lexicons.numberWords)

    /// Abbreviated US state names written after a town ("Allentown, Pa.").
    static let stateAbbreviations = keys(Lexicons.usStateAbbreviations)

    /// Generational suffixes that follow a surname ("Jr.", "III").
    static let suffixes = keys(Lexicons.nameSuffixes)

    /// Titles kept in a name of one word after them ("Pope Leo", "Queen Ada").
    static let nameKeepingTitles = keys(Lexicons.nameKeepingTitles)

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations = keys(Lexicons.quoteAbbreviations)

    /// Words that make up the names of countries, US states, regions and large cities. A name made
    /// only of these ("New Hampshire", "Los Angeles", "Middle East") is a place, never a person
    /// a pronoun can refer to.
    static let placeWords = keys(Lexicons.placeWords)

    /// Common given names with their usual gender, to resolve "he" and "she".
    static let femaleNames = keys(Lexicons.femaleGivenNames)

    static let maleNames = keys(Lexicons.maleGivenNames)
}
