import Foundation
import HearsayStore

/// `hearsay import --extracted`: stores the records `hearsay extract` wrote, wherever and in
/// whatever order and split they come, as `hearsay import` stores the original articles.
///
/// Linking a speaker depends on the entities stored before it, and claim groups on the claims
/// stored before, so the order articles are stored in shapes the database. Records are therefore
/// stored in article-key order (``RecordSorter``, an external sort in bounded memory) whatever
/// the order of files and lines, and the database is the same for any split of the same records.
/// That order is also the one `hearsay import` reads a folder of text files or a key-sorted
/// JSON-lines file in.
///
/// Two passes: the first reads every file, sorting the articles and naming error records, and
/// refuses a record of a newer format before anything is written; the second decodes and prepares
/// records on every core and stores them in batches on one writer thread, as ``Importer`` does.
public final class ExtractedImporter<Sink: ImportSink> {
    private let sink: Sink
    private let batchSize: Int
    private let workerCount: Int
    private let runBytes: Int
    private let started = Date()
    private let written = ImportProgress()
    private let damaged = DamagedRecords()
    /// Records that could not be imported: error records, lines that are not records, unreadable files.
    public private(set) var rejected = 0

    /// - Parameters:
    ///   - sink: where the articles go; only the writer thread touches it while ``run(_:problem:)`` runs.
    ///   - batchSize: articles per batch written.
    ///   - workers: decoding threads (one per core unless given).
    ///   - runBytes: the memory the sort may hold before it spills a run to disk.
    public init(sink: Sink, batchSize: Int = 128, workers: Int? = nil, runBytes: Int = 512 << 20) {
        self.sink = sink
        self.batchSize = max(1, batchSize)
        self.workerCount = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.runBytes = runBytes
    }

    /// Seconds since the importer was made.
    public var elapsed: Double { Date().timeIntervalSince(started) }

    /// What has been written so far.
    public var totals: ImportTotals { written.totals }

    /// Reads the records under `paths` (files, folders, `-`; `.gz` decompressed) and stores their
    /// articles in key order, then finishes the sink. Each record that cannot be imported goes to
    /// `problem` and is counted in ``rejected``. Throws, before writing anything, on a record of a
    /// newer format; and on the first error of the sink.
    @discardableResult
    public func run(_ paths: [String], problem: (ExtractedInputError) -> Void) throws -> ImportTotals {
        let sorter = RecordSorter(runBytes: runBytes)
        func report(_ error: ExtractedInputError) {
            rejected += 1
            problem(error)
        }
        for path in paths {
            let files: [String]
            do {
                files = try ExtractedInputs.expand([path])
            } catch {
                report(error)
                continue
            }
            for file in files { try sorter.read(file, problem: report) }
        }
        try store(sorter)
        for error in damaged.all {
            report(error)
        }
        return totals
    }

    /// Decodes and prepares the sorted records on the worker threads and writes them in order.
    private func store(_ sorter: RecordSorter) throws {
        let pool = ExtractionPool<SortEntry, Sink.Prepared?>(window: 2 * batchSize + 2 * workerCount)
        let files = sorter.files
        let damaged = self.damaged
        let writer = ImportBatcher.startWriting(pool, to: Handoff(sink), batchSize: batchSize, progress: written) {
            $0
        }
        let workers = (0..<workerCount).map { _ in
            Importer<StoreSink>.spawn {
                while let (sequence, entry) = pool.take() {
                    do {
                        let record = try ExtractRecord.decode(entry.line)
                        pool.complete(sequence, with: Sink.prepare(record.input))
                    } catch {
                        damaged.add(
                            ExtractedInputError(
                                path: files[entry.file], line: entry.lineNumber,
                                message: "not a valid \(ExtractFormat.name) article record: \(error)"))
                        pool.complete(sequence, with: nil)
                    }
                }
            }
        }
        var failure: (any Error)?
        do {
            while let entry = try sorter.next() {
                if let error = written.failure { throw error }
                guard pool.submit(entry) else { break }
            }
        } catch {
            failure = error
        }
        pool.drain(workers: workers, writer: writer)
        if let error = written.failure ?? failure { throw error }
        try sink.finish()
    }
}
