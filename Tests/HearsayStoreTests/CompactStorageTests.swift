import Extraction
import Foundation
import HearsayModel
import SQLiteLayer
import TestSupport
import Testing

@testable import HearsayStore

/// Schema 4 stores quote and claim words as offsets into the article; everything that reads them
/// must still give exactly the words the extraction gave.
@Suite struct CompactStorageTests {
    /// An invented article with two-, three- and four-byte UTF-8 scalars before and inside quotes.
    static let lighthouseText = """
        Zoë Ærland reopens the lighthouse 🚢 at Kjølvik

        "Ça ira, the lamp burns again — 灯台 stands," said Zoë Ærland, the keeper, on Tuesday 🌊.
        The keeper said the repairs cost 2 million crowns.
        Officials said: "It was   worth every øre."
        """

    static func lighthouse(key: String = "lighthouse.txt", text: String = lighthouseText) -> ArticleInput {
        let zoe = Speaker(name: "Zoë Ærland", kind: .person, roles: ["keeper"])
        let officials = Speaker(name: "officials", kind: .group)
        let q1 = "Ça ira, the lamp burns again — 灯台 stands,"
        // The extraction gave these words tidied (spaces collapsed): they differ from their span.
        let spanOfQ2 = Fixtures.span(of: "It was   worth every øre.", in: text)
        let c1 = "the repairs cost 2 million crowns"
        return ArticleInput(
            key: key, text: text,
            metadata: ArticleMetadata(title: "Lighthouse reopens", date: "2022-06-07", source: "Kjølvik Tidende"),
            extraction: ArticleExtraction(
                speakers: [zoe, officials],
                quotes: [
                    Quote(
                        text: q1, span: Fixtures.span(of: q1, in: text), kind: .direct, speaker: 0, cue: "said",
                        paragraph: 1, confidence: 0.9),
                    Quote(
                        text: "It was worth every øre.", span: spanOfQ2, kind: .direct, speaker: 1, cue: "said",
                        paragraph: 3, confidence: 0.65),
                ],
                claims: [
                    Claim(
                        text: c1, span: Fixtures.span(of: c1, in: text), kind: .reported, claimant: 0, cue: "said",
                        figures: [
                            Figure(
                                value: 2_000_000, qualifier: nil, unit: "crowns", event: "cost",
                                text: "2 million crowns")
                        ], paragraph: 2, confidence: 0.65)
                ]))
    }

    @Test func characterOffsetsAddressTheRightBytes() {
        let text = "aé灯🚢b"
        let bytes = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        bytes.withUnsafeBufferPointer { buffer in
            // In order, backwards and at random: the cursor gives the same bytes however asked.
            var spans: [(Int, Int)] = []
            for start in 0...scalars.count { for end in start...scalars.count { spans.append((start, end)) } }
            for order in [spans, spans.reversed(), spans.shuffled()] {
                var cursor = CharacterCursor()
                for (start, end) in order {
                    let expected = String(String.UnicodeScalarView(scalars[start..<end]))
                    let range = cursor.byteRange(start: start, end: end, in: buffer)
                    let isSpan = cursor.isSpan(expected, start: start, end: end, of: buffer)
                    #expect(String(decoding: buffer[range], as: UTF8.self) == expected)
                    #expect(isSpan)
                }
            }
            // Spans past the end are clamped as substr() clamps them; reversed spans are never stored.
            var cursor = CharacterCursor()
            let pastTheEnd = cursor.byteRange(start: 3, end: 99, in: buffer)
            let toTheEnd = cursor.byteRange(start: 3, end: 5, in: buffer)
            let beyond = cursor.byteRange(start: 9, end: 12, in: buffer)
            let reversed = cursor.isSpan("", start: 2, end: 1, of: buffer)
            let wrong = cursor.isSpan("x", start: 0, end: 1, of: buffer)
            #expect(pastTheEnd == toTheEnd)
            #expect(beyond == bytes.count..<bytes.count)
            #expect(!reversed)
            #expect(!wrong)
        }
        // Bytes another program may have stored: characters counted as SQLite's substr() does.
        let stray: [UInt8] = [0x61, 0x80, 0x62, 0xC3, 0xA9, 0x63]
        stray.withUnsafeBufferPointer { buffer in
            var cursor = CharacterCursor()
            let second = cursor.byteRange(start: 1, end: 2, in: buffer)
            let last = cursor.byteRange(start: 3, end: 5, in: buffer)
            #expect(second == 1..<2)
            #expect(last == 3..<6)
        }
    }

    @Test func wordsThatAreTheirSpanAreStoredAsOffsetsOnly() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Self.lighthouse())
        let stored = try store.db.prepare(sql: "SELECT text FROM quotes ORDER BY id")
        var texts: [String?] = []
        while try stored.step() { texts.append(stored.string(at: 0)) }
        #expect(texts == [nil, "It was worth every øre."])
        #expect(try store.db.scalarInt(sql: "SELECT count(*) FROM claims WHERE text IS NULL") == 1)

        let quotes = try store.quotes(matching: QueryFilter())
        #expect(quotes.map(\.text) == ["Ça ira, the lamp burns again — 灯台 stands,", "It was worth every øre."])
        #expect(try store.claims(matching: QueryFilter()).map(\.text) == ["the repairs cost 2 million crowns"])
        #expect(try store.who(said: "lamp burns").first?.quotes.first?.text == quotes[0].text)
        #expect(try store.quotes(matching: QueryFilter(search: "灯台")).map(\.text) == [quotes[0].text])
        #expect(try store.quotes(matching: QueryFilter(search: "øre")).count == 1)
        #expect(try store.person(named: "Zoë Ærland").first?.quotes.map(\.text) == [quotes[0].text])
        // The view the full-text index reads gives the same words.
        #expect(try store.db.scalarText(sql: "SELECT text FROM quote_texts ORDER BY id LIMIT 1") == quotes[0].text)
        #expect(try store.check().isEmpty)
    }

    /// Spans the writer never stores without words (negative, reversed) still read as SQL reads them.
    @Test func oddSpansReadAsSubstrReadsThem() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Self.lighthouse())
        try store.db.execute(sql: #"UPDATE quotes SET text = NULL, start = 60, "end" = 52 WHERE id = 1"#)
        try store.db.execute(sql: #"UPDATE quotes SET text = NULL, start = -8, "end" = -2 WHERE id = 2"#)
        let view = try store.db.prepare(sql: "SELECT text FROM quote_texts ORDER BY id")
        var expected: [String] = []
        while try view.step() { expected.append(view.string(at: 0) ?? "") }
        #expect(expected.allSatisfy { !$0.isEmpty })
        #expect(try store.quotes(matching: QueryFilter()).map(\.text) == expected)
    }

    @Test(arguments: ExportFormat.allCases)
    func exportsGiveTheWords(_ format: ExportFormat) throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Self.lighthouse())
        try store.importArticle(Fixtures.harbour())
        let folder = ScratchFolder("hearsaystore")
        for kind in [ExportKind.quotes, .claims] {
            let path = folder.path("\(kind).\(format)")
            do { try store.export(kind, filter: QueryFilter(), format: format, to: try OutputBuffer(path: path)) }
            let written = try String(contentsOfFile: path, encoding: .utf8)
            let expected =
                kind == .quotes
                ? try store.quotes(matching: QueryFilter()).map(\.text)
                : try store.claims(matching: QueryFilter()).map(\.text)
            #expect(expected.count == (kind == .quotes ? 5 : 2))
            for text in expected {
                let encoded: String
                if format == .jsonl {
                    let data = try JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
                    encoded = String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
                } else {
                    encoded =
                        text.contains(",") || text.contains("\"")
                        ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
                }
                #expect(written.contains(encoded), "\(kind) \(format) lacks \(encoded)")
            }
        }
    }

    @Test func replacingAndReimportingKeepsTheFullTextIndexSound() throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try Store(path: folder.path("hearsay.db"))
        try store.importArticle(Self.lighthouse())
        try store.importArticle(Fixtures.harbour())
        let changed = Self.lighthouseText.replacingOccurrences(of: "Tuesday", with: "Wednesday")
        #expect(try store.importArticle(Self.lighthouse(text: changed)) == .replaced)
        #expect(try store.check().isEmpty)
        #expect(try store.quotes(matching: QueryFilter(search: "lamp")).count == 1)
        #expect(try store.quotes(matching: QueryFilter(search: "hundred")).count == 1)
        try store.db.execute(sql: "DELETE FROM articles WHERE key = 'harbour.txt'")
        #expect(try store.check().isEmpty)
        #expect(try store.quotes(matching: QueryFilter(search: "hundred")).isEmpty)
        #expect(try store.claims(matching: QueryFilter(search: "repairs")).count == 1)
    }

    /// Kinds are stored as small codes and confidences as the REAL from 0 to 1, read back exactly.
    @Test func kindsAndConfidencesComeBackExactly() throws {
        let text = "One said \"alpha\". Two wrote beta. \"Gamma,\" a source said. Delta, said nobody."
        let confidences = [0.65, 0.1234567891, 1.0, 1e-9]
        let kinds: [QuoteKind] = [.direct, .reported, .partial, .direct]
        let words = ["alpha", "beta", "Gamma,", "Delta"]
        let quotes = (0..<4).map { index in
            Quote(
                text: words[index], span: Fixtures.span(of: words[index], in: text), kind: kinds[index],
                // The last quote names no speaker at all.
                speaker: index < 3 ? index : nil, cue: "said", paragraph: 0, confidence: confidences[index])
        }
        let claims = (0..<2).map { index in
            Claim(
                text: words[index], span: Fixtures.span(of: words[index], in: text),
                kind: index == 0 ? .stated : .reported, claimant: index == 0 ? nil : 1, cue: nil,
                hedges: index == 0 ? [] : ["reportedly"], paragraph: 0, confidence: confidences[index + 1])
        }
        let speakers = [
            Speaker(name: "One", kind: .person), Speaker(name: "Two Corp", kind: .organisation),
            Speaker(name: "a source", kind: .unknown),
        ]
        let store = try Store(path: ":memory:")
        try store.importArticle(
            ArticleInput(
                key: "codes.txt", text: text, metadata: ArticleMetadata(),
                extraction: ArticleExtraction(speakers: speakers, quotes: quotes, claims: claims)))
        let stored = try store.quotes(matching: QueryFilter())
        #expect(stored.map(\.kind) == kinds)
        #expect(stored.map(\.confidence) == confidences)
        #expect(stored.map(\.text) == words)
        #expect(stored.map(\.speakerType) == [.person, .organisation, .unknown, nil])
        #expect(stored.map(\.speaker) == ["One", "Two Corp", "a source", nil])
        let storedClaims = try store.claims(matching: QueryFilter())
        #expect(storedClaims.map(\.kind) == [.stated, .reported])
        #expect(storedClaims.map(\.confidence) == [0.1234567891, 1.0])
        #expect(storedClaims.map(\.claimant) == [nil, "Two Corp"])
        #expect(
            try store.db.scalarText(sql: "SELECT group_concat(typeof(confidence), ',') FROM quotes")
                == "real,real,real,real")
        #expect(
            try store.db.scalarText(sql: "SELECT group_concat(quote(hedges), ',') FROM claims")
                == "NULL,'[\"reportedly\"]'")
    }

    @Test func speakerEvidenceDoesNotRepeatItsArticle() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.ferry())
        let rows = try store.db.prepare(
            sql: """
                SELECT v.text FROM article_speakers s JOIN link_evidence v ON v.id = s.evidence_id
                 WHERE v.text != 'new entity'
                """)
        var linked: [String] = []
        while try rows.step() { linked.append(rows.string(at: 0) ?? "") }
        #expect(!linked.isEmpty)
        #expect(linked.allSatisfy { !$0.contains("[article") && !$0.isEmpty }, "\(linked)")
    }
}
