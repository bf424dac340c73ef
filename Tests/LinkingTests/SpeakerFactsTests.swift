import Extraction
import HearsayModel
import Testing

@testable import Linking

/// Facts worked out ahead of linking give the keys and decisions linking without them gives.
struct SpeakerFactsTests {
    private func speaker(_ name: String, _ kind: SpeakerKind, aliases: [String] = [], orgs: [String] = [])
        -> Speaker
    {
        var speaker = Speaker(name: name, kind: kind)
        speaker.aliases = aliases
        speaker.organisations = orgs
        return speaker
    }

    @Test func keysAreThoseOfEachName() {
        let facts = SpeakerFacts(speaker("Orla Vantrese", .person, aliases: ["Vantrese", "", "Orla Vantrese"]))
        #expect(facts.names == ["Orla Vantrese", "Vantrese"])
        #expect(facts.keys == EntityLinker.lookupKeys(for: ["Orla Vantrese", "Vantrese"], kind: .person))
        for name in facts.names {
            #expect(facts.keys(of: name, kind: .person) == EntityLinker.lookupKeys(for: [name], kind: .person))
        }
        // An entity of another kind keys the names its own way.
        #expect(
            facts.keys(of: "Orla Vantrese", kind: .organisation)
                == EntityLinker.lookupKeys(for: ["Orla Vantrese"], kind: .organisation))
        #expect(facts.keys(of: "Nobody Else", kind: .person) == EntityLinker.lookupKeys(for: ["Nobody Else"], kind: .person))
    }

    @Test func organisationKeysFollowTheOrganisations() {
        let facts = SpeakerFacts(speaker("Pell Harbour Board", .organisation, orgs: ["Quill Port Union", ""]))
        #expect(facts.organisationKeys == [EntityLinker.lookupKeys(for: ["Quill Port Union"]).first, nil])
        #expect(facts.surnames.isEmpty)
    }

    @Test func linkingWithFactsDecidesAsWithout() {
        let known = [
            KnownEntity(id: 1, name: "Orla Vantrese", kind: .person),
            KnownEntity(id: 2, name: "Tomas Vantrese", kind: .person),
            KnownEntity(id: 3, name: "Pell Harbour Board", kind: .organisation, aliases: ["PHB"]),
        ]
        let linker = EntityLinker()
        for s in [
            speaker("Orla Vantrese", .person), speaker("Vantrese", .person), speaker("Ms. Orla Vantrese", .person),
            speaker("Pell Harbour Board", .organisation), speaker("PHB", .organisation), speaker("He", .person),
        ] {
            let candidate = EntityCandidate(speaker: s, article: "a1", date: "2024-05-01")
            let without = linker.link(candidate, among: known)
            let with = linker.link(
                candidate, facts: SpeakerFacts(s), among: known, profiles: known.map(EntityProfile.init))
            #expect(with == without, "\(s.name)")
        }
    }
}
