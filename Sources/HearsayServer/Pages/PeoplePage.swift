import HearsayStore

/// `/people`: speakers, most quoted first, a page at a time.
enum PeoplePage {
    static func render(_ data: PeopleData, context: PageContext) -> HTML {
        let rows: [HTML] = data.people.map { person in
            "<li><a href=\"\(Fragments.personLink(person.id))\">\(person.name)</a> <span class=\"tag\">\(person.type)</span><span class=\"num\">\(Fragments.count(person.quotes, "quote"))</span></li>"
        }
        let pager = Fragments.pager(page: data.page, hasMore: data.hasMore, link: { "/people?page=\($0)" })
        let content: HTML = """
            <h1>Speakers</h1>
            <section class="panel"><ol class="plain">\(rows)</ol></section>
            \(pager)
            """
        return Layout.page(title: "Speakers", context: context, content)
    }
}

/// A page of speakers, most quoted first.
struct PeopleData: Codable, Sendable, Hashable {
    var page: Int
    var pageSize: Int
    var hasMore: Bool
    var people: [PersonItem]

    static let pageSize = 50
}

extension PeopleData {
    static func load(_ store: HearsayStore.Store, page: Int) throws -> PeopleData {
        let page = min(max(1, page), 200)
        let people = try store.mostQuoted(limit: pageSize + 1, offset: (page - 1) * pageSize)
        return PeopleData(
            page: page, pageSize: pageSize, hasMore: people.count > pageSize,
            people: people.prefix(pageSize).map(PersonItem.init))
    }
}
