import Extraction
import Foundation
import HearsayModel
import SQLiteLayer
import TestSupport
import Testing

@testable import HearsayStore

/// Migrations 4 and 5 rebuild the quote, claim and speaker tables and the full-text indexes in
/// place: a database written by schema 3 must answer every query with the same rows afterwards
/// and store them as a new database would (figures and dates keep the object form they had).
@Suite struct CompactStorageMigrationTests {
    /// Everything a user can read back, as text, to compare two stores.
    private func everything(_ store: Store, folder: ScratchFolder, tag: String) throws -> [String] {
        var out: [String] = []
        for kind in ExportKind.allCases {
            let path = folder.path("\(tag)-\(kind).jsonl")
            do { try store.export(kind, filter: QueryFilter(), format: .jsonl, to: try OutputBuffer(path: path)) }
            out.append(try String(contentsOfFile: path, encoding: .utf8))
        }
        out.append("\(try store.quotes(matching: QueryFilter()))")
        out.append("\(try store.claims(matching: QueryFilter()))")
        out.append("\(try store.quotes(matching: QueryFilter(search: "wall")))")
        out.append("\(try store.quotes(matching: QueryFilter(search: "øre")))")
        out.append("\(try store.claims(matching: QueryFilter(search: "crowns")))")
        out.append("\(try store.who(said: "lamp burns"))")
        out.append("\(try store.quotes(matching: QueryFilter(person: "Quillfeather")))")
        out.append("\(try store.people())")
        out.append("\(try store.person(named: "Marta Quillfeather"))")
        out.append("\(try store.article("harbour.txt"))")
        return out
    }

    /// Writes `source`'s rows into a new schema-3 database at `path` the way schema 3 stored them:
    /// words copied into quotes and claims and their full-text rows, evidence naming the article.
    private func schema3Copy(of source: String, at path: String) throws {
        let db = try Database(path: path)
        try Migrator(migrations: Array(Schema.migrations.prefix(3)), program: "hearsay").migrate(db)
        #expect(try Migrator(migrations: Schema.migrations).appliedVersion(db) == 3)
        try db.execute(sql: "ATTACH DATABASE '\(source)' AS new")
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        try db.execute(
            sql: """
                BEGIN;
                INSERT INTO articles SELECT * FROM new.articles;
                DELETE FROM claim_group_pending;
                INSERT INTO claim_group_pending SELECT * FROM new.claim_group_pending;
                INSERT INTO entities SELECT * FROM new.entities;
                INSERT INTO entity_aliases SELECT * FROM new.entity_aliases;
                INSERT INTO entity_roles SELECT * FROM new.entity_roles;
                INSERT INTO entity_rejections SELECT * FROM new.entity_rejections;
                INSERT INTO article_speakers(article_id, position, entity_id, name, kind, role, aliases, roles,
                                             organisations, evidence)
                    SELECT s.article_id, s.position, s.entity_id, s.name, s.kind, s.role, s.aliases, s.roles,
                           s.organisations,
                           CASE WHEN s.evidence = 'new entity' THEN s.evidence
                                ELSE s.evidence || ' [article ' || a.key || coalesce(', ' || a.published, '') || ']' END
                      FROM new.article_speaker_rows s JOIN new.articles a ON a.id = s.article_id
                     ORDER BY s.article_id, s.position;
                INSERT INTO quotes(id, article_id, speaker_id, mention_id, text, kind, cue, start, "end", paragraph,
                                   confidence, curated)
                    SELECT q.id, q.article_id, q.speaker_id,
                           (SELECT s.id FROM main.article_speakers s
                             WHERE s.article_id = q.article_id AND s.position = q.mention),
                           q.text, q.kind, q.cue, q.start, q."end", q.paragraph, q.confidence, q.curated
                      FROM new.quote_rows q;
                INSERT INTO claim_groups SELECT * FROM new.claim_groups;
                INSERT INTO claims(id, article_id, claimant_id, mention_id, text, kind, cue, start, "end", paragraph,
                                   confidence, hedges, figures, dates, group_id)
                    SELECT c.id, c.article_id, c.claimant_id,
                           (SELECT s.id FROM main.article_speakers s
                             WHERE s.article_id = c.article_id AND s.position = c.mention),
                           c.text, c.kind, c.cue, c.start, c."end", c.paragraph, c.confidence, c.hedges, c.figures,
                           c.dates, c.group_id
                      FROM new.claim_rows c;
                INSERT INTO claim_mentions SELECT * FROM new.claim_mentions;
                INSERT INTO claim_keys SELECT key, day, claim_id, article_id FROM new.claim_keys;
                INSERT INTO claim_links SELECT * FROM new.claim_links;
                INSERT INTO curation SELECT * FROM new.curation;
                INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes;
                INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims;
                COMMIT;
                """)
        try db.execute(sql: "DETACH DATABASE new")
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM quotes WHERE text IS NULL") == 0)
        #expect(
            try db.scalarInt(sql: "SELECT count(*) FROM article_speakers WHERE evidence LIKE '%[article %'") ?? 0 > 0)
    }

    @Test func aSchema3DatabaseIsUpgradedInPlaceKeepingEveryRow() throws {
        let folder = ScratchFolder("hearsaystore")
        let currentPath = folder.path("current.db")
        do {
            let store = try Store(path: currentPath)
            try store.importArticle(Fixtures.harbour())
            try store.importArticle(Fixtures.ferry())
            try store.importArticle(CompactStorageTests.lighthouse())
            try store.importArticle(Fixtures.harbour(key: "harbour-again.txt", date: "2021-03-05"))
            _ = try store.groupNewClaims()
            // Curation kept across the upgrade.
            let quote = try #require(try store.quotes(matching: QueryFilter(search: "welcome")).first)
            _ = try store.reassign(quote: quote.id, to: "Marta Quillfeather")
            _ = try store.addAlias("the engineer", to: "Marta Quillfeather")
        }
        let oldPath = folder.path("old.db")
        try schema3Copy(of: currentPath, at: oldPath)

        let current = try Store(path: currentPath)
        let upgraded = try Store(path: oldPath)
        #expect(try upgraded.schemaVersion() == Schema.version)
        #expect(try upgraded.check().isEmpty)
        let expected = try everything(current, folder: folder, tag: "current")
        let got = try everything(upgraded, folder: folder, tag: "upgraded")
        #expect(expected.count == got.count)
        for (want, have) in zip(expected, got) { #expect(want == have) }
        #expect(try upgraded.stats() == current.stats())
        let curation = "SELECT group_concat(action || arguments, '|') FROM (SELECT * FROM curation ORDER BY id)"
        #expect(try upgraded.db.scalarText(sql: curation) == current.db.scalarText(sql: curation))

        // Stored exactly as a new database stores them: words only where they are not the span,
        // evidence without its own article.
        for sql in [
            "SELECT group_concat(coalesce(text, '-'), '|') FROM (SELECT text FROM quotes ORDER BY id)",
            "SELECT group_concat(coalesce(text, '-'), '|') FROM (SELECT text FROM claims ORDER BY id)",
            "SELECT group_concat(evidence, '|') FROM (SELECT evidence FROM article_speaker_rows ORDER BY article_id, position)",
            "SELECT group_concat(kind || aliases || roles || organisations, '|') FROM article_speaker_rows",
            "SELECT group_concat(quote(confidence) || kind, '|') FROM (SELECT confidence, kind FROM quotes ORDER BY id)",
            "SELECT group_concat(hedges || figures || dates, '|') FROM (SELECT * FROM claim_rows ORDER BY id)",
            "SELECT group_concat(quote(hedges), '|') FROM (SELECT hedges FROM claims ORDER BY id)",
        ] {
            #expect(try upgraded.db.scalarText(sql: sql) == current.db.scalarText(sql: sql), "\(sql)")
        }
        // The upgraded database goes on working: replacing an article keeps its index sound.
        let changed = Fixtures.harbourText.replacingOccurrences(of: "approves", with: "backs")
        #expect(try upgraded.importArticle(Fixtures.harbour(text: changed)) == .replaced)
        #expect(try upgraded.check().isEmpty)
        #expect(try upgraded.quotes(matching: QueryFilter(search: "wall")).count == 2)
        #expect(try upgraded.quotes(matching: QueryFilter(search: "welcome")).count == 2)
    }
}
