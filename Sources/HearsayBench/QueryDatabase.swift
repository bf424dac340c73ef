import Extraction
import Foundation
import HearsayImport
import HearsayModel
import HearsayStore
import SyntheticCorpus

/// The one-million-quote database the query and export benchmarks read, built once from our
/// generator through the store's own import path and cached under a name that carries the
/// generator and schema versions.
enum QueryDatabase {
    static let quoteCount = 1_000_000
    static let batchSize = 100

    struct Built {
        var path: String
        var articles: Int
        var quotes: Int
        /// Seconds spent storing (nil when it came from the cache).
        var storeSeconds: Double?
        var textBytes: Int
    }

    /// The cached database in `folder`, built first when missing.
    static func prepare(in folder: String, corpus: SyntheticCorpus) throws -> Built {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let schema = try Store(path: ":memory:").schemaVersion()
        let name = "quotes-1M-synthetic-v\(SyntheticCorpus.version)-schema\(schema).db"
        let path = (folder as NSString).appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: path) {
            let stats = try Store(path: path, readOnly: true).stats()
            return Built(path: path, articles: stats.articles, quotes: stats.quotes, storeSeconds: nil, textBytes: 0)
        }
        let articles = articleCount(corpus)
        say("building the 1M-quote database once (\(articles.count) synthetic articles) at \(path) ...")
        let building = path + ".building"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: building + suffix) }
        var seconds = 0.0
        do {
            var batcher = ImportBatcher(sink: StoreSink(try Store(path: building)), batchSize: batchSize)
            for index in 0..<articles.count {
                let article = corpus.article(index)
                let input = ArticleInput(
                    key: article.key, text: article.text, metadata: article.metadata, extraction: article.extraction)
                seconds += try Clock.measure { try batcher.add(input) }
                if (index + 1) % 10_000 == 0 { say("  \(index + 1) articles, \(batcher.totals.quotes) quotes") }
            }
            seconds += try Clock.measure { try batcher.finish() }
        }
        // The store is closed here, which checkpoints and removes the WAL.
        try FileManager.default.moveItem(atPath: building, toPath: path)
        say(
            String(
                format: "  stored in %.1f s (%.0f articles/s, store only)", seconds, Double(articles.count) / seconds))
        return Built(
            path: path, articles: articles.count, quotes: articles.quotes, storeSeconds: seconds,
            textBytes: articles.textBytes)
    }

    /// How many articles it takes to reach a million quotes, and their text size.
    static func articleCount(_ corpus: SyntheticCorpus) -> (count: Int, quotes: Int, textBytes: Int) {
        var quotes = 0
        var bytes = 0
        var count = 0
        while quotes < quoteCount {
            let article = corpus.article(count)
            quotes += article.extraction.quotes.count
            bytes += article.text.utf8.count
            count += 1
        }
        return (count, quotes, bytes)
    }
}
