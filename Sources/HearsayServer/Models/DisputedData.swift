import HearsayStore

/// Claims about one event whose figures disagree across articles, a page of groups at a time.
struct DisputedData: Codable, Sendable, Hashable {
    var page: Int
    var pageSize: Int
    var hasMore: Bool
    var groups: [DisputedItem]

    static let pageSize = 20

    static func load(_ store: Store, page: Int) throws -> DisputedData {
        let page = min(max(1, page), 500)
        let skip = (page - 1) * pageSize
        let groups = try store.disputedClaimGroups(matching: QueryFilter(limit: skip + pageSize + 1))
        let shown = Array(groups.dropFirst(skip).prefix(pageSize))
        return DisputedData(
            page: page, pageSize: pageSize, hasMore: groups.count > skip + pageSize,
            groups: shown.map(DisputedItem.init))
    }
}
