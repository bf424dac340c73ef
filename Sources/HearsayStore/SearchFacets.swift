/// One value of a facet and how many matching rows have it.
public struct FacetValue: Sendable, Hashable {
    /// What the search narrows by when this value is picked (an entity id, an outlet name,
    /// a month `YYYY-MM`, a kind).
    public var value: String
    /// What a person reads.
    public var label: String
    /// Matching rows with this value.
    public var count: Int
}

/// Counts of the rows matching a search by speaker, organisation, outlet, month, kind and speaker type.
public struct SearchFacets: Sendable, Hashable {
    /// Speakers (or claimants), most rows first.
    public var speakers: [FacetValue] = []
    /// Organisations: speakers that are organisations, and those people have a role at.
    public var organisations: [FacetValue] = []
    /// Outlets.
    public var outlets: [FacetValue] = []
    /// Months of the article dates, newest first.
    public var months: [FacetValue] = []
    /// Kinds (direct, partial, reported; or stated, reported).
    public var kinds: [FacetValue] = []
    /// Types of speaker (person, organisation, group, unknown, place), most rows first.
    public var types: [FacetValue] = []
    /// Rows the counts were taken over.
    public var scanned: Int = 0
    /// True when more rows match than were scanned (the counts cover the first ``scanned``).
    public var truncated: Bool = false

    /// No counts.
    public init() {}
}
