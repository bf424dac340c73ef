import Foundation

/// The lines of one file of extract records: read in bounded chunks, decompressed through
/// `gzip -dc` when the name ends in `.gz` (the format Spark and Hadoop write).
final class RecordSource {
    /// The path shown in messages.
    let path: String
    private let handle: FileHandle
    private let process: Process?
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The one-based number of the line last returned.
    private(set) var lineNumber = 0

    /// Opens `path` (`-` for standard input).
    init(path: String) throws(ExtractedInputError) {
        self.path = path == "-" ? "<stdin>" : path
        let file: FileHandle
        if path == "-" {
            file = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw ExtractedInputError(path: path, line: nil, message: "cannot open")
            }
            file = opened
        }
        guard path.hasSuffix(".gz") else {
            handle = file
            process = nil
            return
        }
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-dc"]
        gzip.standardInput = file
        let pipe = Pipe()
        gzip.standardOutput = pipe
        do {
            try gzip.run()
        } catch {
            throw ExtractedInputError(path: path, line: nil, message: "cannot run gzip -dc: \(error)")
        }
        handle = pipe.fileHandleForReading
        process = gzip
    }

    /// The next line without its line break, nil at the end; throws when `gzip` reports a damaged file.
    func next() throws(ExtractedInputError) -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position >= buffer.count {
                if finished { break }
                let chunk = handle.readData(ofLength: 1 << 20)
                if chunk.isEmpty {
                    finished = true
                    try checkDecompression()
                    break
                }
                buffer = Array(chunk)
                position = 0
            }
            if let end = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: buffer[position..<end])
                position = end + 1
                lineNumber += 1
                return Self.trimmed(line)
            }
            line.append(contentsOf: buffer[position...])
            position = buffer.count
        }
        guard !line.isEmpty else { return nil }
        lineNumber += 1
        return Self.trimmed(line)
    }

    private func checkDecompression() throws(ExtractedInputError) {
        guard let process else { return }
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw ExtractedInputError(
                path: path, line: nil, message: "gzip -dc failed (status \(process.terminationStatus))")
        }
    }

    private static func trimmed(_ line: [UInt8]) -> [UInt8] {
        line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line
    }
}

/// An input of `import --extracted` that could not be read, or a record in it that is not a
/// usable extract record.
public struct ExtractedInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file at fault.
    public var path: String
    /// The one-based line, when one line is at fault.
    public var line: Int?
    /// What was wrong.
    public var message: String

    /// `path:line: message`.
    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
