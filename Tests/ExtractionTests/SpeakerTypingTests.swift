import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct SpeakerTypingTests {
    private func verdict(_ name: String, in text: String) -> SpeakerTyping.Verdict {
        SpeakerTyping.verdict(for: name, in: SpeakerTyping.Evidence(Document(text: text)))
    }

    @Test func commonWordsWrittenWithACapitalAreNobody() {
        let text = """
            Another voter shrugged. "It rains," said another one. Rather than wait, rather a lot left.
            """
        #expect(verdict("Another", in: text) == .notASpeaker)
        #expect(verdict("Rather", in: text) == .notASpeaker)
        // Words that never name anyone, whatever the article: months, function words.
        #expect(verdict("Sept", in: "Born Sept. 4, she spoke.") == .notASpeaker)
        #expect(verdict("About", in: "About ten came.") == .notASpeaker)
    }

    @Test func statesCitiesAndAdjectivesAreNobody() {
        #expect(verdict("Florida", in: "The Florida senator spoke.") == .notASpeaker)
        #expect(verdict("South Carolina", in: "South Carolina voted.") == .notASpeaker)
        #expect(verdict("Oslo-based", in: "An Oslo-based group spoke.") == .notASpeaker)
    }

    @Test func aCommonWordBeforeAFullNameIsNotPartOfIt() {
        let text = "Party Icon Ilse Varga Backs Moss. The party icon spoke on Monday."
        #expect(verdict("Icon Ilse Varga", in: text) == .person("Ilse Varga"))
        // Without the lower-case use, the word may be a given name of three.
        #expect(verdict("Rosa Ilse Varga", in: "Rosa Ilse Varga spoke.") == .person("Rosa Ilse Varga"))
    }

    @Test func aCountryOfSeveralWordsIsAPlace() {
        #expect(verdict("United States", in: "The United States said the base would close.") == .place("United States"))
        #expect(verdict("North Korea", in: "North Korea said the test went well.") == .place("North Korea"))
        // A person whose surname is a place word stays a person.
        #expect(verdict("Ann Jordan", in: "Ann Jordan said the test went well.") == .person("Ann Jordan"))
    }

    @Test func anEpithetBeforeTheNameIsNotPartOfIt() {
        // An adjective's shape, or a word the article writes in lower case, before a given name.
        #expect(verdict("Crooked Ann", in: "\"No,\" said Crooked Ann.") == .person("Ann"))
        #expect(verdict("Lyin\u{2019} Ted", in: "\"No,\" said Lyin\u{2019} Ted.") == .person("Ted"))
        #expect(verdict("Stop Ann", in: "Stop Ann, the signs said. They could not stop her.") == .person("Ann"))
        // A hyphenated description before any name.
        #expect(verdict("Prize-winner Okafor", in: "\"Yes,\" said Prize-winner Okafor.") == .person("Okafor"))
        // Names stay whole: a given name first, or a word before the given name that is neither.
        #expect(verdict("Bill Moss", in: "The bill passed. Bill Moss said so.") == .person("Bill Moss"))
        #expect(verdict("Okoro Ann", in: "\"Yes,\" said Okoro Ann.") == .person("Okoro Ann"))
    }

    @Test func aSurnameTheArticleCapitalisesInsideASentenceIsAPerson() {
        // "wren" is a bird here too, but the article writes "Wren" mid-sentence: a name.
        let text = "A wren sang. \"We will see,\" said Wren, who runs the farm. Later, Wren left."
        #expect(verdict("Wren", in: text) == .person("Wren"))
        #expect(verdict("Otani", in: "\"No,\" Otani said.") == .person("Otani"))
        // A given name alone is a person's.
        #expect(verdict("Hillary", in: "\"Yes,\" Hillary said.") == .person("Hillary"))
    }

    @Test func outletsAndCompaniesAreOrganisations() {
        #expect(verdict("Tidewater Group", in: "Tidewater Group said so.") == .organisation("Tidewater Group"))
        #expect(verdict("Harbour Partners", in: "Harbour Partners said so.") == .organisation("Harbour Partners"))
        #expect(verdict("Marlow News", in: "Marlow News said so.") == .organisation("Marlow News"))
        // A name the article follows with an organisation word: "the Vell news agency".
        #expect(verdict("Vell", in: "The Vell news agency said the talks ended.") == .organisation("Vell"))
        #expect(verdict("NDF", in: "The NDF said no.") == .organisation("NDF"))
        // A headline word in capitals that the article also writes in lower case is no speaker.
        #expect(verdict("HARVEST", in: "HARVEST DOWN. The harvest was poor.") == .notASpeaker)
    }

    @Test func aHeadlineRunStopsBeforeItsVerb() {
        #expect(verdict("Ann Lee Slams Moss", in: "Ann Lee Slams Moss") == .person("Ann Lee"))
        #expect(verdict("Moss Ties Ann Lee", in: "Moss Ties Ann Lee In Poll") == .person("Moss"))
        #expect(verdict("Ann Lee Said", in: "Ann Lee Said") == .person("Ann Lee"))
        #expect(verdict("Ann Lee Iran", in: "Ann Lee Iran Talks") == .person("Ann Lee"))
    }

    @Test func aTitleOrAGivenNameIsEvidence() {
        // A given name that is also a word ("Bill", "Mark") stays.
        #expect(verdict("Bill Moss", in: "The bill passed. Bill Moss said so.") == .person("Bill Moss"))
        #expect(verdict("Mr. Moss", in: "Mr. Moss said so.") == .person("Mr. Moss"))
        // A surname that is also a common word stays: "Black" follows an initial.
        #expect(verdict("Ann H. Black", in: "A black cat. \"Go,\" said Ann H. Black.") == .person("Ann H. Black"))
    }

    @Test func aCountrySpeaksAsAPlace() {
        #expect(verdict("Russia", in: "Russia said no.") == .place("Russia"))
        #expect(SpeakerTyping.isPlaceName("New Hampshire"))
        #expect(!SpeakerTyping.isPlaceName("New Moss"))
        // A country's adjective alone names no one; its other names do.
        #expect(verdict("Cuban", in: "Cuban voters spoke.") == .notASpeaker)
        #expect(SpeakerTyping.isCountry("USA") && SpeakerTyping.isCountry("Iran") && SpeakerTyping.isCountry("Japan"))
        #expect(!SpeakerTyping.isCountry("Iraqi") && !SpeakerTyping.isCountry("Japanese"))
    }
}

@Suite struct SpeakerSettlingTests {
    @Test func aSpeakerThatNamesNobodyIsRemovedAndQuotesRenumbered() {
        let text = """
            Another voter was blunt. "It is late," another voter said. "We wait," said Ada Pell.
            """
        var result = ArticleExtraction(
            speakers: [Speaker(name: "Another", kind: .person), Speaker(name: "Ada Pell", kind: .person)],
            quotes: [
                Quote(text: "It is late", span: TextSpan(start: 29, end: 39), kind: .direct, speaker: 0, cue: "said", paragraph: 0, confidence: 0.9),
                Quote(text: "We wait", span: TextSpan(start: 62, end: 69), kind: .direct, speaker: 1, cue: "said", paragraph: 0, confidence: 0.9),
            ])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers.map(\.name) == ["Ada Pell"])
        #expect(result.quotes.map(\.speaker) == [nil, 0])
    }

    @Test func possessivesSlogansAndOtherPeopleAreNoAliases() {
        let aliases = SpeakerEnricher.personAliases(
            ["Ada Pell's", "Pell", "Pell\u{2019}s", "Never Pell", "Beau Pell", "Ada Pell Jr.", "Ada", "Dr. Pell", "A. Pell"],
            of: "Ada Pell")
        #expect(aliases == ["Pell", "Ada", "Dr. Pell", "A. Pell"])
        #expect(SpeakerEnricher.personAliases(["Ms. Gao", "Junlan"], of: "Gao Junlan") == ["Ms. Gao", "Junlan"])
        #expect(SpeakerEnricher.withoutPossessive("Ada Pell\u{2019}s") == "Ada Pell")
        #expect(SpeakerEnricher.withoutPossessive("Ada Pell") == "Ada Pell")
    }

    @Test func aLeadingCommonWordGoesToThePersonTheRestFits() {
        let text = "We will never vote for him, they said. Never Moss, read the signs. \"Go,\" said Ann Moss."
        var result = ArticleExtraction(
            speakers: [Speaker(name: "Never Moss", kind: .person), Speaker(name: "Ann Moss", kind: .person)],
            quotes: [Quote(text: "Go", span: TextSpan(start: 70, end: 72), kind: .direct, speaker: 0, cue: "said", paragraph: 0, confidence: 0.9)])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers.map(\.name) == ["Ann Moss"])
        #expect(result.speakers[0].aliases.isEmpty)
        #expect(result.quotes.map(\.speaker) == [0])
    }

    @Test func aGivenNameAloneGoesToTheOnePersonOfThatName() {
        let text = "\"Go,\" said Ann Moss. Later Ann added: \"Now.\" \"Yes,\" said Crooked Ann."
        var result = ArticleExtraction(
            speakers: [
                Speaker(name: "Ann Moss", kind: .person), Speaker(name: "Ann", kind: .person),
                Speaker(name: "Crooked Ann", kind: .person),
            ],
            quotes: [
                Quote(text: "Go", span: TextSpan(start: 1, end: 3), kind: .direct, speaker: 0, cue: "said", paragraph: 0, confidence: 0.9),
                Quote(text: "Now.", span: TextSpan(start: 40, end: 44), kind: .direct, speaker: 1, cue: "added", paragraph: 0, confidence: 0.9),
                Quote(text: "Yes", span: TextSpan(start: 47, end: 50), kind: .direct, speaker: 2, cue: "said", paragraph: 0, confidence: 0.9),
            ])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers.map(\.name) == ["Ann Moss"])
        #expect(result.quotes.map(\.speaker) == [0, 0, 0])
    }

    @Test func anEpithetWithoutTheFullNameLeavesTheGivenName() {
        let text = "\"Yes,\" said Crooked Ann."
        var result = ArticleExtraction(
            speakers: [Speaker(name: "Crooked Ann", kind: .person)],
            quotes: [Quote(text: "Yes", span: TextSpan(start: 1, end: 4), kind: .direct, speaker: 0, cue: "said", paragraph: 0, confidence: 0.9)])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers.map(\.name) == ["Ann"])
        #expect(result.speakers.map(\.kind) == [.person])
    }

    @Test func aCountryIsAPlaceAndAStateNobody() {
        let text = "\"We recount,\" Virginia said. Russia said no. \"Soon,\" said Representative Ada Pell of Iowa."
        var result = ArticleExtraction(
            speakers: [
                Speaker(name: "Virginia", kind: .person), Speaker(name: "Russia", kind: .organisation),
                Speaker(name: "Representative Ada Pell of Iowa", kind: .unknown),
            ],
            quotes: [
                Quote(text: "We recount", span: TextSpan(start: 1, end: 11), kind: .direct, speaker: 0, cue: "said", paragraph: 0, confidence: 0.9),
                Quote(text: "Soon", span: TextSpan(start: 48, end: 52), kind: .direct, speaker: 2, cue: "said", paragraph: 0, confidence: 0.9),
            ])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        // The state is nobody (its quote is left without a speaker); the country is a place.
        #expect(result.speakers.map(\.name) == ["Russia", "Representative Ada Pell"])
        #expect(result.speakers.map(\.kind) == [.place, .person])
        #expect(result.quotes.map(\.speaker) == [nil, 1])
        // A given name that is also a place, beside a person of that given name, is hers.
        let holt = "\"We recount,\" Virginia said. Virginia Holt runs the count."
        var withHolt = ArticleExtraction(
            speakers: [Speaker(name: "Virginia", kind: .person), Speaker(name: "Virginia Holt", kind: .person)],
            quotes: [Quote(text: "We recount", span: TextSpan(start: 1, end: 11), kind: .direct, speaker: 0, cue: "said", paragraph: 0, confidence: 0.9)])
        SpeakerEnricher.enrich(&withHolt, document: Document(text: holt))
        #expect(withHolt.speakers.map(\.name) == ["Virginia Holt"])
        #expect(withHolt.speakers.map(\.kind) == [.person])
        #expect(SpeakerEnricher.personBeforePlace("Ann Lee of Ohio") == "Ann Lee")
        #expect(SpeakerEnricher.personBeforePlace("head of Iowa") == nil)
        #expect(SpeakerEnricher.personBeforePlace("Bank of Iowa") == nil)
    }

    @Test func speakersThatBecomeOneNameBecomeOneSpeaker() {
        let text = "Ann Lee Slams Moss\n\"Go,\" Ann Lee said. \"Now,\" she said."
        var result = ArticleExtraction(
            speakers: [Speaker(name: "Ann Lee Slams Moss", kind: .person), Speaker(name: "Ann Lee", kind: .person)],
            quotes: [
                Quote(text: "Go", span: TextSpan(start: 20, end: 22), kind: .direct, speaker: 0, cue: "said", paragraph: 0, confidence: 0.9),
                Quote(text: "Now", span: TextSpan(start: 39, end: 42), kind: .direct, speaker: 1, cue: "said", paragraph: 0, confidence: 0.9),
            ])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers.map(\.name) == ["Ann Lee"])
        #expect(result.quotes.map(\.speaker) == [0, 0])
    }
}

@Suite struct RoleFilterTests {
    @Test func organisationsAreCapitalisedRunsOfTheirOwn() {
        #expect(RoleFilter.organisation("Asia and") == nil)
        #expect(RoleFilter.organisation("68-year-old") == nil)
        #expect(RoleFilter.organisation("as") == nil)
        #expect(RoleFilter.organisation("York") == nil)
        #expect(RoleFilter.organisation("Vermont") == nil)
        #expect(RoleFilter.organisation("Since") == nil)
        #expect(RoleFilter.organisation("Ada Pell and") == nil)
        #expect(RoleFilter.organisation("Front-runner Ada Pell") == nil)
        #expect(RoleFilter.organisation("Tide Party presidential") == nil)
        #expect(RoleFilter.organisation("former Tide Party") == "Tide Party")
        #expect(RoleFilter.organisation("Bank of Oslo") == "Bank of Oslo")
        #expect(RoleFilter.organisation("Harbour Institute") == "Harbour Institute")
        #expect(RoleFilter.organisation("Harbour Institute's") == "Harbour Institute")
    }

    @Test func rolesHoldNoOtherPersonAndNoClause() {
        #expect(!RoleFilter.isRole("ambassador Omar Tamimi told Harbour Radio host Ada Pell"))
        #expect(!RoleFilter.isRole("secretary Karim Otani"))
        #expect(!RoleFilter.isRole("candidate whose appeal is wide"))
        #expect(!RoleFilter.isRole("Mr."))
        #expect(!RoleFilter.isRole("former"))
        #expect(!RoleFilter.isRole("donor Pell and"))
        #expect(RoleFilter.isRole("director of the Tide Project"))
        #expect(RoleFilter.isRole("senator"))
        #expect(RoleFilter.isRole("former prime minister"))
    }
}
