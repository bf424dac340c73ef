import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct SpeakerEnricherTests {
    @Test func addsRolesAndOrganisationsFromEveryMention() {
        let text = """
            The plan will fail, said Ada Pell, director of the Tide Project at the Oslo-based Harbour Institute.
            Freedonian President Karim Otani disagreed.
            """
        var result = ArticleExtraction(speakers: [
            Speaker(name: "Ada Pell", kind: .person, aliases: ["Pell"]),
            Speaker(name: "Karim Otani", kind: .person),
        ])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers[0].roles == ["director of the Tide Project"])
        #expect(result.speakers[0].organisations == ["Harbour Institute"])
        #expect(result.speakers[1].roles == ["president"])
    }

    @Test func addsStatedAliasesIncludingAPronounSubject() {
        let text = """
            A commander, Samir Hadid (also, Abu Layla al-Tarsi), spoke first.
            "We will not stop," said Omar Tamimi, a militia chief. He is better known by his nom de guerre, Abu Karim.
            The Northern Defence Forces (NDF) agreed.
            """
        var result = ArticleExtraction(speakers: [
            Speaker(name: "Samir Hadid", kind: .person),
            Speaker(name: "Omar Tamimi", kind: .person),
            Speaker(name: "Northern Defence Forces", kind: .organisation),
        ])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers[0].aliases == ["Abu Layla al-Tarsi"])
        #expect(result.speakers[1].aliases == ["Abu Karim"])
        #expect(result.speakers[2].aliases == ["NDF"])
    }

    @Test func aSurnameInsideAnotherNameGetsNoTitle() {
        let text = "Acting prime minister Tariq Abdul Wahid spoke."
        var result = ArticleExtraction(speakers: [Speaker(name: "Abdul Wahid", kind: .person)])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers[0].roles.isEmpty)
    }
}

@Suite struct SpeakerTidyTests {
    private func tidied(_ name: String, _ kind: SpeakerKind = .person) -> Speaker {
        var s = Speaker(name: name, kind: kind)
        SpeakerEnricher.tidy(&s)
        return s
    }

    @Test func dropsWordsThatOpenTheSentence() {
        #expect(tidied("As Ada Pell").name == "Ada Pell")
        #expect(tidied("Because of Karim Otani").name == "Karim Otani")
        #expect(tidied("The Otani").name == "Otani")
        #expect(tidied("The").name == "The")
    }

    @Test func aPersonWithTitlesIsThePersonWithARole() {
        let s = tidied("Harbour Council Chairman Ada Pell", .organisation)
        #expect(s.kind == .person)
        #expect(s.name == "Ada Pell")
        #expect(s.roles == ["chairman"])
        #expect(s.organisations == ["Harbour Council"])
        let t = tidied("Secretary of State Lena Worthing", .unknown)
        #expect(t.kind == .person && t.name == "Lena Worthing" && t.roles == ["secretary of state"])
    }

    @Test func organisationsStayOrganisations() {
        #expect(tidied("Harbour Council", .organisation).kind == .organisation)
        #expect(tidied("Freedonian Foreign Ministry", .organisation).name == "Freedonian Foreign Ministry")
    }
}

@Suite struct SpeakerTidyQualifierTests {
    @Test func dropsPossessivesAndPlaceAdjectivesInFront() {
        var a = Speaker(name: "Gazette’s Ada Pell", kind: .person)
        SpeakerEnricher.tidy(&a)
        #expect(a.name == "Ada Pell")
        var b = Speaker(name: "Oslo-based Ada Pell", kind: .person)
        SpeakerEnricher.tidy(&b)
        #expect(b.name == "Ada Pell")
        var c = Speaker(name: "When Otani", kind: .person)
        SpeakerEnricher.tidy(&c)
        #expect(c.name == "Otani")
    }
}

@Suite struct SpeakerEnricherPronounTests {
    @Test func aCountryNamedLastDoesNotTakeTheAlias() {
        let text =
            "\"We will answer,\" said Omar Tamimi, a militia chief. He is an ally of Iran who is better known by his nom de guerre, Abu Karim."
        var result = ArticleExtraction(speakers: [
            Speaker(name: "Omar Tamimi", kind: .person), Speaker(name: "Iran", kind: .person),
        ])
        SpeakerEnricher.enrich(&result, document: Document(text: text))
        #expect(result.speakers[0].aliases == ["Abu Karim"])
        #expect(result.speakers[1].aliases.isEmpty)
    }
}

@Suite struct SpeakerAddressTests {
    @Test func aFormOfAddressMakesAPerson() {
        var s = Speaker(name: "Mr. Otani", kind: .unknown)
        SpeakerEnricher.tidy(&s)
        #expect(s.kind == .person)
        #expect(s.name == "Mr. Otani")
        var t = Speaker(name: "the chairman", kind: .unknown)
        SpeakerEnricher.tidy(&t)
        #expect(t.kind == .unknown)
    }
}
