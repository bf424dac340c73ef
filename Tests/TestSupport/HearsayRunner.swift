import Foundation

/// Runs the built `hearsay` binary in a scratch folder of its own, with `--db` defaulting to
/// `hearsay.db` there.
public struct HearsayRunner {
    /// The binary, nil when it has not been built (``HearsayBinary/path``).
    public static var binary: String? { HearsayBinary.path }

    private let scratch: ScratchFolder

    /// The scratch folder's path.
    public var folder: String { scratch.path }

    /// A runner with a fresh scratch folder.
    public init() {
        scratch = ScratchFolder("hearsay-cli")
    }

    /// The path of `name` in the scratch folder.
    public func path(_ name: String) -> String { scratch.path(name) }

    /// Writes `bytes` to `name` in the scratch folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String { try scratch.write(name, bytes) }

    /// Writes `text` to `name` in the scratch folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String { try scratch.write(name, text) }

    /// Starts `hearsay ARGS` without waiting (``HearsayBinary/start(_:in:stdin:environment:shellPrefix:)``).
    public func start(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], shellPrefix: String? = nil
    ) throws -> HearsayBinary.Running {
        try HearsayBinary.start(
            arguments, in: folder, stdin: stdin, environment: environment, shellPrefix: shellPrefix)
    }

    /// Runs `hearsay ARGS` to the end.
    public func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], shellPrefix: String? = nil
    ) throws -> HearsayBinary.Outcome {
        try start(arguments, stdin: stdin, environment: environment, shellPrefix: shellPrefix).wait()
    }

    /// Removes the scratch folder now rather than when the runner is dropped.
    public func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }
}
