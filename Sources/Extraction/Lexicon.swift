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

    /// Spelled-out numbers, which start phrases like "Seventy-four percent" but never names.
    static let numberWords = keys(Lexicons.numberWords)

    /// Abbreviated US state names written after a town ("Allentown, Pa.").
    static let stateAbbreviations = keys(Lexicons.usStateAbbreviations)

    /// Generational suffixes that follow a surname ("Jr.", "III").
    static let suffixes = keys(Lexicons.nameSuffixes)

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

/// A set of lexicon keys. Keys are already FNV hashes, so the table probes by the key itself
/// instead of rehashing it (Swift's `Set` would run SipHash on every lookup).
struct KeySet: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Array(Set(keys))
        var capacity = 16
        while capacity < unique.count * 3 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for k in unique where k != 0 {
            var i = KeySet.slot(k, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = k
        }
    }

    @inline(__always) static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: k ^ (k >> 31)) & mask
    }

    /// True when `k` is in the set.
    @inline(__always) func contains(_ k: UInt64) -> Bool {
        var i = KeySet.slot(k, mask)
        while true {
            let s = slots[i]
            if s == k { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// A map from lexicon keys to values, probing like ``KeySet``.
struct KeyMap<Value: Sendable>: Sendable {
    private var slots: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ dict: [UInt64: Value]) {
        var capacity = 16
        while capacity < dict.count * 3 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (k, v) in dict where k != 0 {
            var i = KeySet.slot(k, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = k
            values[i] = v
        }
    }

    /// The value stored for `k`, if any.
    @inline(__always) subscript(_ k: UInt64) -> Value? {
        var i = KeySet.slot(k, mask)
        while true {
            let s = slots[i]
            if s == k { return values[i] }
            if s == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
