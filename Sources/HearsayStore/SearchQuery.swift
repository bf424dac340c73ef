import Extraction
import HearsayModel

/// A page of quotes or claims to find: the CLI's filters, plus kind, speaker type, one speaker,
/// one article, an order and a window (offset and size).
public struct SearchQuery: Sendable, Hashable {
    /// The filters `quotes` and `claims` take; its `limit` is ignored (``pageSize`` rules).
    public var filter: QueryFilter
    /// Only quotes of this kind.
    public var quoteKind: QuoteKind?
    /// Only claims of this kind.
    public var claimKind: ClaimKind?
    /// Only rows whose speaker (or claimant) is of this type.
    public var speakerType: SpeakerKind?
    /// Only rows of this entity (a person's page).
    public var speakerID: Int64?
    /// The order of the rows.
    public var order: SearchOrder
    /// Rows skipped before the page.
    public var offset: Int
    /// Rows on the page.
    public var pageSize: Int

    /// Creates a query; no arguments means the newest 50 of everything.
    public init(
        filter: QueryFilter = QueryFilter(), quoteKind: QuoteKind? = nil, claimKind: ClaimKind? = nil,
        speakerType: SpeakerKind? = nil, speakerID: Int64? = nil, order: SearchOrder = .newest, offset: Int = 0,
        pageSize: Int = 50
    ) {
        self.filter = filter
        self.quoteKind = quoteKind
        self.claimKind = claimKind
        self.speakerType = speakerType
        self.speakerID = speakerID
        self.order = order
        self.offset = offset
        self.pageSize = pageSize
    }
}

/// How a page of results is ordered.
public enum SearchOrder: String, Sendable, Hashable, CaseIterable {
    /// Newest article first (undated ones last).
    case newest
    /// Oldest article first (undated ones first).
    case oldest
    /// Best full-text match first; newest first when there are no search words, or more matches
    /// than ``Store/sortLimit``.
    case relevance
}

/// One page of rows and how many rows match in all (counted up to a cap).
public struct SearchPage<Row: Sendable & Hashable>: Sendable, Hashable {
    /// The rows of the page.
    public var rows: [Row]
    /// Matching rows, counted up to ``Store/countCap``.
    public var total: Int
    /// False when more rows match than were counted.
    public var totalIsExact: Bool
    /// The order the rows are in: relevance gives way to date past ``Store/sortLimit`` matches.
    public var order: SearchOrder
}
