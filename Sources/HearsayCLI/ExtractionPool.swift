import Foundation

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
final class ExtractionPool<Work: Sendable, Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var waiting: [(Int, Work)] = []
    private var waitingHead = 0
    private var finished: [Int: Result] = [:]
    /// Sequence number of the next submitted article.
    private var submitted = 0
    /// Sequence number of the next result the writer takes.
    private var delivered = 0
    private var inputEnded = false
    private var stopped = false

    init(window: Int) {
        self.window = max(1, window)
    }

    /// Queues `work`, waiting while `window` articles are in flight; false once the pool stopped.
    func submit(_ work: Work) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while submitted - delivered >= window && !stopped { condition.wait() }
        guard !stopped else { return false }
        waiting.append((submitted, work))
        submitted += 1
        condition.broadcast()
        return true
    }

    /// No more work will be submitted.
    func endInput() {
        condition.lock()
        inputEnded = true
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest work not yet taken, waiting for some; nil once the input ended (or the pool stopped).
    func take() -> (Int, Work)? {
        condition.lock()
        defer { condition.unlock() }
        while waitingHead == waiting.count && !inputEnded && !stopped { condition.wait() }
        guard !stopped, waitingHead < waiting.count else { return nil }
        let item = waiting[waitingHead]
        waitingHead += 1
        // Drop taken items now and then, so the array does not grow with the input.
        if waitingHead >= 64 && waitingHead * 2 >= waiting.count {
            waiting.removeFirst(waitingHead)
            waitingHead = 0
        }
        return item
    }

    /// Hands in the result of the work numbered `sequence`.
    func complete(_ sequence: Int, with result: Result) {
        condition.lock()
        finished[sequence] = result
        if sequence == delivered { condition.broadcast() }
        condition.unlock()
    }

    /// The next result in submission order, waiting for it; nil once every submitted article was
    /// delivered and the input ended, or the pool stopped.
    func next() -> Result? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            if let result = finished.removeValue(forKey: delivered) {
                delivered += 1
                condition.broadcast()
                return result
            }
            if inputEnded && delivered == submitted { return nil }
            condition.wait()
        }
        return nil
    }

    /// Stops the flow: waiting submitters, workers and the writer return at once.
    func fail() {
        condition.lock()
        stopped = true
        waiting.removeAll()
        waitingHead = 0
        finished.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
