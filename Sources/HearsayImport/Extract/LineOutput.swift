import HearsayStore

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Where ``Extractor`` writes its lines: a file descriptor, written with no buffer of its own so
/// each line leaves as soon as it is done (a Spark `pipe` or Hadoop Streaming reads it line by line).
public final class LineOutput {
    private let fd: Int32
    /// The file behind `--output`, which owns the descriptor; nil for standard output.
    private let file: OutputFile?

    /// Standard output.
    public static func standardOutput() -> LineOutput { LineOutput(fd: 1, file: nil) }

    /// The file at `path`, written as ``OutputFile`` writes (a special file written into; a regular
    /// file put in place whole by ``finish()``, so a failed or killed run leaves the old one).
    public static func file(_ path: String) throws(LineOutputError) -> LineOutput {
        do {
            let file = try OutputFile(path: path)
            return LineOutput(fd: file.descriptor, file: file)
        } catch {
            throw LineOutputError(path: path, message: (error as? OutputError)?.reason ?? "\(error)")
        }
    }

    private init(fd: Int32, file: OutputFile?) {
        self.fd = fd
        self.file = file
    }

    /// Puts a regular output file in place once every line is written (``Extractor`` does at the end
    /// of a run that succeeded); nothing for standard output.
    public func finish() throws {
        try file?.commit()
    }

    /// Writes `line` and a line break in one go, retrying short writes.
    public func write(line: [UInt8]) throws(LineOutputError) {
        var bytes = line
        bytes.append(UInt8(ascii: "\n"))
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                systemWrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw LineOutputError(path: fd == 1 ? "<stdout>" : "output", message: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

/// A line could not be written (a full disk, a closed pipe).
public struct LineOutputError: Error, Sendable, CustomStringConvertible {
    /// The output at fault.
    public var path: String
    /// The system's reason.
    public var message: String

    /// `cannot write PATH: MESSAGE`.
    public var description: String { "cannot write \(path): \(message)" }
}
