import Dispatch

extension ImportBatcher {
    /// Starts the thread that takes results from `pool` in order and writes them to `sink` in
    /// batches of `batchSize`, recording its totals and first error in `progress` and stopping
    /// the pool at that error. A result `article` turns into nothing is skipped.
    static func startWriting<Work, Result>(
        _ pool: ExtractionPool<Work, Result>, to sink: Handoff<Sink>, batchSize: Int, progress: ImportProgress,
        article: @escaping @Sendable (Result) -> Sink.Prepared?
    ) -> DispatchSemaphore {
        Importer<Sink>.spawn {
            var batcher = ImportBatcher(sink: sink.value, batchSize: batchSize)
            do {
                while let result = pool.next() {
                    guard let prepared = article(result) else { continue }
                    try batcher.add(prepared)
                    progress.set(batcher.totals)
                }
                try batcher.flush()
                progress.set(batcher.totals)
            } catch {
                progress.fail(error)
                pool.fail()
            }
        }
    }
}
