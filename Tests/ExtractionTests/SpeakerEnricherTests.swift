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
        #expect(result.speakers[1].roles == ["President"])
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
