import HearsayModel
import HearsayText

/// Word lists the claim finder reads sentences with.
enum ClaimLexicon {
    /// Reporting verbs that introduce what someone asserted ("said", "denied", "told").
    static let cueVerbs = WordSet(words: Lexicons.claimCueVerbs)

    /// Cue forms ending in -ing: a cue only after "is/are/was/were" ("are warning") or after a comma
    /// as a participle of the sentence's subject (", saying that ...").
    static let progressive = WordSet(words: Lexicons.claimCueProgressives)

    /// Verbs of stance and speech whose subject is the source of what follows, clause or not
    /// ("called for", "cited", "criticized").
    static let stanceVerbs = WordSet(words: Lexicons.claimStanceVerbs)

    /// Public acts whose doer is the source of what they put on record ("signed", "ordered", "appointed"),
    /// read like the stance verbs.
    static let actVerbs = WordSet(words: Lexicons.claimActVerbs)

    /// Adjectives of stance whose subject, after a linking verb, is the source of what follows
    /// ("is confident that", "was critical of").
    static let stanceAdjectives = WordSet(words: Lexicons.claimStanceAdjectives)

    /// Linking verbs before a stance adjective ("is", "remained", "made it").
    static let adjectiveLinks = WordSet(words: Lexicons.claimStanceAdjectiveLinks)

    /// Degree words between a linking verb and its adjective ("is not sure", "was very critical").
    static let degreeWords = WordSet(words: Lexicons.claimDegreeWords)

    /// The base forms of the stance verbs ("call", "want"), verbs only after a modal or a plural subject.
    static let stanceVerbBases = WordSet(words: Lexicons.claimStanceVerbBases)

    /// Prepositions after a stance verb that open its place or time, not its content ("spoke in Ohio").
    static let stanceAdjunctOpeners = WordSet(words: Lexicons.claimStanceAdjunctOpeners)

    /// Forms of "be" before an -ing verb of stance ("is demanding", "isn't saying").
    static let progressiveAuxiliaries = WordSet(words: Lexicons.claimProgressiveAuxiliaries)

    /// Verbs a title-case headline writes after a name ("Slams", "Claims").
    static let headlineVerbs = WordSet(words: Lexicons.headlineVerbs)

    /// Reporting verbs' -s forms that are more often plural nouns ("reports", "states").
    static let pluralNounForms = WordSet(words: Lexicons.reportingVerbPluralNouns)

    /// Nouns that report an assertion of their possessor before a "that" clause ("X's claim that").
    static let cueNouns = WordSet(words: Lexicons.claimCueNouns)

    /// Words of a short time adjunct between a noun of assertion and its "that" ("X's claim last week that").
    static let timeAdjunctWords = WordSet(words: Lexicons.claimTimeAdjunctWords)

    /// Findings verbs ("the report found that"), cues only with a following "that".
    static let needThat = WordSet(words: Lexicons.claimCuesNeedingThat)

    /// Verbs of belief among the findings verbs that also take a clause without "that" ("Lee thinks the pier
    /// will hold").
    static let beliefVerbs = WordSet(words: Lexicons.claimBeliefVerbs)

    /// Pronouns that open a relative clause as its object or subject, with the speaker after them
    /// ("which he said", "that officials said").
    static let objectRelatives = WordSet(words: Lexicons.claimObjectRelatives)

    /// Cues that take the hearer as an object before the clause ("told reporters that").
    static let hearerVerbs = WordSet(words: Lexicons.hearerVerbs)

    /// Words that may stand between a speaker and the cue ("Esper on Tuesday also said").
    static let betweenSpeakerAndCue = WordSet(words: Lexicons.claimSpeakerCueInterveners)

    /// Words after which a speaker phrase cannot reach further back.
    static let speakerBoundary = WordSet(words: Lexicons.claimSpeakerBoundaries)

    static let pronouns = WordSet(words: Lexicons.subjectPronouns)
    static let relatives = WordSet(words: Lexicons.relativePronouns)

    /// Words that open an adjunct between a cue and its clause ("said on Monday that").
    static let adjunctOpeners = WordSet(words: Lexicons.claimAdjunctOpeners)

    /// Leading words stripped from a stated claim's text.
    static let leadingConnectives = WordSet(words: Lexicons.claimLeadingConnectives)

    /// Words that make a sentence a prediction, hypothesis or opinion rather than a checkable fact.
    static let modals = WordSet(words: Lexicons.opinionWords)

    /// First-person words: a column's or a speaker's own voice, not a news report's.
    static let firstPerson = WordSet(words: Lexicons.firstPersonWords)

    /// Verbs a page's furniture opens with ("Like us on Facebook", "Sign up for ...").
    static let imperatives = WordSet(words: Lexicons.pageFurnitureImperatives)

    /// Phrases of page furniture, bylines and credits.
    static let boilerplate: [[WordKey]] = Lexicons.pageFurniturePhrases.map {
        $0.split(separator: " ").map { WordKey($0) }
    }

    /// The boilerplate phrases by their first word, so a sentence is scanned once.
    static let boilerplateByFirstWord = WordMap(
        Dictionary(grouping: boilerplate) { $0[0].value }.map { (WordKey(value: $0.key), $0.value) })

    /// Phrases of going on or starting that hand their subject to a reporting verb after "to"
    /// ("continued to say", "went on to argue"), each as its words in order.
    static let aspectPhrases: [[WordKey]] = Lexicons.claimAspectVerbs.map {
        $0.split(separator: " ").map { WordKey($0) }
    }

    /// Light and phrasal verbs of stance, each as its words in order ("took aim at", "made the case that"),
    /// by their first word, longest first: read like one verb of stance whose particle is not the claim's.
    static let lightVerbPhrasesByFirstWord = WordMap(
        Dictionary(grouping: Lexicons.claimLightVerbPhrases.map { $0.split(separator: " ").map { WordKey($0) } }) {
            $0[0].value
        }.map { (WordKey(value: $0.key), $0.value.sorted { $0.count > $1.count }) })

    /// Words that open a stretch of time after a reporting verb ("said for weeks").
    static let durationOpeners = WordSet(words: Lexicons.claimDurationOpeners)

    /// Plural units of time that close such a stretch ("weeks", "years").
    static let durationUnits = WordSet(words: Lexicons.claimDurationUnits)

    /// Past-tense forms that do not end in -ed.
    static let irregularPast = WordSet(words: Lexicons.irregularPastForms)

    /// Words ending in -ed that are not verbs in the past.
    static let falsePast = WordSet(words: Lexicons.edWordsNotPast)
}
