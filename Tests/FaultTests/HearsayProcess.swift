import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `hearsay` binary in a scratch folder, as a user (or a crawler's cron job) would.
struct HearsayProcess {
    /// What a run printed and how it ended.
    struct Outcome {
        var status: Int32
        var signalled: Bool
        var stdout: String
        var stderr: String
    }

    /// The binary next to the test bundle or in `.build/debug`; nil when it has not been built.
    static let binary: String? = {
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

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The scratch folder, removed by ``cleanUp()``.
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "hearsay-fault-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { folder + "/" + name }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let full = path(name)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    /// Starts `hearsay ARGS` (optionally under `sh -c PREFIX; exec ...` for limits) without waiting.
    func start(_ arguments: [String], shellPrefix: String? = nil) throws -> Running {
        guard let binary = Self.binary else { throw Missing() }
        let process = Process()
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shellPrefix + "; exec \"$0\" \"$@\"", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["HEARSAY_DB"] = path("hearsay.db")
        environment["COLUMNS"] = "100"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    /// Runs `hearsay ARGS` to the end.
    func run(_ arguments: [String], shellPrefix: String? = nil) throws -> Outcome {
        try start(arguments, shellPrefix: shellPrefix).wait()
    }

    /// A started process whose output is collected while it runs.
    final class Running: @unchecked Sendable {
        let process: Process
        private let err: Pipe
        private let out: Pipe
        private var errData = Data()
        private let errDone = DispatchSemaphore(value: 0)

        init(process: Process, out: Pipe, err: Pipe) {
            self.process = process
            self.out = out
            self.err = err
            DispatchQueue.global().async {
                self.errData = err.fileHandleForReading.readDataToEndOfFile()
                self.errDone.signal()
            }
        }

        func wait() -> Outcome {
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            errDone.wait()
            return Outcome(
                status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    struct Missing: Error {}

    /// Every article key in the database, sorted.
    func storedKeys(db: String = "hearsay.db") throws -> [String] {
        let out = try run(["export", "articles", "--format", "jsonl", "--db", path(db)])
        return out.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["article"] as? String
        }.sorted()
    }

    /// The stored text of one article.
    func storedText(_ key: String, db: String = "hearsay.db") throws -> String? {
        let out = try run(["export", "articles", "--format", "jsonl", "--db", path(db)])
        for line in out.stdout.split(separator: "\n") {
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                continue
            }
            if record["article"] as? String == key { return record["text"] as? String }
        }
        return nil
    }
}

/// A short invented news story, numbered so each copy is a distinct article.
func story(_ n: Int) -> String {
    """
    Ferry crews in Saltholm vote on new rota \(n)

    Ferry crews in Saltholm voted on Thursday on a new shift rota, the union said.

    "We want the same rules for every crossing," said deckhand Oriel Maszkowski. "Nobody should work a double shift twice in one week."

    The operator said it would publish the result of ballot number \(n) on Friday.
    """
}
