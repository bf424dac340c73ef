import Extraction
import Foundation
import HearsayModel
import SQLiteLayer
import TestSupport
import Testing

@testable import HearsayStore

/// The export that reads article and speaker columns once per article (``ExportJoins``) writes
/// what joining them to every row wrote; the filters rewritten for speed find the same rows.
@Suite struct ExportJoinsTests {
    private func store() throws -> Store { try Fixtures.harbourAndFerries() }

    private func written(_ body: (OutputBuffer) throws -> Void) throws -> String {
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("out")
        do { try body(try OutputBuffer(path: path)) }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Every row joined to its article, entity and speaker in SQL, as exports were written before.
    private func joined(_ store: Store, _ kind: ExportKind, _ format: ExportFormat, _ filter: QueryFilter) throws
        -> String
    {
        try written { output in
            if format == .csv { try store.writeHeader(kind, to: output) }
            let table: RowQuery.Table = kind == .quotes ? .quotes : .claims
            guard
                let query = try RowQuery.build(
                    table, columns: kind == .quotes ? Store.exportQuoteColumns : Store.claimColumns, filter: filter,
                    speakers: try store.speakerIDs(for: filter))
            else { return try output.flush() }
            let occurrences =
                kind == .quotes
                ? OccurrenceSource(
                    counts: try OccurrenceCounts(db: store.db), speaker: 5, speakerID: 6,
                    wordsKey: Store.exportQuoteWordsKey) : nil
            _ = try store.stream(
                query, columns: Store.exportColumns(kind), span: Store.exportSpan(kind), format: format, to: output,
                sources: kind == .quotes ? Store.exportQuoteSources : nil, occurrences: occurrences)
        }
    }

    @Test(arguments: [ExportKind.quotes, .claims])
    func sameBytesAsJoiningEveryRow(_ kind: ExportKind) throws {
        let store = try store()
        let filters = [
            QueryFilter(), QueryFilter(source: "ellery gazette"), QueryFilter(speakerType: .person),
            QueryFilter(speakerType: .organisation), QueryFilter(speakerType: .group), QueryFilter(search: "wall"),
        ]
        for filter in filters {
            for format in ExportFormat.allCases {
                let lean = try written { try store.export(kind, filter: filter, format: format, to: $0) }
                #expect(lean == (try joined(store, kind, format, filter)), "\(kind) \(format) \(filter)")
            }
        }
        #expect(try written { try store.export(kind, filter: QueryFilter(), format: .jsonl, to: $0) }.count > 0)
    }

    /// Every quote listed with the joins of ``quoteColumns`` made in SQL, as listings were read before.
    private func joinedQuotes(_ store: Store, _ filter: QueryFilter) throws -> [QuoteRecord] {
        guard
            let query = try RowQuery.build(
                .quotes, columns: Store.quoteColumns, filter: filter, speakers: try store.speakerIDs(for: filter),
                typeThroughIndex: try store.typeThroughIndex(filter))
        else { return [] }
        let statement = try store.db.prepare(sql: query.sql)
        try statement.bind(StatementArguments(query.bindings))
        let texts = try ArticleTexts(db: store.db)
        var records: [QuoteRecord] = []
        while try statement.step() { records.append(try Store.quoteRecord(statement, texts: texts)) }
        return records
    }

    /// A listing in import order reads article and speaker columns once per article, and lists
    /// the records joining them to every row listed.
    @Test func quoteListingSameAsJoiningEveryRow() throws {
        let store = try store()
        let filters = [
            QueryFilter(), QueryFilter(source: "ellery gazette"), QueryFilter(speakerType: .person),
            QueryFilter(speakerType: .organisation), QueryFilter(speakerType: .group), QueryFilter(search: "wall"),
            QueryFilter(limit: 2), QueryFilter(since: "2000-01-01"), QueryFilter(until: "1900-01-01"),
        ]
        #expect(try store.quotes(matching: QueryFilter()).count > 2)
        for filter in filters {
            #expect(try store.quotes(matching: filter) == (try joinedQuotes(store, filter)), "\(filter)")
        }
        for record in try store.quotes(matching: QueryFilter()) {
            for filter in [QueryFilter(person: record.speaker ?? "nobody at all")] {
                #expect(try store.quotes(matching: filter) == (try joinedQuotes(store, filter)), "\(filter)")
            }
        }
    }

    /// A speaker the article calls a place, with no entity, is a `place` in listings and exports
    /// alike (the per-article reading once knew only the first four types).
    @Test func placeWithoutEntity() throws {
        let store = try store()
        try store.db.execute(sql: "UPDATE article_speakers SET kind = 4")
        try store.db.execute(sql: "UPDATE quotes SET speaker_id = NULL")
        try store.db.execute(sql: "UPDATE claims SET claimant_id = NULL")
        let listed = try store.quotes(matching: QueryFilter())
        #expect(!listed.isEmpty)
        #expect(listed == (try joinedQuotes(store, QueryFilter())))
        #expect(listed.filter { $0.speaker != nil }.allSatisfy { $0.speakerType == .place })
        for kind in [ExportKind.quotes, .claims] {
            for format in ExportFormat.allCases {
                let lean = try written { try store.export(kind, filter: QueryFilter(), format: format, to: $0) }
                #expect(lean == (try joined(store, kind, format, QueryFilter())), "\(kind) \(format)")
                #expect(lean.contains("place"), "\(kind) \(format)")
            }
        }
    }

    /// The outlet filter reads each stored outlet's key once, and still matches any case and a
    /// leading "The".
    @Test func outletFilterMatchesLikeTheKey() throws {
        let store = try store()
        let all = try store.quotes(matching: QueryFilter())
        let outlets = Set(all.compactMap(\.source))
        #expect(!outlets.isEmpty)
        for outlet in outlets {
            let expected = all.filter { $0.source == outlet }.map(\.id)
            for typed in [outlet, outlet.uppercased(), "The " + outlet.lowercased()] {
                #expect(try store.quotes(matching: QueryFilter(source: typed)).map(\.id) == expected, "\(typed)")
            }
        }
        #expect(try store.quotes(matching: QueryFilter(source: "no such outlet")).isEmpty)
    }

    /// A speaker type is the same rows whether it is checked row by row or found through the
    /// speaker index, and a rare one is found through the index.
    @Test func speakerTypeBothWays() throws {
        let store = try store()
        let all = try store.quotes(matching: QueryFilter())
        for kind in SpeakerKind.allCases {
            let expected = all.filter { $0.speakerType == kind }.map(\.id)
            #expect(try store.quotes(matching: QueryFilter(speakerType: kind)).map(\.id) == expected, "\(kind)")
            for throughIndex in [false, true] {
                let query = try #require(
                    try RowQuery.build(
                        .quotes, columns: "r.id", filter: QueryFilter(speakerType: kind), speakers: nil,
                        typeThroughIndex: throughIndex))
                let statement = try store.db.prepare(sql: query.sql)
                try statement.bind(StatementArguments(query.bindings))
                var ids: [Int64] = []
                while try statement.step() { ids.append(statement.int64(at: 0)) }
                #expect(ids == expected, "\(kind) through index: \(throughIndex)")
            }
        }
        #expect(try store.isRare(.group))
        let plan = try #require(
            try RowQuery.build(
                .quotes, columns: "r.id", filter: QueryFilter(speakerType: .group), speakers: nil,
                typeThroughIndex: true))
        let statement = try store.db.prepare(sql: "EXPLAIN QUERY PLAN " + plan.sql)
        var lines: [String] = []
        while try statement.step() { lines.append(statement.string(at: 3) ?? "") }
        #expect(lines.joined(separator: "\n").contains("quotes_speaker"), "\(lines)")
    }

    /// RFC 4180 quoting with runs copied whole: quotes doubled, commas and line ends quoted, a
    /// formula neutralised inside the quotes.
    @Test func csvFields() {
        func field(_ text: String, neutralising: Bool = true) -> String {
            var out: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer {
                RecordWriter.appendCSVField($0, neutralising: neutralising, into: &out)
            }
            return String(decoding: out, as: UTF8.self)
        }
        #expect(field("plain words") == "plain words")
        #expect(field("") == "")
        #expect(field("a, b") == "\"a, b\"")
        #expect(field("say \"no\" twice \"\"") == "\"say \"\"no\"\" twice \"\"\"\"\"")
        #expect(field("\"") == "\"\"\"\"")
        #expect(field("line\nbreak") == "\"line\nbreak\"")
        #expect(field("cr\r") == "\"cr\r\"")
        #expect(field("=SUM(A1)") == "'=SUM(A1)")
        #expect(field("=A1,\"x\"") == "\"'=A1,\"\"x\"\"\"")
        #expect(field("=A1", neutralising: false) == "=A1")
        let long = String(repeating: "word ", count: 300) + "\"end\""
        #expect(field(long) == "\"" + long.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
    }

    @Test func byteArenaKeepsEveryValueAcrossGrowth() {
        let arena = ByteArena(capacity: 16)
        var ranges: [(Range<Int>, [UInt8])] = []
        for index in 0..<200 {
            let value = Array("value \(index) ".utf8) + Array(repeating: UInt8(index % 251), count: index % 37)
            ranges.append((value.withUnsafeBufferPointer { arena.append($0) }, value))
        }
        for (range, value) in ranges { #expect(Array(arena.bytes(range)) == value) }
        arena.removeAll()
        #expect(arena.count == 0)
    }
}
