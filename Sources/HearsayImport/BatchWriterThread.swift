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
                reading: while true {
                    let result: Result
                    switch pool.poll() {
                    case .ready(let ready):
                        result = ready
                    case .ended:
                        break reading
                    case .pending(let remaining, let inputEnded):
                        // The last articles, which cannot fill the batch, are being extracted: write
                        // what is gathered while they are, once it is as many as remain, rather than
                        // all of it alone after them (a few more commits, each half the one before).
                        if inputEnded, batcher.gathered >= remaining, batcher.gathered + remaining <= batchSize {
                            try batcher.flush()
                            progress.set(batcher.totals)
                        }
                        guard let next = pool.next() else { break reading }
                        result = next
                    }
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
