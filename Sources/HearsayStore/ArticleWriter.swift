import Extraction
import Foundation
import HearsayModel
import Linking
import SQLiteLayer

/// Writes articles with their speakers, quotes and claims, reusing one set of prepared statements.
///
/// Callers wrap calls in a transaction (``Store/importBatch(_:)``); the writer never commits.
final class ArticleWriter {
    private let db: Database
    let linker = EntityLinker()
    private lazy var entities = EntityDirectory(db: db)

    private lazy var findArticle = prepare("SELECT id, content_hash, imported_at FROM articles WHERE key = ?")
    private lazy var deleteArticle = prepare("DELETE FROM articles WHERE id = ?")
    /// Entities only replaced articles held, removed at the end of each batch.
    private lazy var orphans: OrphanSweeper = {
        do { return try OrphanSweeper(db: db) } catch { preconditionFailure("\(error)") }
    }()
    private lazy var insertArticle = prepare(
        """
        INSERT INTO articles(key, title, source, url, author, published, text, content_hash, imported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var insertSpeaker = prepare(
        """
        INSERT INTO article_speakers(article_id, position, entity_id, name, kind, role, aliases, roles, organisations, evidence_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var insertQuote = prepare(
        """
        INSERT INTO quotes(article_id, speaker_id, mention, text, kind, cue, start, "end", paragraph, confidence,
                           words_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var insertTextKey = prepare("INSERT INTO article_text_keys(article_id, text_key) VALUES (?, ?)")
    private lazy var insertQuoteText = prepare("INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)")
    private lazy var insertPending = prepare("INSERT OR IGNORE INTO claim_group_pending(article_id) VALUES (?)")
    private lazy var insertClaim = prepare(
        """
        INSERT INTO claims(article_id, claimant_id, mention, text, kind, cue, start, "end", paragraph, confidence,
                           hedges, figures, dates)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var insertClaimText = prepare("INSERT INTO claims_fts(rowid, text) VALUES (?, ?)")
    private lazy var insertClaimMention = prepare(
        "INSERT OR IGNORE INTO claim_mentions(claim_id, entity_id) VALUES (?, ?)")
    private lazy var findEvidence = prepare("SELECT id FROM link_evidence WHERE text = ?")
    private lazy var insertEvidence = prepare("INSERT INTO link_evidence(text) VALUES (?)")
    /// `link_evidence` ids by text. Rows are never deleted, so the ids stay right from one
    /// transaction to the next; a failed batch rolls its rows back and clears this.
    private var evidenceIDs: [String: Int64] = [:]
    private lazy var hasReplayableCuration = prepare(
        "SELECT EXISTS (SELECT 1 FROM curation WHERE action IN ('unmerge', 'reassign', 'role-remove'))")
    /// Whether this batch must replay curation on each article (read once per batch: most
    /// databases have none, and replaying reads the curation log).
    private var replaysCuration = true
    /// Full-text rows of the batch, written just before it commits (``endBatch()``): FTS5 writes
    /// its pending terms out as a segment at every statement savepoint, so rows written article by
    /// article, between statements that open one, would make many small segments.
    private var quoteTexts: [(id: Int64, text: String)] = []
    private var claimTexts: [(id: Int64, text: String)] = []

    init(db: Database) {
        self.db = db
    }

    private func prepare(_ sql: String) -> Statement {
        do { return try db.prepare(sql: sql) } catch {
            // The SQL is ours and the schema is migrated before the writer exists.
            preconditionFailure("\(error)")
        }
    }

    /// Forgets cached entities; call at the start of each transaction.
    func beginBatch() {
        entities.forget()
        quoteTexts.removeAll(keepingCapacity: true)
        claimTexts.removeAll(keepingCapacity: true)
        // Bounded: a long import meets new reasons all the time.
        if evidenceIDs.count > 50_000 { evidenceIDs.removeAll() }
        replaysCuration = true
        if (try? hasReplayableCuration.step()) == true { replaysCuration = hasReplayableCuration.int64(at: 0) != 0 }
        hasReplayableCuration.reset()
    }

    /// Forgets what a rolled-back batch may have cached.
    func batchFailed() {
        evidenceIDs.removeAll()
        quoteTexts.removeAll(keepingCapacity: true)
        claimTexts.removeAll(keepingCapacity: true)
        orphans.forget()
    }

    /// Call at the end of each batch, inside its transaction: deletes the entities that only the
    /// articles it replaced held.
    func endBatch() throws {
        try orphans.sweep()
        try writeTexts()
    }

    /// Adds the batch's quotes and claims to the full-text indexes, in one statement run per row
    /// with no savepoint between them, so FTS5 writes one segment per index for the batch.
    private func writeTexts() throws {
        for row in quoteTexts {
            try insertQuoteText.bind(row.id, at: 1)
            try insertQuoteText.bind(row.text, at: 2)
            try insertQuoteText.run()
        }
        quoteTexts.removeAll(keepingCapacity: true)
        for row in claimTexts {
            try insertClaimText.bind(row.id, at: 1)
            try insertClaimText.bind(row.text, at: 2)
            try insertClaimText.run()
        }
        claimTexts.removeAll(keepingCapacity: true)
    }

    /// The `link_evidence` row holding `text`, added when new.
    private func evidenceID(_ text: String?) throws -> Int64? {
        guard let text else { return nil }
        if let id = evidenceIDs[text] { return id }
        try findEvidence.bind(text, at: 1)
        let found = try findEvidence.step() ? findEvidence.int64(at: 0) : nil
        findEvidence.reset()
        let id: Int64
        if let found {
            id = found
        } else {
            try insertEvidence.bind(text, at: 1)
            try insertEvidence.run()
            id = db.lastInsertRowID
        }
        evidenceIDs[text] = id
        return id
    }

    /// The stored hash for `key`, if the article exists.
    func storedHash(key: String) throws -> (id: Int64, hash: String, importedAt: String?)? {
        try findArticle.bind(key, at: 1)
        defer { findArticle.reset() }
        guard try findArticle.step() else { return nil }
        return (findArticle.int64(at: 0), findArticle.string(at: 1) ?? "", findArticle.string(at: 2))
    }

    /// Stores one article inside the caller's transaction; an article it replaces is added to
    /// `replacements`.
    func write(
        _ article: PreparedArticle, importedAt: String, totals: inout ImportTotals, replacements: inout [Replacement]
    ) throws -> ImportOutcome {
        let input = article.input
        let rows = article.rows
        let hash = rows.contentHash
        var outcome = ImportOutcome.added
        if let existing = try storedHash(key: input.key) {
            if existing.hash == hash {
                totals.unchanged += 1
                return .unchanged
            }
            replacements.append(
                Replacement(key: input.key, formerlyImportedAt: existing.importedAt, origin: input.origin))
            // The delete trigger takes the old article's rows out of the full-text indexes: they
            // must be there, even when the old article came earlier in this batch.
            try writeTexts()
            try orphans.articleWillBeDeleted(existing.id)
            try deleteArticle.bind(existing.id, at: 1)
            try deleteArticle.run()
            outcome = .replaced
        }
        let metadata = input.metadata
        try insertArticle.bind(input.key, at: 1)
        try insertArticle.bind(metadata.title, at: 2)
        try insertArticle.bind(metadata.source, at: 3)
        try insertArticle.bind(metadata.url, at: 4)
        try insertArticle.bind(metadata.author, at: 5)
        let date = rows.date
        try insertArticle.bind(date, at: 6)
        try insertArticle.bind(input.text, at: 7)
        try insertArticle.bind(hash, at: 8)
        try insertArticle.bind(importedAt, at: 9)
        try insertArticle.run()
        let articleID = db.lastInsertRowID
        // What an export counts copies of a quote by (OccurrenceCounts), stored so it reads no text.
        try insertTextKey.bind(articleID, at: 1)
        try insertTextKey.bind(rows.textKey, at: 2)
        try insertTextKey.run()
        try insertPending.bind(articleID, at: 1)
        try insertPending.run()

        let extraction = input.extraction
        var entityIDs: [Int64?] = []
        entityIDs.reserveCapacity(extraction.speakers.count)
        for (position, speaker) in extraction.speakers.enumerated() {
            let candidate = EntityCandidate(speaker: speaker, article: input.key, date: date)
            let link = try entities.resolve(
                candidate, facts: article.speakers[position], linker: linker, articleID: articleID)
            let columns = rows.speakers[position]
            entityIDs.append(link.entityID)
            try insertSpeaker.bind(articleID, at: 1)
            try insertSpeaker.bind(position, at: 2)
            try insertSpeaker.bind(link.entityID, at: 3)
            try insertSpeaker.bind(speaker.name, at: 4)
            try insertSpeaker.bind(StoredCodes.code(speaker.kind), at: 5)
            try insertSpeaker.bind(speaker.roles.first, at: 6)
            try insertSpeaker.bind(columns.aliases, at: 7)
            try insertSpeaker.bind(columns.roles, at: 8)
            try insertSpeaker.bind(columns.organisations, at: 9)
            try insertSpeaker.bind(try evidenceID(link.reason), at: 10)
            try insertSpeaker.run()
        }

        /// The speaker's entity and its position in the article (the `mention` column).
        func speaker(_ index: Int?) -> (entity: Int64?, mention: Int?) {
            guard let index, index >= 0, index < entityIDs.count else { return (nil, nil) }
            return (entityIDs[index], index)
        }

        for (index, quote) in extraction.quotes.enumerated() {
            let (entity, mention) = speaker(quote.speaker)
            try insertQuote.bind(articleID, at: 1)
            try insertQuote.bind(entity, at: 2)
            try insertQuote.bind(mention, at: 3)
            // Quote and claim words that are the article's own span are stored as offsets only.
            try insertQuote.bind(rows.quoteTexts[index], at: 4)
            try insertQuote.bind(StoredCodes.code(quote.kind), at: 5)
            try insertQuote.bind(quote.cue, at: 6)
            try insertQuote.bind(quote.span.start, at: 7)
            try insertQuote.bind(quote.span.end, at: 8)
            try insertQuote.bind(quote.paragraph, at: 9)
            try StoredCodes.bind(confidence: quote.confidence, to: insertQuote, at: 10)
            try insertQuote.bind(rows.quoteWordsKeys[index], at: 11)
            try insertQuote.run()
            quoteTexts.append((db.lastInsertRowID, quote.text))
        }

        for (index, claim) in extraction.claims.enumerated() {
            let (entity, mention) = speaker(claim.claimant)
            let columns = rows.claims[index]
            try insertClaim.bind(articleID, at: 1)
            try insertClaim.bind(entity, at: 2)
            try insertClaim.bind(mention, at: 3)
            try insertClaim.bind(columns.text, at: 4)
            try insertClaim.bind(StoredCodes.code(claim.kind), at: 5)
            try insertClaim.bind(claim.cue, at: 6)
            try insertClaim.bind(claim.span.start, at: 7)
            try insertClaim.bind(claim.span.end, at: 8)
            try insertClaim.bind(claim.paragraph, at: 9)
            try StoredCodes.bind(confidence: claim.confidence, to: insertClaim, at: 10)
            try insertClaim.bind(columns.hedges, at: 11)
            try insertClaim.bind(columns.figures, at: 12)
            try insertClaim.bind(columns.dates, at: 13)
            try insertClaim.run()
            let claimID = db.lastInsertRowID
            claimTexts.append((claimID, claim.text))
            for index in claim.mentions {
                guard let mentioned = speaker(index).entity else { continue }
                try insertClaimMention.bind(claimID, at: 1)
                try insertClaimMention.bind(mentioned, at: 2)
                try insertClaimMention.run()
            }
        }

        // Speakers curators gave quotes of this article before it was imported again (issue 4).
        if replaysCuration { try Store.replayReassignments(db: db, articleID: articleID, key: input.key) }
        if outcome == .added { totals.added += 1 } else { totals.replaced += 1 }
        totals.quotes += extraction.quotes.count
        totals.claims += extraction.claims.count
        return outcome
    }

    /// `date` if it has the shape `YYYY-MM-DD`, else nil (the schema refuses anything else).
    static func validDate(_ date: String) -> String? {
        let bytes = Array(date.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        }
        return date
    }

    /// `figures` in the object form readers see (the stored form is ``CompactJSON/figures(_:)``,
    /// read back as this).
    static func json(_ figures: [Figure]) -> String {
        CompactJSON.expand(CompactJSON.figures(figures), keys: CompactJSON.figureKeys)
    }

    /// `dates` in the object form readers see (stored as ``CompactJSON/dates(_:)``).
    static func json(_ dates: [ResolvedDate]) -> String {
        CompactJSON.expand(CompactJSON.dates(dates), keys: CompactJSON.dateKeys)
    }
}
