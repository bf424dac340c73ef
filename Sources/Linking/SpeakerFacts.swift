import Extraction
import HearsayModel
import HearsayText

/// What linking reads from one speaker's own names, roles and organisations: its lookup keys,
/// its names taken apart, their exact forms, the keys of its roles and organisations.
///
/// None of it depends on the database, so an import works it out on an extraction thread (the
/// store's `PreparedArticle`) and the single writer only compares it with the candidate entities.
/// Working the facts out also fills the shared name memo with what the linker asks of the names.
/// Linking with facts decides exactly as linking without them.
public struct SpeakerFacts: Sendable {
    /// The speaker the facts are of.
    public let speaker: Speaker
    /// Its name and aliases, each once, none empty (the names the entity gains).
    let names: [String]
    /// ``EntityLinker/lookupKeys(for:kind:)`` of ``names``.
    let keys: [String]
    /// The lookup keys of each name alone, in the order of ``names`` (the keys its alias rows get).
    let keysOfName: [[String]]
    /// The surnames ``keys`` are filed under (people only), each once.
    let surnames: [String]
    /// The keys of its organisations (``EntityLinker/lookupKeys(for:)``, the first), in order.
    package let organisationKeys: [String?]
    /// The speaker's own name taken apart.
    let parsedName: ParsedName
    /// Exact forms (``EntityLinker/exactForm(_:)``) of its name and then its aliases, in order.
    let exactForms: [String]
    /// What the comparison with each candidate reads.
    let view: EntityLinker.SpeakerView

    /// Works out the facts of `speaker`.
    public init(_ speaker: Speaker) {
        let memo = NameMemo.shared
        self.speaker = speaker
        var names: [String] = []
        for name in [speaker.name] + speaker.aliases where !name.isEmpty && !names.contains(name) {
            names.append(name)
        }
        self.names = names
        keys = EntityLinker.lookupKeys(for: names, kind: speaker.kind)
        keysOfName = names.map { EntityLinker.lookupKeys(for: [$0], kind: speaker.kind) }
        var surnames: [String] = []
        if speaker.kind == .person {
            // The same order as iterating the set of surnames, as linking without facts does.
            surnames = Array(Set(keys.map(EntityResolver.surname(ofKey:))))
        }
        self.surnames = surnames
        organisationKeys = speaker.organisations.map { $0.isEmpty ? nil : EntityLinker.lookupKeys(for: [$0]).first }
        parsedName = memo.parsed(speaker.name)
        exactForms = ([speaker.name] + speaker.aliases).map(memo.exactForm)
        view = EntityLinker.SpeakerView(speaker, memo: memo)
        // What the linker asks of the names beyond the facts: worked out here too, so the writer
        // finds it remembered.
        for name in names {
            _ = memo.normalized(name)
            if speaker.kind == .person {
                _ = memo.isPersonName(name)
                _ = memo.match(name, speaker.name)
            }
        }
    }

    /// The lookup keys of `name` for an entity of `kind`: worked out ahead when `kind` keys names
    /// as the speaker's kind does, else now.
    package func keys(of name: String, kind: SpeakerKind) -> [String] {
        if Self.keysAlike(kind, speaker.kind), let index = names.firstIndex(of: name) { return keysOfName[index] }
        return EntityLinker.lookupKeys(for: [name], kind: kind)
    }

    /// Whether names get the same lookup keys for entities of kinds `a` and `b`.
    private static func keysAlike(_ a: SpeakerKind, _ b: SpeakerKind) -> Bool {
        switch (a, b) {
        case (.person, .person), (.unknown, .unknown): return true
        case (.organisation, .organisation), (.organisation, .group), (.group, .organisation), (.group, .group):
            return true
        default: return false
        }
    }
}
