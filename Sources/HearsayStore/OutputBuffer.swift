import Extraction
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Bytes collected in memory and written to a file descriptor in 64 KB blocks.
///
/// Exports write every row through one of these rather than `print`, which flushes and
/// allocates per call (issue 6 asks for 500,000 rows a second).
public final class OutputBuffer {
    private var bytes: [UInt8] = []
    let descriptor: Int32
    /// The handle a descriptor came from, held so it is not closed under the buffer.
    private let handle: FileHandle?
    private let closeWhenDone: Bool
    private let capacity = 1 << 16
    /// The file named in messages ("standard output" for descriptor 1).
    public let name: String
    /// Write CSV cells as stored, without the apostrophe that stops a spreadsheet from running
    /// a cell beginning with `=`, `+`, `-`, `@`, tab or carriage return as a formula.
    public var rawCSV = false

    /// Writes to standard output.
    public convenience init() {
        self.init(descriptor: STDOUT_FILENO, name: "standard output", closeWhenDone: false)
    }

    /// Creates (or truncates) the file at `path` and writes straight into it; ``OutputFile`` is the
    /// safe way to replace a file that matters.
    public convenience init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        self.init(descriptor: descriptor, name: path, closeWhenDone: true)
    }

    /// Writes to an open file descriptor, named `name` in messages; closes it at the end when asked.
    public init(descriptor: Int32, name: String, closeWhenDone: Bool) {
        self.descriptor = descriptor
        self.name = name
        self.closeWhenDone = closeWhenDone
        handle = nil
        bytes.reserveCapacity(capacity + 4096)
    }

    /// Writes to an open file handle (kept alive as long as the buffer), closing it at the end when asked.
    public init(handle: FileHandle, closeWhenDone: Bool) {
        self.descriptor = handle.fileDescriptor
        self.name = "output"
        self.closeWhenDone = closeWhenDone
        self.handle = handle
        bytes.reserveCapacity(capacity + 4096)
    }

    deinit {
        try? flush()
        if closeWhenDone {
            if let handle { try? handle.close() } else { close(descriptor) }
        }
    }

    /// Appends raw bytes.
    @inline(__always)
    public func append(_ buffer: UnsafeBufferPointer<UInt8>) throws {
        bytes.append(contentsOf: buffer)
        if bytes.count >= capacity { try flush() }
    }

    /// Appends a block of bytes.
    public func append(_ block: [UInt8]) throws {
        try block.withUnsafeBufferPointer { try append($0) }
    }

    /// Appends one byte.
    @inline(__always)
    public func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends a string's UTF-8.
    public func append(_ string: String) throws {
        var string = string
        try string.withUTF8 { try append($0) }
    }

    /// Appends a static ASCII literal.
    @inline(__always)
    public func append(_ string: StaticString) throws {
        try append(UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    /// Writes out what is buffered; a failed write names the file and the system's reason.
    public func flush() throws {
        guard !bytes.isEmpty else { return }
        defer { bytes.removeAll(keepingCapacity: true) }
        try bytes.withUnsafeBufferPointer { try writeAll($0) }
    }

    /// Writes `buffer` to the descriptor, all of it; a failed write names the file and the reason.
    fileprivate func writeAll(_ buffer: UnsafeBufferPointer<UInt8>) throws {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: name, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

extension OutputBuffer {
    /// Writes what is buffered, then `block` straight from where it is, without copying it into
    /// the buffer: an export hands over its records in blocks of a few hundred KB.
    func writeThrough(_ block: UnsafeBufferPointer<UInt8>) throws {
        try flush()
        try writeAll(block)
    }

    /// Flushes and asks the system to put the bytes on disk (before a rename makes them the file).
    func synchronize() throws {
        try flush()
        if fsync(descriptor) != 0, errno != EINVAL {
            throw OutputError(path: name, reason: String(cString: strerror(errno)))
        }
    }
}

/// Writing an export failed: the file and the system's reason ("No space left on device").
public struct OutputError: Error, CustomStringConvertible, Sendable {
    /// The output file as given, or "standard output".
    public var path: String
    /// Why, in the system's words.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "out.csv: cannot write: No space left on device".
    public var description: String { "\(TerminalText.escaped(path)): cannot write: \(reason)" }
}
