import Extraction
import HearsayModel

/// An entity already in the database, as the linker needs to see it.
public struct KnownEntity: Sendable, Hashable {
    /// The entity's database id.
    public var id: Int64
    /// Its canonical name.
    public var name: String
    /// Person, organisation, group, unknown or place.
    public var kind: SpeakerKind
    /// Every other name it is known by.
    public var aliases: [String]
    /// Roles recorded for it.
    public var roles: [String]
    /// Organisations recorded for it.
    public var organisations: [String]
    /// Names a curator said must never be linked to this entity (after an unmerge).
    public var rejected: [String]
    /// Roles and affiliations with their dates; when given, role evidence must fall in the same
    /// period as the candidate's article (roles change hands).
    public var held: [HeldRole] = []

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
