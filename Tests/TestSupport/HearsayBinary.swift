import Foundation
import Synchronization

/// The built `hearsay` binary, run as a user (or a crawler's cron job) would run it.
public enum HearsayBinary {
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle, or in `.build/debug`; nil when it has not been built.
    public static let path: String? = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: first).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("hearsay"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/hearsay"))
        return candidates.first { url in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }?.path
    }()

    /// Thrown when a test needs the binary and it has not been built.
    public struct Missing: Error {}

    /// What a run printed and how it ended.
    public struct Outcome: Sendable {
        /// The exit status, or the signal number when ``signalled``.
        public var status: Int32
        /// True when a signal ended the process.
        public var signalled: Bool
        /// Everything written to standard output.
        public var stdout: String
        /// Everything written to standard error.
        public var stderr: String
    }

    /// Starts `hearsay ARGS` in `folder` without waiting, with `HEARSAY_DB` pointing at
    /// `hearsay.db` there and 100 columns.
    ///
    /// - Parameters:
    ///   - stdin: written to standard input, which is then closed; nil gives an empty input.
    ///   - environment: variables set on top of this process's.
    ///   - shellPrefix: shell commands run first (`sh -c PREFIX; exec hearsay ARGS`), for limits.
    public static func start(
        _ arguments: [String], in folder: String, stdin: String? = nil, environment: [String: String] = [:],
        shellPrefix: String? = nil
    ) throws -> Running {
        guard let binary = path else { throw Missing() }
        let process = Process()
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shellPrefix + "; exec \"$0\" \"$@\"", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var variables = ProcessInfo.processInfo.environment
        variables["HEARSAY_DB"] = URL(fileURLWithPath: folder).appendingPathComponent("hearsay.db").path
        variables["COLUMNS"] = "100"
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        if let input, let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        return Running(process: process, out: out, err: err)
    }

    /// A started process whose output is collected while it runs.
    public final class Running: Sendable {
        /// The process.
        public let process: Process
        private let out: Pipe
        private let errors: ErrorOutput

        init(process: Process, out: Pipe, err: Pipe) {
            self.process = process
            self.out = out
            errors = ErrorOutput(err)
        }

        /// Waits for the process to end; returns what it printed.
        public func wait() -> Outcome {
            // Standard error is read on another thread meanwhile, so neither pipe fills up.
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Outcome(
                status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                stdout: String(decoding: outData, as: UTF8.self),
                stderr: String(decoding: errors.wait(), as: UTF8.self))
        }
    }

    /// Standard error, read to its end on a thread of its own.
    private final class ErrorOutput: Sendable {
        private let data = Mutex<Data>(Data())
        private let done = DispatchSemaphore(value: 0)

        init(_ pipe: Pipe) {
            DispatchQueue.global().async {
                let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
                self.data.withLock { $0 = bytes }
                self.done.signal()
            }
        }

        /// Everything written, once the pipe closed.
        func wait() -> Data {
            done.wait()
            return data.withLock { $0 }
        }
    }
}
