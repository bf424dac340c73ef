import Dispatch

extension ExtractionPool {
    /// Ends the input and waits, in order, for the `workers` to extract what was submitted and
    /// for the `writer` to take it all.
    func drain(workers: [DispatchSemaphore], writer: DispatchSemaphore) {
        endInput()
        for worker in workers { worker.wait() }
        writer.wait()
    }
}
