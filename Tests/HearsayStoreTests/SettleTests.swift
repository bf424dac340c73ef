import Extraction
import Foundation
import HearsayModel
import HearsayStore
import TestSupport
import Testing

/// One invented article in which `name` says `quote`.
private func said(_ key: String, _ name: String, _ quote: String, role: String? = nil) -> ArticleInput {
    let text = "\"\(quote)\" said \(name).\n"
    var speaker = Speaker(name: name, kind: .person)
    if let role { speaker.roles = [role] }
    let q = Quote(
        text: quote, span: TextSpan(start: 1, end: 1 + quote.unicodeScalars.count), kind: .direct, speaker: 0,
        cue: "said", paragraph: 0, confidence: 0.9)
    var metadata = ArticleMetadata()
    metadata.date = "2022-05-04"
    return ArticleInput(
        key: key, text: text, metadata: metadata, extraction: ArticleExtraction(speakers: [speaker], quotes: [q]))
}

/// A small corpus whose people an import must find whatever the order.
private let corpus: [ArticleInput] = [
    said("a.txt", "Menendez", "The bridge will open"),
    said("b.txt", "Robert Menendez", "The budget is tight"),
    said("d.txt", "Tomas Cruz", "The port is busy"),
    said("e.txt", "Hanna Cruz", "The school is full"),
    said("f.txt", "Ivo Brandt", "Rain came early"),
    said("g.txt", "Brandt", "Rain left late"),
    said("h.txt", "Ivo Brandt", "Rain stayed"),
]

/// The people of `store` as `export people` shows them, ids aside.
private func people(_ store: Store) throws -> [String] {
    try store.people().map { p in
        "\(p.name)|\(p.kind.rawValue)|\(p.aliases.sorted().joined(separator: ","))|\(p.quotes)"
    }.sorted()
}

private func importAll(_ store: Store, _ articles: [ArticleInput]) throws {
    for article in articles {
        var totals = ImportTotals()
        _ = try store.importBatch([article], totals: &totals)
    }
    try store.settleEntities()
}

@Suite struct SettleTests {
    @Test func theSamePeopleWhateverTheOrder() throws {
        let forward = try Store(path: ":memory:")
        try importAll(forward, corpus)
        let backward = try Store(path: ":memory:")
        try importAll(backward, corpus.reversed())
        let halves = try Store(path: ":memory:")
        try importAll(halves, Array(corpus[3...]))
        try importAll(halves, Array(corpus[..<3]))
        let expected = try people(forward)
        #expect(try people(backward) == expected)
        #expect(try people(halves) == expected)
        // The bare surname went to the one fuller name of it.
        #expect(!expected.contains { $0.hasPrefix("Menendez|") })
        #expect(!expected.contains { $0.hasPrefix("Brandt|") })
        #expect(try forward.quotes(matching: QueryFilter(search: "\"bridge will open\"")).first?.speaker == "Robert Menendez")
    }

    @Test func twoImportsAtOnceGiveThePeopleOfOne() async throws {
        let folder = ScratchFolder("hearsay-settle")
        let path = folder.path("both.db")
        _ = try Store(path: path)
        let first = Array(corpus.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let second = Array(corpus.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for half in [first, second] {
                group.addTask { try importAll(try Store(path: path), half) }
            }
            try await group.waitForAll()
        }
        let sequential = try Store(path: ":memory:")
        try importAll(sequential, corpus)
        #expect(try people(try Store(path: path)) == (try people(sequential)))
    }

    @Test func aRejectedNameIsNotFolded() throws {
        let store = try Store(path: ":memory:")
        try importAll(store, [said("a.txt", "Robert Menendez", "The budget is tight")])
        _ = try store.addAlias("Menendez", to: "Robert Menendez")
        _ = try store.removeAlias("Menendez", from: "Robert Menendez")
        try importAll(store, [said("b.txt", "Menendez", "The bridge will open")])
        #expect(try store.quotes(matching: QueryFilter(search: "\"bridge will open\"")).first?.speaker == "Menendez")
    }
}

@Suite struct RoleRemovalTests {
    @Test(arguments: Location.allCases)
    func aRemovedRoleStaysRemovedAcrossReimports(_ location: Location) throws {
        let folder = ScratchFolder("hearsay-role")
        let store = try location.open(folder)
        let article = said("a.txt", "Ivo Brandt", "Rain came early", role: "harbour master")
        try importAll(store, [article])
        #expect(try roles(store) == ["harbour master"])
        let lines = try store.removeRole("harbour master", from: "Ivo Brandt")
        #expect(lines.first?.contains("Removed") == true)
        #expect(throws: StoreError.self) { try store.removeRole("harbour master", from: "Ivo Brandt") }
        var changed = article
        changed.text += "More.\n"
        try importAll(store, [changed])
        #expect(try roles(store) == [])
    }

    @Test func aRemovedRoleStaysRemovedWhenAnotherArticleIsFoldedIn() throws {
        let store = try Store(path: ":memory:")
        try importAll(store, [said("a.txt", "Ivo Brandt", "Rain came early", role: "harbour master")])
        _ = try store.removeRole("harbour master", from: "Ivo Brandt")
        // A new article gives the same role to the surname alone, which becomes the same person.
        try importAll(store, [said("g.txt", "Brandt", "Rain left late", role: "harbour master")])
        #expect(try store.quotes(matching: QueryFilter(search: "\"left late\"")).first?.speaker == "Ivo Brandt")
        #expect(try roles(store) == [])
    }

    @Test func aRemovedRoleFollowsTheEntityThroughAMerge() throws {
        let store = try Store(path: ":memory:")
        let article = said("a.txt", "Ivo Brandt", "Rain came early", role: "harbour master")
        try importAll(store, [article, said("z.txt", "Ines Vogel", "Snow came late")])
        _ = try store.removeRole("harbour master", from: "Ivo Brandt")
        _ = try store.merge("Ivo Brandt", into: "Ines Vogel")
        var changed = article
        changed.text += "More.\n"
        try importAll(store, [changed])
        #expect(try store.quotes(matching: QueryFilter(search: "\"came early\"")).first?.speaker == "Ines Vogel")
        #expect(try store.person(named: "Ines Vogel").first?.roles == [])
    }

    private func roles(_ store: Store) throws -> [String] {
        try store.person(named: "Ivo Brandt").first?.roles ?? []
    }
}

@Suite struct AliasRemovalTests {
    @Test(arguments: Location.allCases)
    func aRemovedAliasStaysRemovedAcrossReimports(_ location: Location) throws {
        let folder = ScratchFolder("hearsay-alias")
        let store = try location.open(folder)
        var article = said("a.txt", "Robert Menendez", "The budget is tight")
        article.extraction.speakers[0].aliases = ["Bob the Builder"]
        try importAll(store, [article])
        #expect(try store.person(named: "Robert Menendez").first?.summary.aliases.contains("Bob the Builder") == true)
        _ = try store.removeAlias("Bob the Builder", from: "Robert Menendez")
        var changed = article
        changed.text += "More.\n"
        try importAll(store, [changed])
        #expect(try store.person(named: "Robert Menendez").first?.summary.aliases.contains("Bob the Builder") == false)
    }
}

@Suite struct GivenNameLookupTests {
    private func quotes(_ name: String, _ count: Int, from start: Int = 0) -> [ArticleInput] {
        (0..<count).map { said("\(name)-\(start + $0).txt", name, "Line \(start + $0) of \(name)") }
    }

    @Test func aGivenNameAloneFindsTheOneWellAttestedPerson() throws {
        let store = try Store(path: ":memory:")
        try importAll(store, quotes("Hanna Cruz", 6) + quotes("Hanna", 1) + quotes("Hanna Brandt", 1))
        let found = try store.entities(named: "Hanna")
        let names = try found.map { id in try store.people().first { $0.id == id }?.name ?? "" }
        #expect(names.contains("Hanna Cruz"))
        #expect(!names.contains("Hanna Brandt"))
    }

    @Test func aGivenNameOfSeveralPeopleAlikeIsAmbiguous() throws {
        let store = try Store(path: ":memory:")
        try importAll(store, quotes("Tomas Cruz", 6) + quotes("Tomas Brandt", 5))
        #expect(throws: StoreError.self) { try store.entities(named: "Tomas") }
        // A full name is not.
        #expect(try store.entities(named: "Tomas Cruz").count == 1)
    }
}
