/// A value moved to another thread, which from then on is the only one to touch it.
///
/// `@unchecked` because the compiler cannot see the hand-over: the import's calling thread gives
/// its sink (a database connection, not `Sendable`) to the writer thread and does not use it
/// again until that thread has ended (the thread's semaphore orders the two).
final class Handoff<Value>: @unchecked Sendable {
    /// The value handed over.
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
