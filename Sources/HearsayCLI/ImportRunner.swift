import Dispatch
import Extraction
import Foundation
import HearsayStore
import Ingest

/// Reads articles, extracts quotes and claims on every core, and stores them in batches.
///
/// Articles already stored unchanged are skipped before extraction. Each batch of about 100
/// articles is one transaction with prepared statements reused, the rate issue 6 measured
/// as SQLite's limit for this shape of data.
final class ImportRunner {
    private let store: Store
    private let batchSize: Int
    private var pending: [RawArticle] = []
    private let started = Date()
    private var lastProgress = Date.distantPast
    private let showProgress: Bool
    private(set) var totals = ImportTotals()
    private(set) var rejected = 0
    /// The batch being extracted in the background (at most one, so memory stays bounded).
    private var inFlight: ExtractionJob?

    init(store: Store, batchSize: Int = 128, showProgress: Bool) {
        self.store = store
        self.batchSize = max(1, batchSize)
        self.showProgress = showProgress
    }

    /// Seconds since the import began.
    var elapsed: Double { Date().timeIntervalSince(started) }

    /// Reads `paths` with `reader`, storing every good article and naming each bad input on stderr.
    func run(_ paths: [String], reader: ArticleReader) throws {
        try reader.read(paths) { result in
            switch result {
            case .success(let article):
                pending.append(article)
                if pending.count >= batchSize { try flush() }
            case .failure(let problem):
                rejected += 1
                if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                Terminal.error("hearsay: skipped \(problem)")
            }
        }
        try flush()
        try storeExtracted()
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// Extracts and stores the pending articles in one transaction.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        var work: [RawArticle] = []
        work.reserveCapacity(pending.count)
        for article in pending {
            let hash = ContentHash.of(text: article.text, metadata: article.metadata)
            if try store.isStored(key: article.key, contentHash: hash) {
                totals.unchanged += 1
            } else {
                work.append(article)
            }
        }
        pending.removeAll(keepingCapacity: true)
        // This batch is extracted on the other threads while this one stores the previous batch
        // and reads the next: the single SQLite writer and the extraction overlap (issue 6).
        let job = ExtractionJob(work)
        try storeExtracted()
        inFlight = job
    }

    /// Waits for the batch being extracted, if any, and stores it in one transaction.
    private func storeExtracted() throws {
        guard let job = inFlight else { return }
        inFlight = nil
        try store.importBatch(job.wait(), totals: &totals)
        reportProgress()
    }

    private func reportProgress() {
        guard showProgress, Date().timeIntervalSince(lastProgress) > 0.25 else { return }
        lastProgress = Date()
        let line = "\r\u{1B}[K\(totals.articles) articles, \(totals.quotes) quotes, \(totals.claims) claims (\(Int(Double(totals.articles) / max(elapsed, 0.001))) articles/s)"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// One batch extracted on every core in the background; ``wait()`` returns the results.
private final class ExtractionJob: @unchecked Sendable {
    // `inputs` is written once by the background block before `done` is signalled and read only
    // after `wait()` returns, so the semaphore orders every access.
    private var inputs: [ArticleInput] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ articles: [RawArticle]) {
        DispatchQueue.global().async { [self] in
            let pipeline = Pipeline()
            inputs = parallelMap(articles) { article in
                let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
                return ArticleInput(
                    key: article.key, text: article.text, metadata: article.metadata,
                    extraction: pipeline.extract(text: article.text, context: context))
            }
            done.signal()
        }
    }

    /// Blocks until the batch is extracted.
    func wait() -> [ArticleInput] {
        done.wait()
        return inputs
    }
}
