import HearsayText
import Testing

@testable import Extraction

/// A name is a person's only with evidence from the article: a town before its state is a place, two
/// names joined by a hyphen are a ticket, and a title-case line breaks its names at its prepositions
/// and past tenses.
@Suite struct NameEvidenceTests {
    private func verdict(_ name: String, in text: String) -> SpeakerTyping.Verdict {
        SpeakerTyping.verdict(for: name, in: SpeakerTyping.Evidence(Document(text: text)))
    }

    @Test func aTownTheArticleWritesBeforeItsStateIsNobody() {
        let text = "The fire started in Marlow, Kentucky, on Sunday. Marlow was quiet the next morning."
        #expect(verdict("Marlow", in: text) == .notASpeaker)
        let abbreviated = "Crews from Port Tallis, Ore., arrived first. Port Tallis sent four trucks."
        #expect(verdict("Port Tallis", in: abbreviated) == .notASpeaker)
        // A state that opens a description of the person is no town's state.
        #expect(verdict("Ann Lee", in: "\"Yes,\" said Ann Lee, Ohio's treasurer.") == .person("Ann Lee"))
        #expect(verdict("Ann Lee", in: "\"Yes,\" said Ann Lee, Ohio Democrat.") == .person("Ann Lee"))
        // A letter signed with the writer's town: a given name opens the person's name.
        #expect(verdict("Ann Lee", in: "\"It has to stop.\"\n\n-Ann Lee, Ohio.") == .person("Ann Lee"))
        // A town that is also a given name is the town where the article writes it before its state.
        let town = "She grew up in Florence, Ala., and left at nineteen. Florence has changed since, she said."
        #expect(verdict("Florence", in: town) == .notASpeaker)
        #expect(verdict("Florence", in: "\"Yes,\" Florence said.") == .person("Florence"))
    }

    @Test func twoNamesJoinedByAHyphenAreTheirTicketNotAPerson() {
        let text = "Ann Lee and Tom Moss toured the mills. The Lee-Moss ticket won the county."
        #expect(verdict("Lee-Moss", in: text) == .notASpeaker)
        // A double surname whose parts the article never writes alone is a person's.
        #expect(verdict("Ruiz-Lee", in: "Ruiz-Lee said no. Later Ruiz-Lee left.") == .person("Ruiz-Lee"))
    }

    private func run(at word: String, in text: String) -> String? {
        let d = Document(text: text)
        guard let i = d.tokens.indices.first(where: { d.text(tokens: $0..<($0 + 1)) == word }),
            let r = MentionFinder.run(around: i, in: d, limit: 0..<d.tokens.count)
        else { return nil }
        return d.text(tokens: r.tokens)
    }

    @Test func aTitleCaseLineBreaksItsNameAtAPastTenseOrAPreposition() {
        #expect(run(at: "Ann", in: "Ann Lee Expressed Fear About The Storm") == "Ann Lee")
        #expect(run(at: "Ann", in: "Ann Lee Spoke Out For Her Town") == "Ann Lee")
        #expect(run(at: "Lee", in: "Ann Lee Rides Through The Night") == "Ann Lee Rides")
        #expect(run(at: "Expressed", in: "Ann Lee Expressed Fear About The Storm") == nil)
    }

    @Test func namesHoldingSuchWordsStayWholeInProse() {
        // No capitalised function word follows: the name of an organisation, not a headline.
        #expect(
            run(at: "Mothers", in: "Mothers Against Drunk Driving said the law helped.")
                == "Mothers Against Drunk Driving")
        #expect(run(at: "Press", in: "The Associated Press reported the count.") == "Associated Press")
    }
}
