import Extraction
import Foundation
import HearsayModel
import SQLiteLayer

extension Store {
    /// Stores one article in its own transaction and groups its claims.
    ///
    /// Idempotent: an article already stored with the same text and metadata is left as it is;
    /// one whose text or metadata changed under the same key is replaced together with its
    /// quotes and claims, all in one transaction.
    @discardableResult
    public func importArticle(
        key: String, text: String, metadata: ArticleMetadata, extraction: ArticleExtraction
    ) throws -> ImportOutcome {
        var totals = ImportTotals()
        let input = ArticleInput(key: key, text: text, metadata: metadata, extraction: extraction)
        return try importBatch([input], totals: &totals)[0]
    }

    /// Stores many articles in one transaction and groups their claims, adding to `totals`
    /// (``importBatch(_:totals:)-(PreparedArticle)``).
    @discardableResult
    public func importBatch(_ inputs: [ArticleInput], totals: inout ImportTotals) throws -> [ImportOutcome] {
        try importBatch(inputs.map(PreparedArticle.init), totals: &totals)
    }

    /// Stores many articles in one transaction (about 100 at a time is the sweet spot: each
    /// commit writes a full-text index segment) and groups their claims with the stored claims
    /// about the same events in the same transaction, adding to `totals`. Each replaced article
    /// is handed to `replaced` once the batch is stored.
    ///
    /// Either every article of the batch is stored and grouped or, on error, none is. Claims
    /// another process left ungrouped (queued in `claim_group_pending`) are grouped with the batch.
    @discardableResult
    public func importBatch(
        _ articles: [PreparedArticle], totals: inout ImportTotals, replaced: (Replacement) -> Void = { _ in }
    ) throws -> [ImportOutcome] {
        let importedAt = Self.timestamp()
        var batchTotals = ImportTotals()
        var replacements: [Replacement] = []
        let outcomes: [ImportOutcome]
        do {
            outcomes = try run {
                try db.transaction { _ in
                    writer.beginBatch()
                    let outcomes = try articles.map {
                        try writer.write(
                            $0, importedAt: importedAt, totals: &batchTotals, replacements: &replacements)
                    }
                    try writer.endBatch()
                    // Grouped right away, batch by batch, with the claims prepared ahead: the
                    // result is what grouping after the whole import gives, without reading the
                    // new claims back.
                    if importGrouping == nil { importGrouping = try ClaimGroupUpdater(db: db) }
                    try importGrouping?.runInBatch(prepared: articles, replaced: batchTotals.replaced > 0)
                    return outcomes
                }
            }
        } catch {
            writer.batchFailed()
            importGrouping?.forgetAll()
            throw error
        }
        totals.add(batchTotals)
        for replacement in replacements { replaced(replacement) }
        return outcomes
    }

    /// True when an article with this key, text and metadata is already stored, so the importer
    /// can skip extracting it again.
    public func isStored(key: String, contentHash: String) throws -> Bool {
        try run {
            // Its own statement: going through `writer` would give a checking connection the
            // writer's 64 MB page cache.
            if findHash == nil { findHash = try db.prepare(sql: "SELECT content_hash FROM articles WHERE key = ?") }
            guard let statement = findHash else { return false }
            try statement.bind(key, at: 1)
            defer { statement.reset() }
            return try statement.step() && statement.string(at: 0) == contentHash
        }
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
