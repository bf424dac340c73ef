import HearsayModel
import HearsayStore
import Ingest
import Synchronization

/// What the writer thread has written so far, its first error and the articles it had to drop,
/// read by the reading thread.
final class ImportProgress: Sendable {
    private let state = Mutex<(totals: ImportTotals, failure: (any Error)?, dropped: [InputProblem])>(
        (ImportTotals(), nil, []))

    /// The totals of the batches written.
    var totals: ImportTotals { state.withLock { $0.totals } }

    /// The writer's first error, if any.
    var failure: (any Error)? { state.withLock { $0.failure } }

    /// Records the totals written so far.
    func set(_ totals: ImportTotals) {
        state.withLock { $0.totals = totals }
    }

    /// Records an article dropped after it was read (its extraction ran past its budget).
    func drop(_ problem: InputProblem) {
        state.withLock { $0.dropped.append(problem) }
    }

    /// The dropped articles not yet taken, oldest first.
    func takeDropped() -> [InputProblem] {
        state.withLock { state in
            defer { state.dropped.removeAll() }
            return state.dropped
        }
    }

    /// Records the writer's error unless one is recorded already.
    func fail(_ error: any Error) {
        state.withLock { state in
            if state.failure == nil { state.failure = error }
        }
    }
}
