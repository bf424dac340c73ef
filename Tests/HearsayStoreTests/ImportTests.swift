import Extraction
import HearsayModel
import TestSupport
import Testing

@testable import HearsayStore

@Suite struct ImportTests {
    @Test(arguments: Location.allCases)
    func importIsIdempotent(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        #expect(try store.importArticle(Fixtures.harbour()) == .added)
        let before = try store.stats()
        #expect(before.articles == 1)
        #expect(before.quotes == 3)
        #expect(before.claims == 1)
        #expect(try store.importArticle(Fixtures.harbour()) == .unchanged)
        #expect(try store.stats() == before)
        #expect(try store.check().isEmpty)
    }

    @Test(arguments: Location.allCases)
    func changedArticleIsReplacedWithItsQuotes(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        try store.importArticle(Fixtures.harbour())
        let shorter = "Port Ellery council delays harbour wall\n\nNo quotes any more."
        #expect(try store.importArticle(Fixtures.harbour(text: shorter)) == .replaced)
        let stats = try store.stats()
        #expect(stats.articles == 1)
        #expect(stats.quotes == 0)
        #expect(stats.claims == 0)
        #expect(try store.check().isEmpty)
        #expect(try store.db.scalarInt(sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'hundred'") == 0)
    }

    @Test func failedBatchStoresNothing() throws {
        let store = try Store(path: ":memory:")
        var broken = Fixtures.ferry()
        broken.extraction.quotes[0].kind = .direct
        var totals = ImportTotals()
        try store.importBatch([Fixtures.harbour(), broken], totals: &totals)
        #expect(totals.added == 2)
        #expect(totals.quotes == 5)
        try store.db.execute(
            sql:
                "CREATE TRIGGER boom BEFORE INSERT ON articles WHEN new.key = 'bad' BEGIN SELECT raise(ABORT, 'boom'); END"
        )
        var second = ImportTotals()
        #expect(throws: StoreError.self) {
            try store.importBatch([Fixtures.harbour(key: "ok"), Fixtures.harbour(key: "bad")], totals: &second)
        }
        #expect(try store.stats().articles == 2)
    }

    @Test func speakersAcrossArticlesShareOneEntity() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.ferry())
        // "Quillfeather" in the ferry story is the Marta Quillfeather of the harbour story.
        let people = try store.people()
        let marta = try #require(people.first { $0.name == "Marta Quillfeather" })
        #expect(marta.quotes == 3)
        #expect(marta.aliases.contains("Quillfeather"))
    }

    @Test func bareSurnameGrowsIntoTheFullNameButNotIntoLongerJunk() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.ferry())
        #expect(try store.people().contains { $0.name == "Quillfeather" })
        try store.importArticle(Fixtures.harbour())
        #expect(try store.people().contains { $0.name == "Marta Quillfeather" })
        var glued = Fixtures.harbour(key: "glued.txt")
        glued.extraction.speakers[0].name = "So Marta Quillfeather"
        try store.importArticle(glued)
        #expect(try store.people().contains { $0.name == "Marta Quillfeather" })
    }

    @Test func contentHashSeesEveryChange() {
        let metadata = ArticleMetadata(title: "T", date: "2020-01-01", source: "S")
        let base = ContentHash.of(text: "Some article text here.", metadata: metadata)
        #expect(base.count == 32)
        #expect(base == ContentHash.of(text: "Some article text here.", metadata: metadata))
        #expect(base != ContentHash.of(text: "Some article text here!", metadata: metadata))
        #expect(
            base
                != ContentHash.of(
                    text: "Some article text here.",
                    metadata: ArticleMetadata(title: "T", date: "2020-01-02", source: "S")))
        // Moving words from one field to another is a change too.
        #expect(
            ContentHash.of(text: "ab", metadata: ArticleMetadata(title: "c"))
                != ContentHash.of(text: "a", metadata: ArticleMetadata(title: "bc")))
        #expect(
            ContentHash.of(text: "", metadata: ArticleMetadata(title: nil))
                != ContentHash.of(text: "", metadata: ArticleMetadata(title: "")))
    }

    @Test func invalidDateIsStoredAsUnknown() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour(date: "4 March 2021"))
        #expect(try store.db.scalarInt(sql: "SELECT count(*) FROM articles WHERE published IS NULL") == 1)
    }
}

extension Store {
    @discardableResult
    func importArticle(_ input: ArticleInput) throws -> ImportOutcome {
        try importArticle(key: input.key, text: input.text, metadata: input.metadata, extraction: input.extraction)
    }
}
