// Every word here is ours: invented names, places and sentences pieced together from short
// fragments, so a generated corpus copies no real article and names no real person.

/// The word lists the generator draws from.
enum Vocabulary {
    static let firstNames = [
        "Ada", "Bram", "Celia", "Dorian", "Elsa", "Fenna", "Gideon", "Hester", "Ivo", "Jorun",
        "Kasimir", "Lenora", "Matteo", "Nadia", "Oskar", "Petra", "Quill", "Rosalind", "Sven", "Talia",
        "Ulric", "Vera", "Wendell", "Xenia", "Yannick", "Zora", "Anselm", "Brielle", "Cosimo", "Delphine",
        "Emrys", "Flora", "Gunnar", "Hanna", "Isidor", "Juno", "Konrad", "Liesel", "Marek", "Noor",
        "Orla", "Piet", "Ramona", "Soren", "Tamsin", "Uma", "Valentin", "Wilma", "Yara", "Zeno",
        "Agnes", "Bastian", "Clementine", "Dario", "Esme", "Florin", "Greta", "Hugo", "Ines", "Jasper",
        "Katya", "Leopold", "Mirela", "Nils", "Odette", "Pavel", "Rhea", "Silas", "Tove", "Ugo",
        "Viola", "Wolfram", "Ysolde", "Zacharias", "Amara", "Benedikt", "Carys", "Damian", "Eilidh", "Fabian",
        "Gisela", "Henrik", "Ilse", "Joachim", "Kerstin", "Lucan", "Margit", "Nestor", "Ottilie", "Priya",
        "Quentin", "Renata", "Stellan", "Thea", "Ursula", "Vito", "Wren", "Ximena", "Yusuf", "Zelda",
    ]

    // Surnames are two invented syllables: 40 × 30 = 1,200 of them.
    static let surnameStarts = [
        "Abr", "Bel", "Cor", "Dal", "Eck", "Fal", "Gar", "Hol", "Ist", "Jal",
        "Kel", "Lor", "Mar", "Nor", "Ost", "Pel", "Quar", "Ros", "Stan", "Tor",
        "Ulm", "Vor", "Wes", "Yor", "Zan", "Bran", "Crel", "Drum", "Fenn", "Grau",
        "Hart", "Kron", "Lind", "Mell", "Nesb", "Pold", "Rauk", "Selv", "Trem", "Varn",
    ]
    static let surnameEnds = [
        "avane", "bek", "court", "dottir", "enko", "feld", "gard", "holm", "ingen", "jaro",
        "kovic", "lund", "mire", "nasson", "ovar", "quist", "ridge", "sby", "thorne", "ulis",
        "vane", "wick", "ander", "berg", "castle", "drecht", "ello", "ford", "gren", "haven",
    ]

    // Places are two invented syllables too: 10 × 10 = 100 of them.
    static let placeStarts = ["Ald", "Bryn", "Cald", "Dun", "Elm", "Fair", "Glen", "Harl", "Kess", "Mor"]
    static let placeEnds = ["aby", "bridge", "combe", "dale", "ferry", "gate", "haven", "mere", "stow", "wick"]

    /// Kinds of organisation; 100 places × 20 kinds = 2,000 organisations.
    static let organisationKinds = [
        "Water Authority", "Teachers Union", "City Council", "Harbour Board", "Transit Agency",
        "Chamber of Commerce", "Housing Trust", "Farmers Cooperative", "Health Board", "Police Service",
        "University", "Energy Company", "Fishermen's Association", "Planning Office", "Rail Company",
        "Tenants League", "Nurses Union", "Arts Council", "Port Authority", "Environmental Agency",
    ]

    static let roles = [
        "spokeswoman", "spokesman", "director", "chief economist", "deputy head", "chair",
        "press officer", "general secretary", "treasurer", "head of planning", "legal adviser",
        "chief executive",
    ]

    static let outlets = [
        "The Harbour Ledger", "Northgate Daily", "Valley Courier", "The Morning Lantern", "Coastline Post",
        "The Evening Compass", "Riverside Herald", "Upland Gazette", "The Weekly Anvil", "Metro Chronicle",
        "The Plainsman", "Island Bulletin",
    ]

    static let subjects = [
        "We", "This council", "The new budget", "Nobody in this city", "Our members", "The harbour project",
        "The ministry", "Every family here", "The regional plan", "This agreement", "The board",
        "Our engineers", "The proposal", "The inspectors", "My office", "The contractors",
    ]
    static let verbs = [
        "will not accept", "cannot afford", "has already delayed", "must reconsider", "is ready to support",
        "will fund", "should never have approved", "needs to explain", "has quietly doubled", "will review",
        "does not understand", "is still waiting for", "has badly underestimated", "will defend",
        "wants to scrap", "can finally begin",
    ]
    static let objects = [
        "the water tariff", "the school closures", "the bridge repairs", "the night bus service",
        "the hospital wing", "the fishing quota", "the rent freeze", "the wind farm", "the rail link",
        "the library cuts", "the flood barrier", "the tram extension", "the grain subsidy",
        "the port expansion", "the pension reform", "the clinic merger", "the parking levy",
        "the ferry timetable", "the recycling contract", "the housing permits",
    ]
    static let tails = [
        "before the winter", "without a public vote", "this year", "for at least a decade",
        "until the audit is finished", "in the northern districts", "at any price", "by the spring",
        "after the storm damage", "despite the protests", "with money we do not have", "next month",
    ]
    static let pastSubjects = [
        "the council", "the agency", "the contractors", "the previous government", "the regulator",
        "the mayor's office", "the inspectors", "the board",
    ]
    static let pastVerbs = [
        "had ignored", "had misjudged", "had postponed", "had approved", "had underfunded",
        "had rejected", "had promised", "had cancelled",
    ]
    static let reportingVerbs = ["said", "told reporters", "said on Tuesday", "added", "said in an interview"]
    static let units = ["households", "workers", "passengers", "pupils", "patients", "homes", "shops"]
    static let events = [
        "were left without water", "lost their jobs", "were stranded", "were evacuated", "joined the strike",
    ]
    static let qualifiers = ["At least", "More than", "About", "Nearly"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let headlineVerbs = ["clashes over", "pauses", "defends", "questions", "revives", "rethinks"]
}
