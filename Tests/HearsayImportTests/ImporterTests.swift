import Foundation
import HearsayModel
import HearsayStore
import Ingest
import Synchronization
import TestSupport
import Testing

@testable import HearsayImport

/// A sink that keeps what it is given: the keys of each batch, in order, and whether it finished.
private final class RecordingSink: ImportSink {
    var batches: [[String]] = []
    var finished = 0
    /// Fails the batch holding this key, if set.
    var failOn: String?

    struct Failure: Error {}

    static func prepare(_ article: ArticleInput) -> String { article.key }

    func write(_ batch: [String]) throws -> ImportTotals {
        if let failOn, batch.contains(failOn) { throw Failure() }
        batches.append(batch)
        var totals = ImportTotals()
        totals.added = batch.count
        return totals
    }

    func finish() throws { finished += 1 }
}

/// Articles the sink holds already, by key.
private final class Held: KnownArticles {
    let keys: Set<String>
    init(_ keys: Set<String>) { self.keys = keys }
    func holdsUnchanged(key: String, contentHash: String) throws -> Bool { keys.contains(key) }
}

/// The import use case over a sink: order, batches, skipping, bad input and a failing sink.
@Suite struct ImporterTests {
    /// A JSON-lines file of `count` invented articles keyed a0, a1, ...
    private func feed(_ folder: ScratchFolder, count: Int, badLine: Int? = nil) throws -> String {
        var lines: [String] = []
        for n in 0..<count {
            if n == badLine {
                lines.append("{\"id\": \"broken\", \"text\": ")
                continue
            }
            let text = "Storm closes Varrow pass \(n)\\n\\n\\\"The road stays shut,\\\" said ranger Ilka Ossery."
            lines.append("{\"id\": \"a\(n)\", \"text\": \"\(text)\"}")
        }
        return try folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test func articlesArriveInReadingOrderInFullBatches() throws {
        let folder = ScratchFolder("hearsay-import")
        let path = try feed(folder, count: 23)
        let sink = RecordingSink()
        let importer = Importer(sink: sink, known: nil, batchSize: 5, workers: 3)
        var problems: [InputProblem] = []
        let totals = try importer.run([path], reader: ArticleReader()) { problems.append($0) }
        #expect(problems.isEmpty)
        // Full batches until the last articles, which cannot fill one: those may be written in
        // parts while they are extracted.
        #expect(sink.batches.prefix(4).map(\.count) == [5, 5, 5, 5])
        #expect(sink.batches.dropFirst(4).map(\.count).reduce(0, +) == 3)
        #expect(sink.batches.flatMap { $0 } == (0..<23).map { "a\($0)" })
        #expect(sink.finished == 1)
        #expect(totals.added == 23)
    }

    @Test func articlesTheSinkHoldsAreSkippedAndCounted() throws {
        let folder = ScratchFolder("hearsay-import")
        let path = try feed(folder, count: 6)
        let sink = RecordingSink()
        let importer = Importer(sink: sink, known: Held(["a1", "a4"]), batchSize: 10, workers: 2)
        let totals = try importer.run([path], reader: ArticleReader()) { _ in }
        #expect(sink.batches.flatMap { $0 } == ["a0", "a2", "a3", "a5"])
        #expect(totals.added == 4)
        #expect(totals.unchanged == 2)
    }

    @Test func aBadLineIsNamedAndTheRestImported() throws {
        let folder = ScratchFolder("hearsay-import")
        let path = try feed(folder, count: 4, badLine: 2)
        let sink = RecordingSink()
        let importer = Importer(sink: sink, known: nil, batchSize: 2, workers: 2)
        var problems: [InputProblem] = []
        try importer.run([path], reader: ArticleReader()) { problems.append($0) }
        #expect(problems.map(\.line) == [3])
        #expect(importer.rejected == 1)
        #expect(sink.batches.first == ["a0", "a1"])
        #expect(sink.batches.flatMap { $0 } == ["a0", "a1", "a3"])
    }

    @Test func theSinksErrorStopsTheImportAndKeepsEarlierBatches() throws {
        let folder = ScratchFolder("hearsay-import")
        let path = try feed(folder, count: 50)
        let sink = RecordingSink()
        sink.failOn = "a12"
        let importer = Importer(sink: sink, known: nil, batchSize: 5, workers: 2)
        #expect(throws: RecordingSink.Failure.self) {
            try importer.run([path], reader: ArticleReader()) { _ in }
        }
        #expect(sink.batches.flatMap { $0 } == (0..<10).map { "a\($0)" })
        #expect(sink.finished == 0)
    }

    @Test func theStoreSinkStoresAndGroupsEveryBatch() throws {
        let folder = ScratchFolder("hearsay-import")
        let path = try feed(folder, count: 7)
        let store = try Store(path: folder.path("hearsay.db"))
        let importer = Importer(sink: StoreSink(store), known: nil, batchSize: 3, workers: 2)
        let totals = try importer.run([path], reader: ArticleReader()) { _ in }
        #expect(totals.added == 7)
        #expect(try store.stats().articles == 7)
        // Imported again with the store answering for the articles it holds: each one is skipped.
        let again = Importer(sink: StoreSink(store), known: store, batchSize: 3, workers: 2)
        #expect(try again.run([path], reader: ArticleReader()) { _ in }.unchanged == 7)
    }
}
