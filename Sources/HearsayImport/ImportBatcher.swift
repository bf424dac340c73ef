import HearsayModel
import HearsayStore

/// Gathers prepared articles into batches of `batchSize` and writes each to a sink: the batching
/// every import shares, whether its articles come from the extraction pool or are already
/// extracted.
///
/// About a hundred articles a batch is the sweet spot for the database: each transaction's commit
/// writes a full-text index segment.
public struct ImportBatcher<Sink: ImportSink> {
    /// Where the batches go.
    public let sink: Sink
    /// Articles per batch.
    public let batchSize: Int
    /// What the written batches added.
    public private(set) var totals = ImportTotals()
    private var batch: [Sink.Prepared] = []

    /// Batches of `batchSize` (at least 1) for `sink`.
    public init(sink: Sink, batchSize: Int = 128) {
        self.sink = sink
        self.batchSize = max(1, batchSize)
        batch.reserveCapacity(self.batchSize)
    }

    /// The articles gathered and not yet written.
    public var gathered: Int { batch.count }

    /// Adds one article, writing the batch when it is full.
    public mutating func add(_ article: Sink.Prepared) throws {
        batch.append(article)
        if batch.count >= batchSize { try flush() }
    }

    /// Prepares and adds an article extracted elsewhere.
    public mutating func add(_ article: ArticleInput) throws {
        try add(Sink.prepare(article))
    }

    /// Writes what is gathered, a partial batch included.
    public mutating func flush() throws {
        guard !batch.isEmpty else { return }
        let written = try sink.write(batch)
        totals.add(written)
        batch.removeAll(keepingCapacity: true)
    }

    /// Writes the last batch and finishes the sink.
    public mutating func finish() throws {
        try flush()
        try sink.finish()
    }
}
