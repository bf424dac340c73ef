import Extraction
import Foundation
import HearsayModel
import HearsayStore
import HearsayText
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
    private let articleTimeout: Double?
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
    ///   - articleTimeout: CPU seconds one article's extraction may take (``ExtractionBudget``);
    ///     an article past it is handed to `problem` and not stored. Nil: no limit.
    public init(
        sink: Sink, known: (any KnownArticles)?, batchSize: Int = 128, workers: Int? = nil,
        articleTimeout: Double? = nil
    ) {
        self.sink = sink
        self.known = known
        self.batchSize = max(1, batchSize)
        self.workerCount = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.articleTimeout = articleTimeout
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
    /// sink. Bad inputs, and articles whose extraction ran past the timeout, are handed to
    /// `problem` (on the calling thread) and skipped; `progress` is called on the reading thread
    /// after each article read. A file stored unchanged before under another key (reached through
    /// another folder) keeps that key (``earlierKey(_:candidates:)``). Throws the first error of the
    /// reader or the sink (the batches written before it stay written).
    ///
    /// - Returns: the totals, as ``totals``.
    @discardableResult
    public func run(
        _ paths: [String], reader: ArticleReader, progress: (Importer) -> Void = { _ in },
        problem: (InputProblem) -> Void
    ) throws -> ImportTotals {
        // Two batches ahead of the writer: extraction goes on while a batch is being written.
        let pool = Pool(window: 2 * batchSize + 2 * workerCount)
        let writer = startWriter(pool)
        let workers = (0..<workerCount).map { _ in Self.startWorker(pool, timeout: articleTimeout) }
        var failure: (any Error)?
        do {
            try reader.read(paths, earlierKey: earlierKey) { result in
                switch result {
                case .success(let article):
                    try submit(article, to: pool)
                    progress(self)
                case .failure(let input):
                    rejected += 1
                    problem(input)
                }
                reportDropped(problem)
            }
        } catch {
            failure = error
        }
        // Drain in order: everything read is extracted, everything extracted is written.
        pool.drain(workers: workers, writer: writer)
        reportDropped(problem)
        if let error = written.failure ?? failure { throw error }
        try sink.finish()
        return totals
    }

    /// The pool between reading and writing: an article goes in, and out comes what the sink
    /// stores or why it was dropped.
    private typealias Pool = ExtractionPool<RawArticle, Result<Sink.Prepared, InputProblem>>

    /// Hands the articles the writer dropped since the last call to `problem`.
    private func reportDropped(_ problem: (InputProblem) -> Void) {
        for dropped in written.takeDropped() {
            rejected += 1
            problem(dropped)
        }
    }

    /// The first of `candidates` (the keys the article's file would have had, imported from other
    /// folders) under which the sink holds the article unchanged, unless it holds it unchanged
    /// under its own key.
    private func earlierKey(_ article: RawArticle, candidates: [String]) throws -> String? {
        guard let known else { return nil }
        let hash = ContentHash.of(text: article.text, metadata: article.metadata)
        if try known.holdsUnchanged(key: article.key, contentHash: hash) { return nil }
        for candidate in candidates where try known.holdsUnchanged(key: candidate, contentHash: hash) {
            return candidate
        }
        return nil
    }

    /// Hands `article` to the extraction threads unless the sink holds it unchanged.
    private func submit(_ article: RawArticle, to pool: Pool) throws {
        if let error = written.failure { throw error }
        let hash = ContentHash.of(text: article.text, metadata: article.metadata)
        if let known, try known.holdsUnchanged(key: article.key, contentHash: hash) {
            skipped += 1
        } else if !pool.submit(article) {
            if let error = written.failure { throw error }
        }
    }

    /// Starts the thread that writes results in batches; stops the pool at its first error.
    private func startWriter(_ pool: Pool) -> DispatchSemaphore {
        let written = self.written
        return ImportBatcher.startWriting(pool, to: Handoff(sink), batchSize: batchSize, progress: written) {
            outcome in
            switch outcome {
            case .success(let prepared): return prepared
            case .failure(let problem):
                written.drop(problem)
                return nil
            }
        }
    }

    /// Starts one extraction thread; an article whose extraction runs past `timeout` CPU seconds
    /// comes out as the problem that names it.
    private static func startWorker(_ pool: Pool, timeout: Double?) -> DispatchSemaphore {
        spawn {
            let pipeline = Pipeline()
            while let (sequence, taken) = pool.take() {
                var article = taken
                let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
                // Made before the text is read into the document, so reading it counts in the budget.
                let budget = timeout.map { ExtractionBudget(seconds: $0) }
                // The text is read into its document and let go until extraction ends, then taken back
                // from the document (the same scalars): a 10 MB article held it twice over, 10 MB more
                // at its peak (issue 13: memory).
                let document = Document(text: article.text)
                article.text = ""
                let extraction: ArticleExtraction
                if let budget {
                    do {
                        try budget.check(after: "tokenizing")
                        extraction = try pipeline.extract(document: document, context: context, budget: budget)
                    } catch {
                        pool.complete(sequence, with: .failure(InputProblem(path: article.origin, reason: "\(error)")))
                        continue
                    }
                } else {
                    extraction = pipeline.extract(document: document, context: context)
                }
                var input = ArticleInput(
                    key: article.key, text: document.text(TextSpan(start: 0, end: document.count)),
                    metadata: article.metadata, extraction: extraction)
                input.origin = article.origin
                pool.complete(sequence, with: .success(Sink.prepare(input)))
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
