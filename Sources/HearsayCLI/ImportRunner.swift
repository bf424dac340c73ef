import Extraction
import Foundation
import HearsayStore
import Ingest

/// Reads articles, extracts quotes and claims on every core, and stores them in batches.
///
/// Three stages overlap, each on its own thread, joined by bounded queues so memory stays flat
/// whatever the input size:
/// 1. this thread reads articles and skips those already stored unchanged (through a second,
///    reading connection), collecting batches of about 100;
/// 2. an extraction thread runs each batch through the pipeline on every core;
/// 3. a writer thread, the only one touching the writing connection, stores each batch in one
///    transaction (SQLite has one writer; each commit writes a full-text index segment).
/// Batches keep their order, so articles are stored in the order they were read.
final class ImportRunner {
    private let batchSize: Int
    private let showProgress: Bool
    private var pending: [RawArticle] = []
    private let started = Date()
    private var lastProgress = Date.distantPast
    private(set) var rejected = 0
    private var skipped = 0
    private let checker: Store?
    private let writer: Stage<[ArticleInput]>
    private let extractor: Stage<[RawArticle]>
    private let stored = Totals()

    /// - Parameters:
    ///   - store: the writing connection, used only by the writer thread from now on.
    ///   - checker: a reading connection to skip unchanged articles before extraction; without
    ///     one, every article is extracted and the writer finds the unchanged ones.
    init(store: Store, checker: Store?, batchSize: Int = 128, showProgress: Bool) {
        self.batchSize = max(1, batchSize)
        self.showProgress = showProgress
        self.checker = checker
        let box = UncheckedStore(store)
        let totals = stored
        writer = Stage(capacity: 2) { batch in
            var added = ImportTotals()
            try box.store.importBatch(batch, totals: &added)
            totals.add(added)
        }
        let writer = self.writer
        extractor = Stage(capacity: 2) { batch in
            let pipeline = Pipeline()
            let inputs = parallelMap(batch) { article in
                let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
                return ArticleInput(
                    key: article.key, text: article.text, metadata: article.metadata,
                    extraction: pipeline.extract(text: article.text, context: context))
            }
            try writer.push(inputs)
        }
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
        writer.start()
        extractor.start()
        var failure: (any Error)?
        do {
            try reader.read(paths) { result in
                switch result {
                case .success(let article):
                    pending.append(article)
                    if pending.count >= batchSize { try flush() }
                case .failure(let problem):
                    rejected += 1
                    clearProgressLine()
                    Terminal.error("hearsay: skipped \(problem)")
                }
            }
            try flush()
        } catch {
            failure = error
        }
        // Drain in order: everything read is extracted, everything extracted is written.
        extractor.finish()
        writer.finish()
        clearProgressLine()
        if let error = writer.failure ?? extractor.failure ?? failure { throw error }
    }

    /// Hands the pending articles, less those already stored unchanged, to the extraction stage.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        if let error = writer.failure ?? extractor.failure { throw error }
        var work: [RawArticle] = []
        work.reserveCapacity(pending.count)
        for article in pending {
            let hash = ContentHash.of(text: article.text, metadata: article.metadata)
            if let checker, try checker.isStored(key: article.key, contentHash: hash) {
                skipped += 1
            } else {
                work.append(article)
            }
        }
        pending.removeAll(keepingCapacity: true)
        if !work.isEmpty { try extractor.push(work) }
        reportProgress()
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

/// The store handed to the writer thread: from then on no other thread touches it.
private final class UncheckedStore: @unchecked Sendable {
    let store: Store
    init(_ store: Store) { self.store = store }
}

/// Import totals shared between the writer thread and the reporting thread.
private final class Totals: @unchecked Sendable {
    private var totals = ImportTotals()
    private let lock = NSLock()

    var value: ImportTotals {
        lock.lock()
        defer { lock.unlock() }
        return totals
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

/// A thread that processes items from a bounded queue in order, stopping at the first error.
final class Stage<Item: Sendable>: @unchecked Sendable {
    private let queue: BatchQueue<Item>
    private let work: @Sendable (Item) throws -> Void
    private let lock = NSLock()
    private var error: (any Error)?
    private var running = false
    private let done = DispatchSemaphore(value: 0)

    init(capacity: Int, _ work: @escaping @Sendable (Item) throws -> Void) {
        queue = BatchQueue(capacity: capacity)
        self.work = work
    }

    /// The first error `work` threw, if any.
    var failure: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }

    func start() {
        running = true
        let thread = Thread { [self] in
            while failure == nil, let item = queue.pop() {
                do {
                    try work(item)
                } catch {
                    lock.lock()
                    self.error = error
                    lock.unlock()
                    // Unblocks a producer waiting for room; it then sees the failure.
                    queue.close()
                }
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Queues `item`, waiting while the queue is full; throws the stage's error once it failed.
    func push(_ item: Item) throws {
        if let failure { throw failure }
        if !queue.push(item), let failure { throw failure }
    }

    /// Processes what is queued, then stops the thread.
    func finish() {
        guard running else { return }
        queue.close()
        done.wait()
        running = false
    }
}
