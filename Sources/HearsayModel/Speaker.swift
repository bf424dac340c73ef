/// What kind of thing a speaker or claimant is.
public enum SpeakerKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A named human being.
    case person
    /// A named institution: a ministry, a company, a newspaper, a militia.
    case organisation
    /// A collective without a name of its own: protesters, officials, militia leaders.
    case group
    /// An anonymous or vague source ("a senior official").
    case unknown
    /// A country, a state, a region or a city: "Russia said" is its government speaking, and
    /// "Iowa" is never a person.
    case place
}

/// A speaker as one article knows it: the fullest name the article uses, and what it says of them.
public struct Speaker: Sendable, Hashable, Codable {
    /// The fullest form of the name used in the article ("Adel Abdul Mahdi"), or the
    /// description for a group or anonymous source ("Iraqi militia leaders").
    public var name: String
    /// Person, organisation, group, unknown or place.
    public var kind: SpeakerKind
    /// Other names the article uses for the same speaker: surnames, spellings, declared aliases.
    public var aliases: [String]
    /// Roles the article gives the speaker ("Iraqi President", "director of the Iraq Initiative").
    public var roles: [String]
    /// Organisations the article ties the speaker to ("Chatham House").
    public var organisations: [String]

    /// Creates a speaker.
    public init(
        name: String, kind: SpeakerKind, aliases: [String] = [], roles: [String] = [], organisations: [String] = []
    ) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.organisations = organisations
    }
}
