import HearsayModel
import HearsayStore
import Linking

/// The Hearsay database as the place an import writes to: each batch is stored in one
/// transaction, then its claims join the groups of claims about the same events.
public final class StoreSink: ImportSink {
    private let store: Store
    private let replaced: @Sendable (Replacement) -> Void

    /// Writes to `store` (the import's writing connection): use it from no other thread while
    /// the import runs. `replaced` hears, on the writer thread, of each stored article replaced by
    /// one read from another file.
    public init(_ store: Store, replaced: @escaping @Sendable (Replacement) -> Void = { _ in }) {
        self.store = store
        self.replaced = replaced
    }

    /// Works out, on the extraction thread, what linking the article's speakers and grouping its
    /// claims need, and the column values of its rows, so the writer does not.
    public static func prepare(_ article: ArticleInput) -> PreparedArticle {
        PreparedArticle(article)
    }

    /// Stores the batch and groups its claims.
    public func write(_ batch: [PreparedArticle]) throws -> ImportTotals {
        var totals = ImportTotals()
        try store.importBatch(batch, totals: &totals, replaced: replaced)
        return totals
    }

    /// Settles the entities (``Store/settleEntities()``: the same people whatever the order of
    /// the articles), then groups the claims still waiting: those of a batch that stopped before
    /// grouping, and those an interrupted import left behind.
    public func finish() throws {
        try store.settleEntities()
        try store.groupNewClaims()
    }
}

/// ``Store/key(storedFrom:)`` answers the protocol's other question.
extension Store: KnownArticles {
    /// True when the article is stored with this content hash (``Store/isStored(key:contentHash:)``).
    public func holdsUnchanged(key: String, contentHash: String) throws -> Bool {
        try isStored(key: key, contentHash: contentHash)
    }
}
