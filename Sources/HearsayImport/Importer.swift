import Extraction
import Foundation
import HearsayModel
import HearsayStore
import Ingest

/// The import use case: reads articles, extracts quotes and claims on every core, and writes them
/// to a sink in batches, in the order they were read.
///
/// Three kinds of thread overlap, joined by an ``ExtractionPool`` that keeps at most a few hundred
/// articles in flight, so memory stays flat whatever the input size:
/// 1. the calling thread reads articles and skips those the sink already holds unchanged (asked
///    of ``KnownArticles``, for the database a second, reading connection);
/// 2. one extraction thread per core takes the next article, extracts it and prepares it for the
///    sink (``ImportSink/prepare(_:)``), never waiting for another article;
/// 3. a writer thread, the only one touching the sink, takes the results in reading order and
///    writes them in batches of `batchSize` articles (``ImportBatcher``).
///
/// ```swift
/// let importer = Importer(sink: StoreSink(store), known: try? Store(path: store.path, readOnly: true))
/// let totals = try importer.run(["articles.jsonl"], reader: ArticleReader()) { problem in print(problem) }
/// ```
public final class Importer<Sink: ImportSink> {
    private let sink: Sink
    private let known: (any KnownArticles)?
    private let batchSize: Int
    private let workerCount: Int
    private let started = Date()
    private let written = ImportProgress()
    private var skipped = 0
    /// Inputs the reader could not read, named to the caller as they come.
    public private(set) var rejected = 0

    /// - Parameters:
    ///   - sink: where the articles go; from ``run(_:reader:progress:problem:)`` on, only the
    ///     writer thread touches it, until the run returns.
    ///   - known: articles the sink already holds, to skip unchanged ones before extraction;
    ///     without it every article is extracted and the sink finds the unchanged ones.
    ///   - batchSize: articles per batch written.
    ///   - workers: extraction threads (one per core unless given).
    public init(sink: Sink, known: (any KnownArticles)?, batchSize: Int = 128, workers: Int? = nil) {
        self.sink = sink
        self.known = known
        self.batchSize = max(1, batchSize)
        self.workerCount = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Seconds since the importer was made.
    public var elapsed: Double { Date().timeIntervalSince(started) }

    /// What has been written so far, the articles skipped as unchanged included.
    public var totals: ImportTotals {
        var totals = written.totals
        totals.unchanged += skipped
        return totals
    }

    /// Reads `paths` with `reader` and writes every good article to the sink, then finishes the
    /// sink. Bad inputs are handed to `problem` and skipped; `progress` is called on the reading
    /// thread after each article read. Throws the first error of the reader or the sink (the
    /// batches written before it stay written).
    ///
    /// - Returns: the totals, as ``totals``.
    @discardableResult
    public func run(
        _ paths: [String], reader: ArticleReader, progress: (Importer) -> Void = { _ in },
        problem: (InputProblem) -> Void
    ) throws -> ImportTotals {
        // Two batches ahead of the writer: extraction goes on while a batch is being written.
        let pool = ExtractionPool<RawArticle, Sink.Prepared>(window: 2 * batchSize + 2 * workerCount)
        let writer = startWriter(pool)
        let workers = (0..<workerCount).map { _ in Self.startWorker(pool) }
        var failure: (any Error)?
        do {
            try reader.read(paths) { result in
                switch result {
                case .success(let article):
                    try submit(article, to: pool)
                    progress(self)
                case .failure(let input):
                    rejected += 1
                    problem(input)
                }
            }
        } catch {
            failure = error
        }
        // Drain in order: everything read is extracted, everything extracted is written.
        pool.drain(workers: workers, writer: writer)
        if let error = written.failure ?? failure { throw error }
        try sink.finish()
        return totals
    }

    /// Hands `article` to the extraction threads unless the sink holds it unchanged.
    private func submit(_ article: RawArticle, to pool: ExtractionPool<RawArticle, Sink.Prepared>) throws {
        if let error = written.failure { throw error }
        let hash = ContentHash.of(text: article.text, metadata: article.metadata)
        if let known, try known.holdsUnchanged(key: article.key, contentHash: hash) {
            skipped += 1
        } else if !pool.submit(article) {
            if let error = written.failure { throw error }
        }
    }

    /// Starts the thread that writes results in batches; stops the pool at its first error.
    private func startWriter(_ pool: ExtractionPool<RawArticle, Sink.Prepared>) -> DispatchSemaphore {
        ImportBatcher.startWriting(pool, to: Handoff(sink), batchSize: batchSize, progress: written) { $0 }
    }

    /// Starts one extraction thread.
    private static func startWorker(_ pool: ExtractionPool<RawArticle, Sink.Prepared>) -> DispatchSemaphore {
        spawn {
            let pipeline = Pipeline()
            while let (sequence, article) = pool.take() {
                let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
                let extraction = pipeline.extract(text: article.text, context: context)
                let input = ArticleInput(
                    key: article.key, text: article.text, metadata: article.metadata, extraction: extraction)
                pool.complete(sequence, with: Sink.prepare(input))
            }
        }
    }

    /// Runs `body` on a new thread; the semaphore is signalled when it returns.
    ///
    /// The thread keeps the platform's default stack (8 MB on Linux, 512 KB on macOS): extraction
    /// does not recurse deeply. Measured with `ulimit -s` on a debug build: PolNeAR train and dev,
    /// the seeds and an article of 20,000 nested brackets and quotes import with 128 KB stacks.
    static func spawn(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        Thread {
            body()
            done.signal()
        }.start()
        return done
    }
}
