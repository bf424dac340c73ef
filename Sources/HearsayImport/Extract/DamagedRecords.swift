import Synchronization

/// Records the decoding threads of ``ExtractedImporter`` could not read, gathered for the caller.
final class DamagedRecords: Sendable {
    private let errors = Mutex<[ExtractedInputError]>([])

    /// Notes one.
    func add(_ error: ExtractedInputError) {
        errors.withLock { $0.append(error) }
    }

    /// Those noted, in file and line order.
    var all: [ExtractedInputError] {
        errors.withLock { $0 }.sorted { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }
    }
}
