import Extraction

/// A speaker from one newly imported article, to be linked to an entity in the database.
public struct EntityCandidate: Sendable, Hashable {
    /// The speaker as the article knows it.
    public var speaker: Speaker
    /// The key the article was imported under.
    public var article: String
    /// The article's date, `YYYY-MM-DD`, if known.
    public var date: String?

    /// Creates a candidate.
    public init(speaker: Speaker, article: String, date: String?) {
        self.speaker = speaker
        self.article = article
        self.date = date
    }
}

/// An entity already in the database, as the linker needs to see it.
public struct KnownEntity: Sendable, Hashable {
    /// The entity's database id.
    public var id: Int64
    /// Its canonical name.
    public var name: String
    /// Person, organisation, group or unknown.
    public var kind: SpeakerKind
    /// Every other name it is known by.
    public var aliases: [String]
    /// Roles recorded for it.
    public var roles: [String]
    /// Organisations recorded for it.
    public var organisations: [String]
    /// Names a curator said must never be linked to this entity (after an unmerge).
    public var rejected: [String]

    /// Creates a known entity.
    public init(
        id: Int64, name: String, kind: SpeakerKind, aliases: [String] = [], roles: [String] = [],
        organisations: [String] = [], rejected: [String] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.organisations = organisations
        self.rejected = rejected
    }
}

/// What the linker decided for a candidate.
public enum LinkDecision: Sendable, Hashable {
    /// The candidate is this existing entity; `evidence` says why ("same full name", "alias stated in X").
    case existing(id: Int64, evidence: String)
    /// The candidate is someone new.
    case new
}

/// Decides whether a speaker from a new article is an entity already known.
///
/// The store looks up entities sharing any of ``lookupKeys(for:)`` and hands them to
/// ``link(_:among:)``; the linker itself never touches the database.
public struct EntityLinker: Sendable {
    /// Creates a linker.
    public init() {}

    /// The index keys under which a name (or any alias) should be stored and looked up.
    public static func lookupKeys(for names: [String]) -> [String] {
        var keys: [String] = []
        for name in names {
            let key = String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " })
            if !key.isEmpty, !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// Picks the entity among `known` that `candidate` is, or `.new`.
    public func link(_ candidate: EntityCandidate, among known: [KnownEntity]) -> LinkDecision {
        let mine = Set(Self.lookupKeys(for: [candidate.speaker.name] + candidate.speaker.aliases))
        for entity in known where entity.kind == candidate.speaker.kind {
            let theirs = Set(Self.lookupKeys(for: [entity.name] + entity.aliases))
            if let shared = mine.intersection(theirs).first {
                return .existing(id: entity.id, evidence: "same name: \(shared)")
            }
        }
        return .new
    }
}
