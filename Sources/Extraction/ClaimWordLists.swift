import HearsayModel
import HearsayText

/// Short word lists the claim stages test words against, as ``WordSet``s built once
/// (an array literal in a condition would be built and hashed on every test).
enum ClaimWords {
    static let isAreWasWere = WordSet(words: Lexicons.finiteBeForms)
    static let toWillWouldCouldEtc = WordSet(words: Lexicons.verbGroupOpeners)
    static let theAAn = WordSet(words: Lexicons.articles)
    static let inOnAtAfterEtc = WordSet(words: Lexicons.clauseAdjunctOpeners)
    static let isAreHasHaveEtc = WordSet(words: Lexicons.auxiliariesAfterSubject)
    static let dRI = WordSet(words: Lexicons.partyInitials)
    static let thisThatTheseThoseEtc = WordSet(words: Lexicons.demonstratives)
    static let isAreWasWereEtc = WordSet(words: Lexicons.beHaveForms)
    static let speakerDeterminers = WordSet(words: Lexicons.speakerDeterminers)
    static let whatHowWhyWhetherEtc = WordSet(words: Lexicons.questionWords)
    static let theAAnHisEtc = WordSet(words: Lexicons.determiners)
    static let todayYesterdayTonightAgainEtc = WordSet(words: Lexicons.claimCueAdverbs)
    static let inOnDuringAtEtc = WordSet(words: Lexicons.venuePrepositions)
    static let aAnTheHisEtc = WordSet(words: Lexicons.articlesAndPossessives)
    static let statementInterviewSpeechBriefingEtc = WordSet(words: Lexicons.venueWords)
    static let statementInterviewTwitterFacebook = WordSet(words: Lexicons.venuesWithoutArticle)
    static let thatThe = WordSet(words: Lexicons.venuePhraseEnders)
    static let statementInterviewSpeechBriefingEtc2 = WordSet(words: Lexicons.venueNouns)
}
