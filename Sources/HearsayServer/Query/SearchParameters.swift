import Extraction
import HearsayModel
import HearsayStore
import Hummingbird

/// What a search page (and its API twin and downloads) was asked for, checked and capped.
///
/// The parameters are the CLI's filters under short names: `q` (words), `person`, `org`,
/// `source`, `since`, `until`, plus `kind`, `type` (of speaker), `speaker` (an entity id, what a
/// facet link narrows by), `what` (`quotes` or `claims`), `sort` (`newest`, `oldest`,
/// `relevance`), `page` and `size`.
struct SearchParameters: Sendable, Hashable {
    /// Rows on a page unless `size` says otherwise.
    static let defaultPageSize = 25
    /// The most rows a page shows, whatever `size` says.
    static let maxPageSize = 100
    /// The deepest row a page reaches: past it, narrow the search or download the results.
    static let maxOffset = 10_000

    /// The parameters as given (only those the search knows).
    private(set) var parameters: Parameters
    /// The store's query.
    private(set) var query: SearchQuery
    /// Claims rather than quotes.
    private(set) var claims: Bool
    /// The page number, from 1.
    private(set) var page: Int

    static let names = [
        "q", "person", "org", "source", "since", "until", "kind", "type", "speaker", "what", "sort", "page", "size",
    ]

    /// Checks `given`; a bad value is a 400 naming the parameter.
    init(_ given: Parameters) throws {
        var kept = Parameters()
        for name in Self.names { kept[name] = given[name] }
        parameters = kept
        var filter = QueryFilter(
            person: kept["person"], organisation: kept["org"], source: kept["source"], since: kept["since"],
            until: kept["until"], search: kept["q"])
        for (name, value) in [("since", filter.since), ("until", filter.until)] {
            if let value, !QueryFilter.isValidDate(value) {
                throw HTTPError(.badRequest, message: "\(name) wants a date written YYYY-MM-DD, like 2020-01-31")
            }
        }
        if let since = filter.since, let until = filter.until, since > until {
            throw HTTPError(.badRequest, message: "since is after until")
        }
        if let search = filter.search,
            !search.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        {
            filter.search = nil
        }
        claims = kept["what"] == "claims"
        var query = SearchQuery(filter: filter)
        if let kind = kept["kind"] {
            if claims {
                guard let parsed = ClaimKind(rawValue: kind) else {
                    throw HTTPError(.badRequest, message: "kind of claim is stated or reported")
                }
                query.claimKind = parsed
            } else {
                guard let parsed = QuoteKind(rawValue: kind) else {
                    throw HTTPError(.badRequest, message: "kind of quote is direct, partial or reported")
                }
                query.quoteKind = parsed
            }
        }
        if let type = kept["type"] {
            guard let parsed = SpeakerKind(rawValue: type) else {
                throw HTTPError(.badRequest, message: "type is person, organisation, group, unknown or place")
            }
            query.speakerType = parsed
        }
        if let speaker = kept["speaker"] {
            guard let id = Int64(speaker), id > 0 else { throw HTTPError(.badRequest, message: "speaker is an id") }
            query.speakerID = id
        }
        if let sort = kept["sort"] {
            guard let order = SearchOrder(rawValue: sort) else {
                throw HTTPError(.badRequest, message: "sort is newest, oldest or relevance")
            }
            query.order = order
        } else if filter.search != nil {
            query.order = .relevance
        }
        let size = kept["size"].flatMap(Int.init) ?? Self.defaultPageSize
        query.pageSize = min(max(1, size), Self.maxPageSize)
        let requested = kept["page"].flatMap(Int.init) ?? 1
        page = min(max(1, requested), Self.maxOffset / query.pageSize + 1)
        query.offset = (page - 1) * query.pageSize
        self.query = query
    }

    /// The same search with `changes` applied (nil removes a parameter), back on its first page
    /// unless `page` is among the changes.
    func with(_ changes: [String: String?]) -> Parameters {
        var next = parameters
        next["page"] = nil
        for (name, value) in changes { next[name] = value }
        return next
    }

    /// True when nothing narrows the search.
    var isEmpty: Bool {
        query.filter == QueryFilter() && query.quoteKind == nil && query.claimKind == nil
            && query.speakerType == nil && query.speakerID == nil
    }
}
