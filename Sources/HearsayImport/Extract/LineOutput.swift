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
    private let ownsDescriptor: Bool

    /// Standard output.
    public static func standardOutput() -> LineOutput { LineOutput(fd: 1, ownsDescriptor: false) }

    /// Creates or truncates the file at `path`.
    public static func file(_ path: String) throws(LineOutputError) -> LineOutput {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw LineOutputError(path: path, message: String(cString: strerror(errno))) }
        return LineOutput(fd: fd, ownsDescriptor: true)
    }

    private init(fd: Int32, ownsDescriptor: Bool) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
    }

    deinit {
        if ownsDescriptor { _ = close(fd) }
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
