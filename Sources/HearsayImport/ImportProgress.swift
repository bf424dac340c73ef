import HearsayModel
import HearsayStore
import Synchronization

/// What the writer thread has written so far, and its first error, read by the reading thread.
final class ImportProgress: Sendable {
    private let state = Mutex<(totals: ImportTotals, failure: (any Error)?)>((ImportTotals(), nil))

    /// The totals of the batches written.
    var totals: ImportTotals { state.withLock { $0.totals } }

    /// The writer's first error, if any.
    var failure: (any Error)? { state.withLock { $0.failure } }

    /// Records the totals written so far.
    func set(_ totals: ImportTotals) {
        state.withLock { $0.totals = totals }
    }

    /// Records the writer's error unless one is recorded already.
    func fail(_ error: any Error) {
        state.withLock { state in
            if state.failure == nil { state.failure = error }
        }
    }
}
