import Extraction
import HearsayModel

/// Decides, over a store's ``EntityCatalog``, which entity a speaker of a new article is: which
/// entities are candidates, which of them it is (``EntityLinker``), whether the entity takes the
/// speaker's fuller name, and which names the entity gains. The store then writes what was decided.
public struct EntityResolver: Sendable {
    /// What to do for one speaker.
    public struct Resolution: Sendable, Hashable {
        /// The entity the speaker is.
        public enum Target: Sendable, Hashable {
            /// An entity already known, for the reason `evidence` gives; `rename` is the fuller name
            /// it takes from the speaker ("Esper" becomes "Mark Esper"), if any.
            case existing(id: Int64, evidence: LinkEvidence, rename: String?)
            /// A new entity of the speaker's name and kind.
            case new(name: String, kind: SpeakerKind)
        }

        /// The entity.
        public var target: Target
        /// The speaker's names (its name and the aliases the article gives), each once, none empty:
        /// names of the entity from now on.
        public var names: [String]
    }

    private let linker: EntityLinker

    /// A resolver deciding with `linker`.
    public init(linker: EntityLinker = EntityLinker()) {
        self.linker = linker
    }

    /// Resolves `candidate` among the entities of `catalog`.
    public func resolve(_ candidate: EntityCandidate, in catalog: some EntityCatalog) throws -> Resolution {
        try resolve(candidate, facts: SpeakerFacts(candidate.speaker), in: catalog)
    }

    /// ``resolve(_:in:)`` with the facts of the candidate's speaker worked out before (`facts` must
    /// be of `candidate.speaker`), as an import's extraction threads do.
    public func resolve(
        _ candidate: EntityCandidate, facts: SpeakerFacts, in catalog: some EntityCatalog
    ) throws -> Resolution {
        let speaker = candidate.speaker
        let names = facts.names
        var candidates: [Int64] = []
        for key in facts.keys {
            for id in try catalog.entities(byKey: key) where !candidates.contains(id) { candidates.append(id) }
        }
        // People sharing a surname are candidates too: the linker links a bare surname when only one
        // fits, and must see the others to keep two Joneses apart.
        for surname in facts.surnames {
            for id in try catalog.entities(bySurname: surname) where !candidates.contains(id) {
                candidates.append(id)
            }
        }
        var known: [KnownEntity] = []
        for id in candidates {
            if let entity = try catalog.entity(id) { known.append(entity) }
        }
        switch linker.link(candidate, facts: facts, among: known, profiles: known.map(catalog.profile(of:))) {
        case .existing(let id, let evidence):
            let entity = try catalog.entity(id)
            let rename = entity.flatMap { Self.rename($0, to: speaker, curated: catalog.isCurated(id)) }
            return Resolution(target: .existing(id: id, evidence: evidence, rename: rename), names: names)
        case .new:
            return Resolution(target: .new(name: speaker.name, kind: speaker.kind), names: names)
        }
    }

    /// The fuller name an uncurated entity takes from a speaker linked to it, or nil.
    static func rename(_ entity: KnownEntity, to speaker: Speaker, curated: Bool) -> String? {
        guard !curated, speaker.kind == entity.kind, speaker.name != entity.name else { return nil }
        // Only a bare surname grows into a full name ("Esper" becomes "Mark Esper"); a longer name
        // is kept, since extraction may glue a neighbouring word to it ("So Donald Trump").
        guard EntityLinker.isFullerName(speaker.name, than: entity.name, kind: entity.kind) else { return nil }
        return speaker.name
    }

    /// The last word of a lookup key ("mark t esper" → "esper"): the surname it is filed under.
    public static func surname(ofKey key: String) -> String {
        key.split(separator: " ").last.map(String.init) ?? key
    }
}
