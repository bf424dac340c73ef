import Foundation
import TestSupport

/// Runs the built binary on a pseudo-terminal of a given size with util-linux `script`, so it
/// sees a terminal on standard output; nil when `script` is not installed.
enum PseudoTerminal {
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Where the binary's standard input comes from: the terminal, a file, or a pipe from `cat FILE`.
    enum Input {
        case terminal
        case file(String)
        case pipe(String)
    }

    /// What the terminal showed (line ends as `\n`), with `environment` set and `HEARSAY_DB` the runner's database.
    static func run(
        _ arguments: [String], in cli: HearsayRunner, rows: Int = 10, columns: Int = 90,
        environment: [String: String] = [:], input: Input = .terminal
    ) throws -> String? {
        guard let script, let binary = HearsayRunner.binary else { return nil }
        func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        var command = ([binary] + arguments).map(quote).joined(separator: " ")
        switch input {
        case .terminal: command = "exec " + command
        case .file(let name): command = "exec \(command) < \(quote(name))"
        case .pipe(let name): command = "cat \(quote(name)) | \(command)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", "stty rows \(rows) cols \(columns); \(command)", "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: cli.folder)
        var variables = ProcessInfo.processInfo.environment
        variables["HEARSAY_DB"] = cli.path("hearsay.db")
        variables.removeValue(forKey: "COLUMNS")
        variables.removeValue(forKey: "LINES")
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}
