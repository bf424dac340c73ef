import Foundation

/// A fresh temporary folder for one test, removed with everything in it when the test drops it.
public final class ScratchFolder {
    /// The folder.
    public let url: URL
    /// The folder's path.
    public var path: String { url.path }

    /// Creates the folder, named `prefix` and a random suffix, under the system's temporary folder.
    public init(_ prefix: String = "hearsay-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder (nothing is created).
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `name` (sub-folders created) and returns the full path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let full = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: full.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: full)
        return full.path
    }

    /// Writes `text` as UTF-8 to `name` (sub-folders created) and returns the full path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}

/// Both places a test database can live: in memory and in a file.
public enum Location: String, CaseIterable, Sendable {
    /// SQLite's `:memory:`.
    case memory
    /// A file in a scratch folder.
    case file

    /// The database path for this location, a file named `name` in `folder` for ``file``.
    public func path(in folder: ScratchFolder, name: String = "hearsay.db") -> String {
        self == .memory ? ":memory:" : folder.path(name)
    }
}
