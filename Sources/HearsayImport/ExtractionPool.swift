import Dispatch
import Synchronization

/// Articles in flight between the reader, a pool of extraction threads and the single writer.
///
/// The reader ``submit(_:)``s articles one at a time; each worker ``take()``s the oldest waiting
/// article, extracts it and ``complete(_:with:)``s it; the writer receives the results in the order
/// the articles were submitted (``next()``), whatever order they finished in. A worker never waits
/// for a slow article of another, so every core stays busy.
///
/// At most `window` articles are between submission and the writer: the reader waits when it is
/// that far ahead, so memory stays flat however long the input. ``fail()`` (the writer's error)
/// wakes everyone and stops the flow.
final class ExtractionPool<Work: Sendable, Result: Sendable>: Sendable {
    private struct State: ~Copyable {
        /// Submitted work by sequence, nil once taken: a taken article is let go by the pool at once
        /// (a long one is held only by the worker extracting it, which lets go of its text; issue 13).
        var waiting: [(Int, Work)?] = []
        var waitingHead = 0
        var finished: [Int: Result] = [:]
        /// Sequence number of the next submitted article.
        var submitted = 0
        /// Sequence number of the next result the writer takes.
        var delivered = 0
        var inputEnded = false
        var stopped = false
        /// Threads waiting for the state to change, each on its own semaphore.
        var parked: [DispatchSemaphore] = []

        /// Empties ``parked``: the caller signals them once the lock is released.
        mutating func wakeAll() -> [DispatchSemaphore] {
            defer { parked.removeAll(keepingCapacity: true) }
            return parked
        }
    }

    /// What one look at the state gave: an answer, or a semaphore to sleep on before looking again.
    private enum Step<Answer: Sendable>: Sendable {
        case answer(Answer, wake: [DispatchSemaphore])
        case park(DispatchSemaphore)
    }

    private let state = Mutex(State())
    private let window: Int

    init(window: Int) {
        self.window = max(1, window)
    }

    /// Queues `work`, waiting while `window` articles are in flight; false once the pool stopped.
    func submit(_ work: Work) -> Bool {
        let window = self.window
        return settle { state -> (Bool, wake: Bool)? in
            if state.stopped { return (false, wake: false) }
            guard state.submitted - state.delivered < window else { return nil }
            state.waiting.append((state.submitted, work))
            state.submitted += 1
            return (true, wake: true)
        }
    }

    /// No more work will be submitted.
    func endInput() {
        let sleepers = state.withLock { state in
            state.inputEnded = true
            return state.wakeAll()
        }
        for sleeper in sleepers { sleeper.signal() }
    }

    /// The oldest work not yet taken, waiting for some; nil once the input ended (or the pool stopped).
    func take() -> (Int, Work)? {
        settle { state -> ((Int, Work)?, wake: Bool)? in
            if state.stopped { return (nil, wake: false) }
            guard state.waitingHead < state.waiting.count else { return state.inputEnded ? (nil, wake: false) : nil }
            // Every slot from the head on holds work not yet taken.
            guard let item = state.waiting[state.waitingHead].take() else { preconditionFailure("work taken twice") }
            state.waitingHead += 1
            // Drop taken items now and then, so the array does not grow with the input.
            if state.waitingHead >= 64 && state.waitingHead * 2 >= state.waiting.count {
                state.waiting.removeFirst(state.waitingHead)
                state.waitingHead = 0
            }
            // Taking work frees no one: the window counts what the writer has not received.
            return (item, wake: false)
        }
    }

    /// Hands in the result of the work numbered `sequence`.
    func complete(_ sequence: Int, with result: Result) {
        let sleepers = state.withLock { state -> [DispatchSemaphore] in
            state.finished[sequence] = result
            return sequence == state.delivered ? state.wakeAll() : []
        }
        for sleeper in sleepers { sleeper.signal() }
    }

    /// The next result in submission order, waiting for it; nil once every submitted article was
    /// delivered and the input ended, or the pool stopped.
    func next() -> Result? {
        settle(Self.deliver)
    }

    /// What ``poll()`` found.
    enum Poll {
        /// The next result in submission order.
        case ready(Result)
        /// Every submitted article was delivered and the input ended, or the pool stopped.
        case ended
        /// The next result is not extracted yet; `remaining` articles are still to be delivered
        /// (that one included), and no more will come once `inputEnded`.
        case pending(remaining: Int, inputEnded: Bool)
    }

    /// The next result as ``next()`` gives it when it is ready, without waiting for it.
    func poll() -> Poll {
        let (found, sleepers) = state.withLock { state -> (Poll, [DispatchSemaphore]) in
            guard let (result, wake) = Self.deliver(&state) else {
                return (.pending(remaining: state.submitted - state.delivered, inputEnded: state.inputEnded), [])
            }
            return (result.map { Poll.ready($0) } ?? Poll.ended, wake ? state.wakeAll() : [])
        }
        for sleeper in sleepers { sleeper.signal() }
        return found
    }

    /// One try of ``next()``: the next result (nil at the end), or nil to wait.
    private static func deliver(_ state: inout State) -> (Result?, wake: Bool)? {
        if state.stopped { return (nil, wake: false) }
        if let result = state.finished.removeValue(forKey: state.delivered) {
            state.delivered += 1
            return (result, wake: true)
        }
        return state.inputEnded && state.delivered == state.submitted ? (nil, wake: false) : nil
    }

    /// Stops the flow: waiting submitters, workers and the writer return at once.
    func fail() {
        let sleepers = state.withLock { state in
            state.stopped = true
            state.waiting.removeAll()
            state.waitingHead = 0
            state.finished.removeAll()
            return state.wakeAll()
        }
        for sleeper in sleepers { sleeper.signal() }
    }

    /// Runs `attempt` under the lock until it gives an answer, sleeping between tries until
    /// another thread changes the state; an answer whose change may let others on (`wake`) wakes
    /// the sleepers.
    private func settle<Answer: Sendable>(_ attempt: (inout State) -> (Answer, wake: Bool)?) -> Answer {
        while true {
            let step = state.withLock { state -> Step<Answer> in
                if let (answer, wake) = attempt(&state) { return .answer(answer, wake: wake ? state.wakeAll() : []) }
                let semaphore = DispatchSemaphore(value: 0)
                state.parked.append(semaphore)
                return .park(semaphore)
            }
            switch step {
            case .answer(let answer, let sleepers):
                for sleeper in sleepers { sleeper.signal() }
                return answer
            case .park(let semaphore):
                semaphore.wait()
            }
        }
    }
}
