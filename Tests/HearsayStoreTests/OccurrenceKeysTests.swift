import Foundation
import HearsayModel
import SQLiteLayer
import TestSupport
import Testing

@testable import HearsayStore

/// Migration 0016 stores each quote's words key and each article's text key, which `export quotes`
/// counts repeated quotes by: a database from before it, migrated, exports the same bytes as one
/// written with the keys, and so does a database whose keys are missing.
@Suite struct OccurrenceKeysTests {
    /// The harbour story under two keys (one text), again with a sentence added (another text
    /// printing the same quotes), and the ferry story, whose second quote is then reassigned.
    private func written(at path: String) throws {
        let store = try Store(path: path)
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.harbour(key: "harbour-copy.txt", date: "2021-03-05"))
        try store.importArticle(
            Fixtures.harbour(key: "harbour-longer.txt", text: Fixtures.harbourText + "\nWork starts in May."))
        try store.importArticle(Fixtures.ferry())
        let ferry = try #require(try store.quotes(matching: QueryFilter(search: "asked")).first)
        _ = try store.reassign(quote: ferry.id, to: "Marta Quillfeather")
    }

    private func exports(_ path: String, folder: ScratchFolder, tag: String) throws -> [String] {
        let store = try Store(path: path)
        var out: [String] = []
        for format in ExportFormat.allCases {
            for order in [QuoteOrder.imported, .date] {
                let file = folder.path("\(tag)-\(format)-\(order).out")
                do {
                    try store.export(
                        .quotes, filter: QueryFilter(), format: format, order: order, to: try OutputBuffer(path: file))
                }
                out.append(try String(contentsOfFile: file, encoding: .utf8))
            }
        }
        return out
    }

    /// Takes the keys and the migration's mark out of a copy, as a database written before it.
    private func withoutKeys(_ path: String, dropColumns: Bool) throws {
        let db = try Database(path: path)
        if dropColumns {
            try db.execute(sql: "ALTER TABLE quotes DROP COLUMN words_key")
            try db.execute(sql: "DROP TABLE article_text_keys")
            try db.execute(sql: "DELETE FROM schema_migrations WHERE version = \(Schema.occurrenceKeysVersion)")
        } else {
            try db.execute(sql: "UPDATE quotes SET words_key = NULL")
            try db.execute(sql: "DELETE FROM article_text_keys")
        }
    }

    private func keys(_ path: String) throws -> String? {
        let db = try Database(path: path)
        return try db.scalarText(
            sql: """
                SELECT group_concat(k, '|') FROM (
                    SELECT 'q' || id || ':' || words_key AS k FROM quotes
                    UNION ALL SELECT 'a' || article_id || ':' || text_key FROM article_text_keys ORDER BY 1)
                """)
    }

    @Test func anOlderDatabaseMigratesAndExportsTheSameBytes() throws {
        let folder = ScratchFolder("hearsaystore")
        let current = folder.path("current.db")
        try written(at: current)
        let expected = try exports(current, folder: folder, tag: "current")
        #expect(expected.allSatisfy { !$0.isEmpty })
        #expect(try keys(current)?.contains("q1:") == true)

        let old = folder.path("old.db")
        try FileManager.default.copyItem(atPath: current, toPath: old)
        try withoutKeys(old, dropColumns: true)
        #expect(try Store(path: old).schemaVersion() == Schema.version)
        #expect(try keys(old) == keys(current))
        #expect(try exports(old, folder: folder, tag: "old") == expected)

        // Keys missing altogether: each export works them out from the words and texts.
        let bare = folder.path("bare.db")
        try FileManager.default.copyItem(atPath: current, toPath: bare)
        try withoutKeys(bare, dropColumns: false)
        #expect(try exports(bare, folder: folder, tag: "bare") == expected)
    }

    /// A filtered export counts only the quotes sharing words with its rows (issue 14), and each of
    /// its rows is still the full export's row: the same occurrences and group, with or without the
    /// stored keys.
    @Test func filteredExportsWriteTheFullExportsRows() throws {
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("store.db")
        try written(at: path)
        let bare = folder.path("bare.db")
        try FileManager.default.copyItem(atPath: path, toPath: bare)
        try withoutKeys(bare, dropColumns: false)
        for database in [path, bare] {
            let store = try Store(path: database)
            func lines(_ filter: QueryFilter, _ format: ExportFormat) throws -> [Substring] {
                let file = folder.path("filtered.out")
                do { try store.export(.quotes, filter: filter, format: format, to: try OutputBuffer(path: file)) }
                // CSV ends its rows with "\r\n", which Swift reads as one character, not as "\n".
                return try String(contentsOfFile: file, encoding: .utf8).split { $0 == "\n" || $0 == "\r\n" }
            }
            for format in ExportFormat.allCases {
                let all = Set(try lines(QueryFilter(), format))
                let filters = [
                    QueryFilter(since: "2021-03-05", until: "2021-03-05"), QueryFilter(search: "budget"),
                    QueryFilter(limit: 1), QueryFilter(person: "Marta Quillfeather"),
                ]
                for filter in filters {
                    let some = try lines(filter, format)
                    #expect(some.count > (format == .csv ? 1 : 0), "\(filter)")
                    #expect(some.allSatisfy(all.contains), "\(filter) \(format)")
                }
            }
        }
    }

    /// Each row's group is ``Store/occurrenceGroup(speaker:text:)`` of its speaker and words, and
    /// its count the number of different article texts printing that group, worked out here
    /// from the exported rows and the stored texts without the keys.
    @Test func countsAreDistinctTextsOfTheGroup() throws {
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("store.db")
        try written(at: path)
        let file = folder.path("quotes.jsonl")
        let store = try Store(path: path)
        do { try store.export(.quotes, filter: QueryFilter(), format: .jsonl, to: try OutputBuffer(path: file)) }
        let rows = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 11)
        var texts: [Int64: Set<String>] = [:]
        for row in rows {
            let words = try #require(row["text"] as? String)
            let group = Store.occurrenceGroup(speaker: row["speaker"] as? String, text: words)
            #expect(row["group"] as? Int64 == group)
            let key = try #require(row["article"] as? String)
            let text = try store.db.scalarText(sql: "SELECT text FROM articles WHERE key = '\(key)'")
            texts[group, default: []].insert(try #require(text))
        }
        for row in rows {
            let group = try #require(row["group"] as? Int64)
            #expect(row["occurrences"] as? Int == texts[group]?.count, "\(row)")
        }
        // The harbour quotes: two texts under three keys; the reassigned ferry quote alone.
        #expect(rows.contains { $0["occurrences"] as? Int == 2 })
        #expect(rows.contains { $0["occurrences"] as? Int == 1 })
    }
}
