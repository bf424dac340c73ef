import HearsayStore

/// A search: one page of quotes or claims, how many match, and the facets.
struct SearchData: Codable, Sendable, Hashable {
    var parameters: [String: String]
    var what: String
    var sort: String
    var page: Int
    var pageSize: Int
    var total: Int
    var totalExact: Bool
    var quotes: [QuoteItem]?
    var claims: [ClaimItem]?
    var facets: FacetsItem

    static func load(_ store: Store, _ search: SearchParameters) throws -> SearchData {
        var data = SearchData(
            parameters: search.parameters.values, what: search.claims ? "claims" : "quotes",
            sort: search.query.order.rawValue, page: search.page, pageSize: search.query.pageSize, total: 0,
            totalExact: true, quotes: nil, claims: nil,
            facets: FacetsItem(try store.facets(claims: search.claims, search.query)))
        if search.claims {
            let page = try store.searchClaims(search.query)
            data.claims = page.rows.map(ClaimItem.init)
            data.sort = page.order.rawValue
            data.total = page.total
            data.totalExact = page.totalIsExact
        } else {
            let page = try store.searchQuotes(search.query)
            data.quotes = page.rows.map(QuoteItem.init)
            data.sort = page.order.rawValue
            data.total = page.total
            data.totalExact = page.totalIsExact
        }
        return data
    }

    /// The last page there is (at least the current one).
    var lastPage: Int {
        max(page, (min(total, SearchParameters.maxOffset + pageSize) + pageSize - 1) / pageSize)
    }
}
