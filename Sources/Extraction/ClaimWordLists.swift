import HearsayModel
import HearsayText

/// Short word lists the claim stages test words against, as ``WordSet``s built once
/// (an array literal in a condition would be built and hashed on every test).
enum ClaimWords {
    static let isAreWasWere: WordSet = ["is", "are", "was", "were"]
    static let toWillWouldCouldEtc: WordSet = [
        "to", "will", "would", "could", "might", "may", "should", "must", "can", "not", "never", "didn't", "did",
        "does", "do", "be", "been", "being",
    ]
    static let theAAn: WordSet = ["the", "a", "an"]
    static let inOnAtAfterEtc: WordSet = [
        "in", "on", "at", "after", "before", "during", "with", "for", "as", "from", "over", "meanwhile", "however",
        "since", "when", "while", "although", "though", "by", "under", "despite", "amid",
    ]
    static let isAreHasHaveEtc: WordSet = [
        "is", "are", "has", "have", "will", "would", "can", "could", "continued", "continues",
    ]
    static let dRI: WordSet = ["d", "r", "i"]
    static let thisThatTheseThoseEtc: WordSet = [
        "this", "that", "these", "those", "which", "what", "there", "one", "some",
    ]
    static let isAreWasWereEtc: WordSet = ["is", "are", "was", "were", "has", "have", "had", "be", "been"]
    static let whatHowWhyWhetherEtc: WordSet = ["what", "how", "why", "whether", "which", "where"]
    static let theAAnHisEtc: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our"]
    static let todayYesterdayTonightAgainEtc: WordSet = [
        "today", "yesterday", "tonight", "again", "also", "publicly", "flatly", "late", "early", "earlier", "later",
        "night", "morning", "afternoon", "evening", "repeatedly", "previously",
    ]
    static let inOnDuringAtEtc: WordSet = ["in", "on", "during", "at", "via"]
    static let aAnTheHisEtc: WordSet = ["a", "an", "the", "his", "her", "their", "its"]
    static let statementInterviewSpeechBriefingEtc: WordSet = [
        "statement", "interview", "speech", "briefing", "conference", "post", "tweet", "letter", "call", "release",
        "broadcast", "television", "twitter", "facebook", "radio", "sunday", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "news", "message", "video",
    ]
    static let statementInterviewTwitterFacebook: WordSet = ["statement", "interview", "twitter", "facebook"]
    static let thatThe: WordSet = ["that", "the"]
    static let statementInterviewSpeechBriefingEtc2: WordSet = [
        "statement", "interview", "speech", "briefing", "conference", "post", "tweet", "letter", "call", "release",
        "broadcast", "television", "twitter", "facebook", "radio", "message", "video",
    ]
}
