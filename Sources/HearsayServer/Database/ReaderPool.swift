import Dispatch
import HearsayStore
import Synchronization

/// A fixed number of database connections shared by requests: a request borrows one, runs its
/// queries on a worker thread (SQLite blocks), and gives it back; a request that finds none free
/// waits for one.
///
/// Readers open the database read-only, so a page can never change it; the one ``Writer``
/// changes it for curation.
final class ConnectionPool: Sendable {
    /// One open store and what was worked out from it, owned by one request at a time.
    final class Connection: @unchecked Sendable {
        let store: Store
        /// Results kept while the database stays the same (``Store/dataVersion()``).
        var cache: [String: (version: Int64, value: any Sendable)] = [:]

        init(store: Store) { self.store = store }

        /// What `make` returns, worked out again only when the database has changed since.
        func cached<Value: Sendable>(_ key: String, _ make: (Store) throws -> Value) throws -> Value {
            let version = try store.dataVersion()
            if let kept = cache[key], kept.version == version, let value = kept.value as? Value { return value }
            let value = try make(store)
            cache[key] = (version, value)
            return value
        }
    }

    private struct State {
        var free: [Connection]
        var opened: Int
        var waiting: [CheckedContinuation<Connection, Never>]
    }

    /// How much of the database file each connection maps into memory.
    static let mappedBytes = 1 << 34

    private let path: String
    private let readOnly: Bool
    private let capacity: Int
    private let state: Mutex<State>
    private let queue = DispatchQueue(label: "hearsay.database", attributes: .concurrent)

    /// A pool of at most `capacity` connections to `path`, opened when first needed.
    init(path: String, readOnly: Bool, capacity: Int) {
        self.path = path
        self.readOnly = readOnly
        self.capacity = max(1, capacity)
        state = Mutex(State(free: [], opened: 0, waiting: []))
    }

    /// Runs `body` with a connection of its own, off the server's threads.
    func with<T: Sendable>(_ body: @escaping @Sendable (Connection) throws -> T) async throws -> T {
        let connection = try await borrow()
        defer { giveBack(connection) }
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try body(connection) })
            }
        }
    }

    /// Runs `body` with a store of its own.
    func read<T: Sendable>(_ body: @escaping @Sendable (Store) throws -> T) async throws -> T {
        try await with { try body($0.store) }
    }

    private enum Next {
        case take(Connection)
        case open
        case wait
    }

    private func borrow() async throws -> Connection {
        let next: Next = state.withLock { state in
            if let connection = state.free.popLast() { return .take(connection) }
            if state.opened < capacity {
                state.opened += 1
                return .open
            }
            return .wait
        }
        switch next {
        case .take(let connection):
            return connection
        case .open:
            do {
                let path = self.path
                let readOnly = self.readOnly
                return try await withCheckedThrowingContinuation { continuation in
                    queue.async {
                        continuation.resume(
                            with: Result {
                                let store = try Store(path: path, readOnly: readOnly)
                                // Pages read index and row pages all over the file; through a memory map
                                // they are the kernel's cached pages, not a copy per read (a quarter of
                                // a search page's CPU was `pread`).
                                try store.mapIntoMemory(bytes: ConnectionPool.mappedBytes)
                                return Connection(store: store)
                            })
                    }
                }
            } catch {
                state.withLock { $0.opened -= 1 }
                throw error
            }
        case .wait:
            return await withCheckedContinuation { continuation in
                let handed: Connection? = state.withLock { state in
                    if let connection = state.free.popLast() { return connection }
                    state.waiting.append(continuation)
                    return nil
                }
                if let handed { continuation.resume(returning: handed) }
            }
        }
    }

    private func giveBack(_ connection: Connection) {
        let waiter: CheckedContinuation<Connection, Never>? = state.withLock { state in
            if !state.waiting.isEmpty { return state.waiting.removeFirst() }
            state.free.append(connection)
            return nil
        }
        waiter?.resume(returning: connection)
    }
}
