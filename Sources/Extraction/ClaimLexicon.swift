import HearsayModel
import HearsayText

/// Word lists the claim finder reads sentences with.
enum ClaimLexicon {
    /// Reporting verbs that introduce what someone asserted ("said", "denied", "told").
    static let cueVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "noted", "notes", "announced",
        "announces", "confirmed", "confirms", "denied", "denies", "insisted", "insists", "claimed", "claims",
        "reported", "reports", "warned", "warns", "argued", "argues", "explained", "explains", "acknowledged",
        "acknowledges", "admitted", "admits", "asserted", "asserts", "contended", "contends", "maintained",
        "maintains", "declared", "declares", "alleged", "alleges", "stressed", "stresses", "emphasized",
        "emphasised", "testified", "wrote", "writes", "tweeted", "posted", "informed", "disclosed", "discloses",
        "revealed", "reveals", "indicated", "indicates", "estimated", "estimates", "promised", "promises",
        "threatened", "vowed", "vows", "conceded", "concedes", "countered", "responded", "replied", "complained",
        "recalled", "agreed", "disputed", "assured", "reiterated", "predicted", "predicts", "suggested",
        "suggests", "observed", "pointed", "charged", "accused", "cautioned", "boasted", "mentioned", "projected",
        "speculated", "hinted", "signaled", "signalled", "showed", "shows", "found", "concluded", "determined",
        "believes", "believed", "thinks", "thought", "hopes", "feared", "fears", "fear", "saying", "telling", "warning",
        "claiming", "insisting", "arguing", "adding", "noting", "stating", "announcing", "denying", "reporting",
        "explaining", "declaring", "stressing",
    ]

    /// Cue forms ending in -ing: a cue only after "is/are/was/were" ("are warning") or after a comma
    /// as a participle of the sentence's subject (", saying that ...").
    static let progressive: WordSet = [
        "saying", "telling", "warning", "claiming", "insisting", "arguing", "adding", "noting", "stating",
        "announcing", "denying", "reporting", "explaining", "declaring", "stressing",
    ]

    /// Findings verbs ("the report found that"), cues only with a following "that".
    static let needThat: WordSet = [
        "showed", "shows", "found", "concluded", "determined", "believes", "believed", "thinks", "thought", "hopes",
        "pointed", "charged", "accused", "agreed", "disputed", "observed", "recalled",
        "complained", "responded", "replied", "countered", "threatened", "promised", "vowed", "promises", "vows",
        "estimated", "estimates", "indicated", "indicates", "suggested", "suggests", "projected", "mentioned",
    ]

    /// Cues that take the hearer as an object before the clause ("told reporters that").
    static let hearerVerbs: WordSet = [
        "told", "tells", "informed", "assured", "reminded", "notified", "briefed", "telling", "warned", "warns",
    ]

    /// Words that may stand between a speaker and the cue ("Esper on Tuesday also said").
    static let betweenSpeakerAndCue: WordSet = [
        "also", "later", "previously", "reportedly", "then", "has", "had", "have", "again", "repeatedly", "publicly",
        "privately", "separately", "earlier", "further", "recently", "already", "once", "vehemently", "flatly",
        "is", "are", "was", "were", "on", "late", "early", "last", "this", "night", "morning", "afternoon",
        "evening", "today", "yesterday", "initially", "first", "subsequently", "still", "now", "similarly",
        "explicitly", "privately", "openly", "bluntly", "strongly", "firmly", "angrily", "quickly", "immediately",
        "often", "never", "always", "himself", "herself", "themselves", "itself", "both", "all", "too",
    ]

    /// Words after which a speaker phrase cannot reach further back.
    static let speakerBoundary: WordSet = [
        "that", "and", "but", "because", "while", "as", "after", "before", "when", "if", "although", "though",
        "since", "so", "whereas", "where", "than", "until", "unless", "whether", "yet", "or", "nor", "even",
        "meanwhile", "however", "moreover", "instead", "then", "also", "still", "now",
    ]

    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you"]
    static let relatives: WordSet = ["who", "which", "whose", "whom"]

    /// Words that open an adjunct between a cue and its clause ("said on Monday that").
    static let adjunctOpeners: WordSet = [
        "in", "on", "at", "during", "after", "before", "to", "with", "from", "late", "early", "earlier", "last",
        "this", "again", "also", "publicly", "privately", "repeatedly", "separately", "later", "today",
        "yesterday", "tonight", "through", "via", "over", "under", "while", "when", "as", "for", "flatly",
        "firmly", "previously", "recently", "once", "twice", "then", "already", "strongly", "vehemently",
    ]

    /// Leading words stripped from a stated claim's text.
    static let leadingConnectives: WordSet = ["and", "but", "so", "meanwhile", "however", "yet", "also", "still"]

    /// Words that make a sentence a prediction, hypothesis or opinion rather than a checkable fact.
    static let modals: WordSet = [
        "will", "would", "could", "might", "may", "should", "must", "ought", "shall", "can't", "cannot",
        "won't", "wouldn't", "shouldn't", "it'll", "they'll", "we'll", "likely", "unlikely", "perhaps", "maybe",
        "seems", "seem", "seemed", "appears", "sure", "hopefully", "arguably", "obviously", "clearly",
        "surely", "probably", "supposed", "expected", "appeared",
        // Evaluations: what the writer thinks of it, not what happened.
        "extraordinary", "remarkable", "intriguing", "outrageous", "shameful", "disgraceful", "absurd",
        "ridiculous", "brilliant", "terrible", "wonderful", "amazing", "stunning", "shocking", "astonishing",
        "disastrous", "pathetic", "laughable", "admirable", "impressive", "unacceptable", "deplorable", "sad",
        "sadly", "fortunately", "unfortunately", "ironically", "frankly", "honestly", "bizarre", "baffling",
    ]

    /// First-person words: a column's or a speaker's own voice, not a news report's.
    static let firstPerson: WordSet = ["i", "we", "my", "our", "us", "me", "i'm", "we're", "i've", "we've"]

    /// Verbs a page's furniture opens with ("Like us on Facebook", "Sign up for ...").
    static let imperatives: WordSet = [
        "like", "follow", "click", "subscribe", "share", "sign", "download", "visit", "email", "contact", "tap",
        "watch", "listen", "join", "read", "see", "find", "check", "register", "log", "don't", "please", "imagine",
        "let's",
    ]

    /// Phrases of page furniture, bylines and credits.
    static let boilerplate: [[WordKey]] = [
        ["rss", "feed"], ["this", "article"], ["the", "article", "has"], ["all", "rights", "reserved"],
        ["click", "here"], ["sign", "up"], ["newsletter"], ["follow", "us"], ["on", "facebook", "and"],
        ["cookies"], ["advertisement"], ["copyright"], ["getty", "images"], ["contributed", "to", "this", "report"],
        ["contributed", "reporting"], ["contributed", "to", "this", "story"], ["staff", "writer"],
        ["correspondents", "around", "the", "world"], ["updated", "on"], ["reported", "from"],
        ["write", "to"], ["reporting", "by"], ["editing", "by"], ["additional", "reporting"], ["related", "coverage"],
        ["read", "more"], ["terms", "of", "use"], ["privacy", "policy"], ["original", "source"],
        ["first", "published"], ["last", "changed"], ["editor's", "note"], ["editors", "note"],
    ]

    /// The boilerplate phrases by their first word, so a sentence is scanned once.
    static let boilerplateByFirstWord = WordMap(
        Dictionary(grouping: boilerplate) { $0[0].value }.map { (WordKey(value: $0.key), $0.value) })

    /// Past-tense forms that do not end in -ed.
    static let irregularPast: WordSet = [
        "was", "were", "had", "made", "took", "gave", "left", "sent", "held", "met", "began", "came", "went",
        "brought", "fell", "rose", "led", "ran", "won", "lost", "hit", "put", "set", "paid", "sold", "spent",
        "built", "broke", "fought", "struck", "saw", "became", "grew", "drew", "threw", "chose", "flew", "froze",
        "kept", "found", "shot", "slew", "stole", "stood", "sought", "spoke", "swore", "tore", "wore", "withdrew",
        "undertook", "overtook", "quit", "cut", "bought", "caught", "taught", "fled", "fed", "bled", "dealt",
        "meant", "felt", "knew", "rode", "wrote", "arose", "forbade", "underwent", "split", "shut", "hid",
        "killed", "dead", "died", "began", "begun", "done", "did", "been", "gone", "given", "taken", "known",
        "seen", "shown", "chosen", "driven", "drawn", "grown", "thrown", "overthrown", "beaten", "broken",
        "spoken", "stolen", "sworn", "torn", "worn", "written", "risen", "fallen",
    ]

    /// Words ending in -ed that are not verbs in the past.
    static let falsePast: WordSet = [
        "need", "needed", "indeed", "united", "red", "bed", "speed", "seed", "feed", "breed", "shed", "sled",
        "hundred", "wed", "proceed", "exceed", "succeed", "greed", "deed", "weed", "creed", "naked", "wicked",
        "sacred", "beloved", "rugged", "ragged", "learned", "aged", "alleged", "supposed", "based", "related",
        "concerned", "interested", "limited", "advanced", "detailed", "armed", "embed", "biased", "skilled",
        "unprecedented", "unexpected", "unidentified", "unnamed", "unsigned", "talented", "crowded", "isolated",
        "sophisticated", "complicated", "dedicated", "experienced", "educated", "renewed", "revised", "tired",
    ]
}
