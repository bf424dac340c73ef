import Extraction
import Foundation
import HearsayStore
import Ingest

/// Reads articles, extracts quotes and claims on every core, and stores them in batches.
///
/// Three stages overlap: this thread reads a batch and skips articles already stored
/// unchanged (through a second, reading connection); the batch is extracted on every core;
/// a writer thread, the only one touching the writing connection, stores each batch in one
/// transaction while the next batch is read and extracted. At most two batches wait for the
/// writer, so memory stays flat whatever the input size.
final class ImportRunner {
    private let path: String
    private let batchSize: Int
    private let showProgress: Bool
    private var pending: [RawArticle] = []
    private let started = Date()
    private var lastProgress = Date.distantPast
    private(set) var rejected = 0
    private var skipped = 0
    private let writer: Writer

    /// Opens the database twice: once to write (on the writer thread) and once to check for
    /// articles already stored.
    init(store: Store, checker: Store?, batchSize: Int = 128, showProgress: Bool) {
        self.path = store.path
        self.batchSize = max(1, batchSize)
        self.showProgress = showProgress
        self.writer = Writer(store: store)
        self.checker = checker ?? store
        self.sharedConnection = checker == nil
    }

    private let checker: Store
    // Without a separate checking connection the writer must be idle before each check.
    private let sharedConnection: Bool

    /// Seconds since the import began.
    var elapsed: Double { Date().timeIntervalSince(started) }

    /// What has been stored so far.
    var totals: ImportTotals {
        var totals = writer.totals
        totals.unchanged += skipped
        return totals
    }

    /// Reads `paths` with `reader`, storing every good article and naming each bad input on stderr.
    /// Throws the first storage error (earlier batches stay committed).
    func run(_ paths: [String], reader: ArticleReader) throws {
        writer.start()
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
            writer.finish()
            throw writer.failure ?? error
        }
        writer.finish()
        clearProgressLine()
        if let failure = writer.failure { throw failure }
    }

    /// Extracts the pending articles and hands them to the writer.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        if let failure = writer.failure { throw failure }
        if sharedConnection { writer.waitUntilIdle() }
        var work: [RawArticle] = []
        work.reserveCapacity(pending.count)
        for article in pending {
            let hash = ContentHash.of(text: article.text, metadata: article.metadata)
            if try checker.isStored(key: article.key, contentHash: hash) {
                skipped += 1
            } else {
                work.append(article)
            }
        }
        pending.removeAll(keepingCapacity: true)
        let pipeline = Pipeline()
        let inputs = parallelMap(work) { article in
            let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
            return ArticleInput(
                key: article.key, text: article.text, metadata: article.metadata,
                extraction: pipeline.extract(text: article.text, context: context))
        }
        if !inputs.isEmpty { writer.submit(inputs) }
        reportProgress()
    }

    private func reportProgress() {
        guard showProgress, Date().timeIntervalSince(lastProgress) > 0.25 else { return }
        lastProgress = Date()
        let totals = self.totals
        let rate = Int(Double(totals.articles) / max(elapsed, 0.001))
        let line = "\r\u{1B}[K\(totals.articles) articles, \(totals.quotes) quotes, \(totals.claims) claims (\(rate) articles/s)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    private func clearProgressLine() {
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// The single thread that writes to the database.
private final class Writer: @unchecked Sendable {
    // Touched only by the writer thread between start() and finish().
    private let store: Store
    private let queue = BatchQueue<[ArticleInput]>(capacity: 2)
    private let state = NSCondition()
    private var busy = 0
    private var stored = ImportTotals()
    private var error: (any Error)?
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)

    init(store: Store) {
        self.store = store
    }

    var totals: ImportTotals {
        state.lock()
        defer { state.unlock() }
        return stored
    }

    var failure: (any Error)? {
        state.lock()
        defer { state.unlock() }
        return error
    }

    func start() {
        let thread = Thread { [self] in
            while failure == nil, let batch = queue.pop() {
                var totals = ImportTotals()
                do {
                    try store.importBatch(batch, totals: &totals)
                } catch {
                    state.lock()
                    self.error = error
                    state.unlock()
                    queue.close()
                }
                state.lock()
                stored.added += totals.added
                stored.replaced += totals.replaced
                stored.unchanged += totals.unchanged
                stored.quotes += totals.quotes
                stored.claims += totals.claims
                busy -= 1
                state.broadcast()
                state.unlock()
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        self.thread = thread
        thread.start()
    }

    func submit(_ batch: [ArticleInput]) {
        state.lock()
        busy += 1
        state.unlock()
        if !queue.push(batch) {
            state.lock()
            busy -= 1
            state.unlock()
        }
    }

    func waitUntilIdle() {
        state.lock()
        while busy > 0 { state.wait() }
        state.unlock()
    }

    /// Lets the writer drain its queue and stop.
    func finish() {
        guard thread != nil else { return }
        queue.close()
        done.wait()
        thread = nil
    }
}
