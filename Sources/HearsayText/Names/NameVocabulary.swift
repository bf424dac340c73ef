import HearsayModel

/// The closed word lists that name parsing and role reading rely on: titles, portfolios,
/// suffixes, the Arabic article and binding name elements, and English short given names.
/// These are grammar of names in general, never a list of particular people.
package enum NameVocabulary {
    /// Words that, in front of a name, are a title or role rather than part of the name (folded).
    package static let titleWords: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
        "rev", "reverend", "father", "pastor", "rabbi", "imam", "sheikh", "shaikh", "sheik", "ayatollah",
        "hojatoleslam", "mullah", "cleric", "pope", "cardinal", "bishop", "archbishop",
        "king", "queen", "prince", "princess", "emir", "sultan", "crown",
        "president", "pres", "presidentelect", "elect", "designate", "vice", "premier", "chancellor", "minister",
        "prime", "pm", "secretary", "sec", "undersecretary", "ambassador", "envoy", "consul", "spokesman",
        "spokeswoman", "spokesperson", "spokesmen", "governor", "gov", "senator", "sen", "representative", "rep",
        "congressman", "congresswoman", "mayor", "speaker", "leader", "chairman", "chairwoman", "chair",
        "director", "commissioner", "attorney", "general", "gen", "judge", "justice", "magistrate",
        "maj", "major", "lt", "lieut", "lieutenant", "col", "colonel", "brig", "brigadier", "capt", "captain",
        "cmdr", "commander", "adm", "admiral", "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "marshal",
        "field", "commodore", "officer", "chief", "head", "deputy", "acting", "former", "outgoing", "incumbent",
        "candidate", "nominee", "delegate", "lawmaker", "mp", "mep", "councillor", "councilman", "councilwoman",
        "alderman", "sheriff", "detective", "inspector", "superintendent", "constable", "agent", "coach",
        "ceo", "cfo", "coo", "founder", "executive", "analyst", "expert", "researcher", "economist", "strategist",
        "activist", "commentator", "journalist", "reporter", "correspondent", "editor", "columnist", "author",
        "lawyer", "attorney", "counsel", "adviser", "advisor", "aide", "official", "diplomat", "militia",
        "billionaire", "businessman", "businesswoman", "mogul", "tycoon", "host", "anchor", "pundit", "blogger",
        "pollster", "donor", "hopeful", "frontrunner", "challenger", "rival", "opponent", "wife", "husband",
        "senators", "governors", "consultant", "surrogate", "lobbyist",
    ]

    /// Words that may follow "Secretary of" / "Minister for" as the portfolio ("of State", "of Homeland Security").
    package static let portfolioWords: Set<String> = [
        "state", "defense", "defence", "homeland", "security", "health", "human", "services", "education",
        "energy", "treasury", "commerce", "labor", "labour", "agriculture", "interior", "justice",
        "transportation", "transport", "housing", "urban", "development", "veterans", "affairs", "foreign",
        "home", "finance", "economy", "trade", "industry", "environment", "culture", "information", "oil",
        "war", "army", "navy", "air", "force", "public", "works", "communications", "tourism", "women",
        "youth", "sports", "planning", "and", "international", "national", "internal", "external",
        "immigration", "intelligence", "the",
    ]

    /// Generational suffixes written after a name.
    package static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// The Arabic definite article and its assimilated forms, dropped before a name ("al-Sadr", "ash-Shammari").
    package static let articles: Set<String> = [
        "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ad", "adh",
    ]

    /// Name elements that bind to the next word to make one name ("Abdul Mahdi", "Abu Bakr", "bin Salman").
    package static let binders: Set<String> = ["abd", "abu", "bin", "ibn", "bint", "umm", "ould"]

    /// Spellings of the binding elements, folded to one form.
    package static let binderForms: [String: String] = [
        "abdul": "abd", "abdel": "abd", "abdal": "abd", "abdol": "abd", "abdoul": "abd", "abdil": "abd",
        "abou": "abu", "abo": "abu",
    ]

    /// Common English short forms of given names, mapped to the full form.
    package static let nicknames: [String: String] = [
        "mike": "michael", "mick": "michael", "bill": "william", "billy": "william", "will": "william",
        "bob": "robert", "bobby": "robert", "rob": "robert", "jim": "james", "jimmy": "james", "tom": "thomas",
        "tommy": "thomas", "dick": "richard", "rick": "richard", "rich": "richard", "chuck": "charles",
        "charlie": "charles", "joe": "joseph", "dan": "daniel", "danny": "daniel", "dave": "david",
        "steve": "steven", "stephen": "steven", "ted": "edward", "ed": "edward", "eddie": "edward",
        "tony": "anthony", "chris": "christopher", "nick": "nicholas", "ben": "benjamin", "sam": "samuel",
        "matt": "matthew", "pat": "patrick", "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine",
        "katie": "katherine", "kathy": "katherine", "jeff": "jeffrey", "geoff": "jeffrey", "greg": "gregory",
        "andy": "andrew", "alex": "alexander", "fred": "frederick", "jack": "john", "jerry": "gerald",
        "larry": "lawrence", "ron": "ronald", "don": "donald", "tim": "timothy", "ken": "kenneth",
        "pete": "peter", "phil": "philip", "sue": "susan", "jen": "jennifer", "jenny": "jennifer",
        "jon": "jonathan", "josh": "joshua", "zach": "zachary", "doug": "douglas", "walt": "walter",
        "al": "albert", "hal": "harold", "newt": "newton", "mitch": "mitchell",
    ]
}
