import Extraction
import HearsayModel
import Linking
import TestSupport
import Testing

@testable import HearsayStore

/// How a batch is written (issue 14): full-text rows once per batch, new articles queued for
/// grouping by the writer, and what that must not change.
@Suite struct BatchWritingTests {
    /// Distinct full-text segments of an index (`<index>_idx` holds one row per segment and leaf).
    private func segments(_ store: Store, _ index: String) throws -> Int64 {
        try store.db.scalarInt(sql: "SELECT count(DISTINCT segid) FROM \(index)_idx") ?? -1
    }

    @Test(arguments: Location.allCases)
    func aBatchWritesOneSegmentPerIndex(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        var totals = ImportTotals()
        let batch = (0..<12).map { Fixtures.harbour(key: "harbour-\($0).txt") }
        try store.importBatch(batch, totals: &totals)
        #expect(totals.added == 12)
        // Written article by article between savepoints, there would be a segment per article
        // (merged two at a time, so several would remain).
        #expect(try segments(store, "quotes_fts") == 1)
        #expect(try segments(store, "claims_fts") == 1)
        #expect(try store.quotes(matching: QueryFilter(search: "hundred")).count == 12)
        #expect(try store.check().isEmpty)
    }

    @Test(arguments: Location.allCases)
    func anArticleReplacedInItsOwnBatchLeavesTheIndexWhole(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        var totals = ImportTotals()
        let shorter = "Port Ellery council delays harbour wall\n\nNo quotes any more."
        try store.importBatch([Fixtures.harbour(), Fixtures.ferry(), Fixtures.harbour(text: shorter)], totals: &totals)
        #expect(totals.added == 2)
        #expect(totals.replaced == 1)
        try store.db.execute(sql: "INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        try store.db.execute(sql: "INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")
        #expect(try store.quotes(matching: QueryFilter(search: "hundred")).isEmpty)
        #expect(try store.check().isEmpty)
    }

    @Test func everyNewArticleIsGrouped() throws {
        let store = try Store(path: ":memory:")
        #expect(
            try store.db.scalarInt(
                sql:
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' AND sql LIKE '%AFTER INSERT%'"
            ) == 0)
        try store.db.execute(sql: "CREATE TEMP TABLE queued(article_id INTEGER)")
        try store.db.execute(
            sql: """
                CREATE TEMP TRIGGER count_queued AFTER INSERT ON main.claim_group_pending
                BEGIN INSERT INTO queued VALUES (new.article_id); END
                """)
        var totals = ImportTotals()
        try store.importBatch([Fixtures.harbour(), Fixtures.ferry()], totals: &totals)
        // Queued by the writer in the batch's transaction, then grouped and taken off the queue.
        #expect(try store.db.scalarInt(sql: "SELECT count(DISTINCT article_id) FROM queued") == 2)
        #expect(try store.db.scalarInt(sql: "SELECT count(*) FROM claim_group_pending") == 0)
    }
}

/// The bounded cache of prepared claims that claim grouping compares against.
@Suite struct RecentClaimsTests {
    private func claim(_ id: Int64) -> PreparedClaim {
        PreparedClaim(
            GroupableClaim(
                id: id, article: "a\(id)", outlet: nil, date: nil, text: "claim \(id)", figures: [], dates: []))
    }

    @Test func holdsNoMoreThanItsLimit() {
        var cache = RecentClaims(limit: 10)
        for id in 0..<100 { cache.insert(claim(Int64(id))) }
        #expect(cache.count <= 10)
        #expect(cache.claim(99) != nil)
        #expect(cache.claim(0) == nil)
    }

    @Test func keepsTheClaimsInUse() {
        var cache = RecentClaims(limit: 10)
        cache.insert(claim(1))
        for id in 100..<200 {
            // Claim 1 is asked for between every new claim, as an earlier copy of a story is.
            #expect(cache.claim(1)?.claim.id == 1)
            cache.insert(claim(Int64(id)))
        }
        #expect(cache.count <= 10)
    }

    @Test func forgetsEverythingWhenAsked() {
        var cache = RecentClaims(limit: 10)
        for id in 0..<5 { cache.insert(claim(Int64(id))) }
        cache.removeAll()
        #expect(cache.count == 0)
        #expect(cache.claim(3) == nil)
    }
}
