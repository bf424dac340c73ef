import Extraction
import Foundation
import HearsayModel
import HearsayStore
import Ingest
import Linking

/// Reads articles, extracts quotes and claims on every core, and stores them in batches.
///
/// Three kinds of thread overlap, joined by an ``ExtractionPool`` that keeps at most a few hundred
/// articles in flight, so memory stays flat whatever the input size:
/// 1. this thread reads articles and skips those already stored unchanged (through a second,
///    reading connection);
/// 2. one extraction thread per core takes the next article, extracts it and works out what
///    linking its speakers needs (``EntityLinker/prepare(_:)``), never waiting for another article;
/// 3. a writer thread, the only one touching the writing connection, takes the results in reading
///    order and stores them in transactions of `batchSize` articles (SQLite has one writer; each
///    commit writes a full-text index segment).
/// Articles are stored in the order they were read.
final class ImportRunner {
    private let batchSize: Int
    private let workerCount: Int
    private let showProgress: Bool
    private let started = Date()
    private var lastProgress = Date.distantPast
    private(set) var rejected = 0
    private var skipped = 0
    private let checker: Store?
    private let store: UncheckedStore
    private let pool: ExtractionPool<RawArticle, Extracted>
    private let stored = Totals()

    /// - Parameters:
    ///   - store: the writing connection, used only by the writer thread from now on.
    ///   - checker: a reading connection to skip unchanged articles before extraction; without
    ///     one, every article is extracted and the writer finds the unchanged ones.
    ///   - workers: extraction threads (one per core unless given).
    init(store: Store, checker: Store?, batchSize: Int = 128, workers: Int? = nil, showProgress: Bool) {
        self.batchSize = max(1, batchSize)
        self.workerCount = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.showProgress = showProgress
        self.checker = checker
        self.store = UncheckedStore(store)
        // Two batches ahead of the writer: extraction goes on while a batch is being written.
        pool = ExtractionPool(window: 2 * self.batchSize + 2 * workerCount)
    }

    /// Seconds since the import began.
    var elapsed: Double { Date().timeIntervalSince(started) }

    /// What has been stored so far.
    var totals: ImportTotals {
        var totals = stored.value
        totals.unchanged += skipped
        return totals
    }

    /// Reads `paths` with `reader`, storing every good article and naming each bad input on stderr.
    /// Throws the first storage error (batches before it stay committed).
    func run(_ paths: [String], reader: ArticleReader) throws {
        let writer = startWriter()
        let workers = (0..<workerCount).map { _ in startWorker() }
        var failure: (any Error)?
        do {
            try reader.read(paths) { result in
                switch result {
                case .success(let article):
                    try submit(article)
                case .failure(let problem):
                    rejected += 1
                    clearProgressLine()
                    Terminal.error("hearsay: skipped \(problem)")
                }
            }
        } catch {
            failure = error
        }
        // Drain in order: everything read is extracted, everything extracted is written.
        pool.endInput()
        for worker in workers { worker.wait() }
        writer.wait()
        clearProgressLine()
        if let error = stored.failure ?? failure { throw error }
    }

    /// Hands `article` to the extraction threads unless it is already stored unchanged.
    private func submit(_ article: RawArticle) throws {
        if let error = stored.failure { throw error }
        let hash = ContentHash.of(text: article.text, metadata: article.metadata)
        if let checker, try checker.isStored(key: article.key, contentHash: hash) {
            skipped += 1
        } else if !pool.submit(article) {
            if let error = stored.failure { throw error }
        }
        reportProgress()
    }

    /// Starts the thread that stores results in batches; stops the pool at its first error.
    private func startWriter() -> DispatchSemaphore {
        let pool = self.pool
        let box = store
        let totals = stored
        let batchSize = self.batchSize
        return Self.spawn {
            var batch: [Extracted] = []
            batch.reserveCapacity(batchSize)
            var grouping: ClaimGroupingDuringImport?
            while true {
                while batch.count < batchSize, let input = pool.next() { batch.append(input) }
                if batch.isEmpty { return }
                do {
                    var added = ImportTotals()
                    try box.store.importBatch(batch.map(\.input), totals: &added)
                    totals.add(added)
                    // Grouped now, while the extraction threads work on the next batch, rather
                    // than all at the end with the other core idle.
                    if grouping == nil { grouping = try ClaimGroupingDuringImport(store: box.store) }
                    try grouping?.groupStored(prepared: batch.map(\.claims), replaced: added.replaced > 0)
                } catch {
                    totals.fail(error)
                    pool.fail()
                    return
                }
                batch.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Starts one extraction thread.
    private func startWorker() -> DispatchSemaphore {
        let pool = self.pool
        return Self.spawn {
            let pipeline = Pipeline()
            while let (sequence, article) = pool.take() {
                let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
                let extraction = pipeline.extract(text: article.text, context: context)
                // The pure half of linking and claim grouping, here rather than on the single writer thread.
                EntityLinker.prepare(extraction.speakers)
                let input = ArticleInput(
                    key: article.key, text: article.text, metadata: article.metadata, extraction: extraction)
                pool.complete(sequence, with: Extracted(input: input, claims: ClaimGroupingAhead(input)))
            }
        }
    }

    /// Runs `body` on a new thread with a roomy stack; the semaphore is signalled when it returns.
    private static func spawn(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        return done
    }

    private func reportProgress() {
        guard showProgress, Date().timeIntervalSince(lastProgress) > 0.25 else { return }
        lastProgress = Date()
        let totals = self.totals
        let rate = Int(Double(totals.articles) / max(elapsed, 0.001))
        let line =
            "\r\u{1B}[K\(totals.articles) articles, \(totals.quotes) quotes, \(totals.claims) claims (\(rate) articles/s)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    private func clearProgressLine() {
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// An article extracted and prepared for the writer.
private struct Extracted: Sendable {
    var input: ArticleInput
    var claims: ClaimGroupingAhead
}

/// The store handed to the writer thread: from then on no other thread touches it.
private final class UncheckedStore: @unchecked Sendable {
    let store: Store
    init(_ store: Store) { self.store = store }
}

/// Import totals shared between the writer thread and the reporting thread.
private final class Totals: @unchecked Sendable {
    private var totals = ImportTotals()
    private var error: (any Error)?
    private let lock = NSLock()

    var value: ImportTotals {
        lock.lock()
        defer { lock.unlock() }
        return totals
    }

    /// The writer's first error, if any.
    var failure: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }

    func fail(_ error: any Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    func add(_ more: ImportTotals) {
        lock.lock()
        totals.added += more.added
        totals.replaced += more.replaced
        totals.unchanged += more.unchanged
        totals.quotes += more.quotes
        totals.claims += more.claims
        lock.unlock()
    }
}
