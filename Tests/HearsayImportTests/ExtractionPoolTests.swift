import Foundation
import Synchronization
import Testing

@testable import HearsayImport

/// The hand-off between the reader, the extraction threads and the writer of `hearsay import`.
@Suite struct ExtractionPoolTests {
    /// Runs `count` items through `workers` threads that finish them out of order; returns what
    /// the writer received.
    private func run(count: Int, workers: Int, window: Int) -> [Int] {
        let pool = ExtractionPool<Int, Int>(window: window)
        let group = DispatchGroup()
        for worker in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let (sequence, item) = pool.take() {
                    // Uneven work, so later items often finish first.
                    if (item + worker) % 3 == 0 { usleep(200) }
                    pool.complete(sequence, with: item * 10)
                }
            }
        }
        let received = Mutex<[Int]>([])
        DispatchQueue.global().async(group: group) {
            while let result = pool.next() { received.withLock { $0.append(result) } }
        }
        for item in 0..<count { #expect(pool.submit(item)) }
        pool.endInput()
        group.wait()
        return received.withLock { $0 }
    }

    @Test func resultsArriveInSubmissionOrder() {
        #expect(run(count: 500, workers: 3, window: 16) == (0..<500).map { $0 * 10 })
    }

    @Test func aWindowOfOneStillDrains() {
        #expect(run(count: 40, workers: 2, window: 1) == (0..<40).map { $0 * 10 })
    }

    @Test func noInputEndsEveryone() {
        #expect(run(count: 0, workers: 2, window: 4).isEmpty)
    }

    @Test func pollGivesTheNextResultInOrderWithoutWaiting() {
        let pool = ExtractionPool<Int, Int>(window: 4)
        #expect(pool.submit(7))
        #expect(pool.submit(8))
        guard case .pending(let remaining, let inputEnded) = pool.poll() else {
            Issue.record("a result before any was extracted")
            return
        }
        #expect(remaining == 2 && !inputEnded)
        guard let (first, _) = pool.take(), let (second, _) = pool.take() else {
            Issue.record("the submitted work was not there to take")
            return
        }
        // The second finishes first: it is not delivered before the first.
        pool.complete(second, with: 80)
        pool.endInput()
        guard case .pending(let left, let ended) = pool.poll() else {
            Issue.record("delivered out of order")
            return
        }
        #expect(left == 2 && ended)
        pool.complete(first, with: 70)
        var delivered: [Int] = []
        while case .ready(let result) = pool.poll() { delivered.append(result) }
        #expect(delivered == [70, 80])
        guard case .ended = pool.poll() else {
            Issue.record("not ended after every result was delivered")
            return
        }
    }

    @Test func aFailureReleasesAWaitingReader() {
        let pool = ExtractionPool<Int, Int>(window: 2)
        #expect(pool.submit(1))
        #expect(pool.submit(2))
        // The window is full and nobody takes work: the reader waits until the writer fails.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { pool.fail() }
        #expect(!pool.submit(3))
        #expect(pool.take() == nil)
        #expect(pool.next() == nil)
    }
}
