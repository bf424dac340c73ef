import Extraction
import Foundation
import HearsayModel
import HearsayStore
import SQLiteLayer
import Testing

/// The importer keeps the entities it read from one batch to the next; these check that what it
/// keeps never outlives a rollback or a change made outside it.
@Suite struct EntityDirectoryCacheTests {
    /// An invented article in which each named speaker says one quote.
    private func article(_ key: String, _ said: [(String, String)]) -> ArticleInput {
        var text = ""
        var speakers: [Speaker] = []
        var quotes: [Quote] = []
        for (index, (name, quote)) in said.enumerated() {
            let start = text.unicodeScalars.count + 1
            text += "\"\(quote)\" said \(name).\n"
            speakers.append(Speaker(name: name, kind: .person))
            quotes.append(
                Quote(
                    text: quote, span: TextSpan(start: start, end: start + quote.unicodeScalars.count), kind: .direct,
                    speaker: index, cue: "said", paragraph: index, confidence: 0.9))
        }
        var metadata = ArticleMetadata()
        metadata.date = "2021-03-04"
        return ArticleInput(
            key: key, text: text, metadata: metadata, extraction: ArticleExtraction(speakers: speakers, quotes: quotes))
    }

    private func importing(_ store: Store, _ inputs: ArticleInput...) throws {
        var totals = ImportTotals()
        _ = try store.importBatch(inputs, totals: &totals)
    }

    @Test func aSpeakerLinksAcrossBatches() throws {
        let store = try Store(path: ":memory:")
        try importing(store, article("a", [("Odile Varga", "Bridges need paint")]))
        try importing(store, article("b", [("Odile Varga", "Paint costs money")]))
        try importing(store, article("c", [("Varga", "Money is short")]))
        let ids = Set(try store.quotes(matching: QueryFilter()).compactMap(\.speakerID))
        #expect(ids.count == 1)
    }

    @Test func anEntityOfARolledBackBatchIsNotReused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("test.db").path
        let store = try Store(path: path)
        try importing(store, article("a", [("Odile Varga", "Bridges need paint")]))
        // An article the database refuses makes its batch fail after the article before it was linked.
        let other = try Database(path: path)
        try other.execute(
            sql: """
                CREATE TRIGGER refuse AFTER INSERT ON articles WHEN new.key = 'refused'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
        #expect(throws: (any Error).self) {
            try importing(
                store, article("b", [("Tomas Brekke", "Refused words")]), article("refused", [("Ines Falk", "No")]))
        }
        // The entity created in the failed batch is gone: the speaker is created again, and linked.
        try importing(store, article("c", [("Tomas Brekke", "Roads need salt")]))
        try importing(store, article("d", [("Tomas Brekke", "Salt is cheap")]))
        let quotes = try store.quotes(matching: QueryFilter())
        #expect(quotes.count == 3)
        let brekke = quotes.filter { $0.speaker == "Tomas Brekke" }
        #expect(brekke.count == 2)
        #expect(Set(brekke.compactMap(\.speakerID)).count == 1)
        #expect(try store.people().contains { $0.name == "Tomas Brekke" })
    }

    @Test func aMergeByAnotherConnectionIsSeenByTheNextBatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("test.db").path
        let store = try Store(path: path)
        try importing(store, article("a", [("Karl Otani", "Tides rise slowly")]))
        try importing(store, article("b", [("Red Karl", "Ships sail at dawn")]))
        let curator = try Store(path: path)
        _ = try curator.merge("Red Karl", into: "Karl Otani")
        try importing(store, article("c", [("Red Karl", "Nets dry in the sun")]))
        let speakers = Set(try store.quotes(matching: QueryFilter()).compactMap(\.speaker))
        #expect(speakers == ["Karl Otani"])
    }
}
