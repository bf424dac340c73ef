import Extraction
import HearsayModel
import Foundation
import HearsayStore
import Ingest

/// `hearsay extract`: reads articles as an import does, extracts them on every core and writes one
/// ``ExtractRecord`` line per article, in reading order, never touching a database.
///
/// The same three kinds of thread as ``Importer`` (reader, extraction threads, one writer) joined
/// by an ``ExtractionPool``, so at most a few hundred articles are in flight and memory stays flat.
/// An input the reader rejects travels through the pool too and comes out as an ``ExtractError``
/// line in its place, so the output keeps the order of the input.
///
/// ```swift
/// let extractor = Extractor(output: .standardOutput())
/// try extractor.run(["-"], reader: ArticleReader()) { problem in print(problem) }
/// ```
public final class Extractor {
    private let output: LineOutput
    private let workerCount: Int
    private let failure = ImportProgress()
    /// Articles written.
    public private(set) var articles = 0
    /// Inputs the reader could not read (each written as an error line).
    public private(set) var rejected = 0

    /// Writes to `output` with `workers` extraction threads (one per core unless given).
    public init(output: LineOutput, workers: Int? = nil) {
        self.output = output
        self.workerCount = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Reads `paths` with `reader` and writes a line for each article and each rejected input;
    /// `problem` hears of each rejected input on the reading thread. Throws the first error of
    /// the reader or of the output.
    public func run(_ paths: [String], reader: ArticleReader, problem: (InputProblem) -> Void) throws {
        let pool = ExtractionPool<ExtractItem, [UInt8]>(window: 4 * workerCount + 16)
        let handoff = Handoff(output)
        let failure = self.failure
        let writer = Importer<StoreSink>.spawn {
            do {
                while let line = pool.next() { try handoff.value.write(line: line) }
            } catch {
                failure.fail(error)
                pool.fail()
            }
        }
        let workers = (0..<workerCount).map { _ in Importer<StoreSink>.spawn { Self.extract(pool) } }
        var readError: (any Error)?
        do {
            try reader.read(paths) { result in
                if let error = failure.failure { throw error }
                switch result {
                case .success(let article):
                    articles += 1
                    _ = pool.submit(.article(article))
                case .failure(let input):
                    rejected += 1
                    problem(input)
                    _ = pool.submit(.problem(input))
                }
            }
        } catch {
            readError = error
        }
        pool.drain(workers: workers, writer: writer)
        if let error = failure.failure ?? readError { throw error }
    }

    /// The work of one extraction thread: each item becomes its line.
    private static func extract(_ pool: ExtractionPool<ExtractItem, [UInt8]>) {
        let pipeline = Pipeline()
        while let (sequence, item) = pool.take() {
            switch item {
            case .article(let article):
                let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
                let extraction = pipeline.extract(text: article.text, context: context)
                let input = ArticleInput(
                    key: article.key, text: article.text, metadata: article.metadata, extraction: extraction)
                pool.complete(sequence, with: ExtractRecord(input).line())
            case .problem(let input):
                let error = ExtractError(path: input.path, line: input.line, message: input.reason)
                pool.complete(sequence, with: error.recordLine())
            }
        }
    }
}
