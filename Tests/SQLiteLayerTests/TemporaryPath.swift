import Foundation

/// A path in a fresh temporary folder, removed with its WAL files when the test is done.
final class TemporaryPath {
    let folder: URL
    let path: String

    init(_ name: String = "test.db") {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlitelayer-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent(name).path
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}

/// Both places a test database can live.
enum Location: String, CaseIterable, Sendable {
    case memory
    case file
}
