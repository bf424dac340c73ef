import Foundation

/// Bytes collected in memory and written to a file descriptor in 64 KB blocks.
///
/// Exports write every row through one of these rather than `print`, which flushes and
/// allocates per call (issue 6 asks for 500,000 rows a second).
public final class OutputBuffer {
    private var bytes: [UInt8] = []
    private let handle: FileHandle
    private let closeWhenDone: Bool
    private let capacity = 1 << 16

    /// Writes to standard output.
    public convenience init() {
        self.init(handle: FileHandle.standardOutput, closeWhenDone: false)
    }

    /// Creates (or truncates) the file at `path` and writes to it.
    public convenience init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw StoreError(
                .database, "cannot create the output file (check the folder exists and is writable)", path: path)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw StoreError(.database, "cannot write the output file", path: path)
        }
        self.init(handle: handle, closeWhenDone: true)
    }

    /// Writes to an open file handle.
    public init(handle: FileHandle, closeWhenDone: Bool) {
        self.handle = handle
        self.closeWhenDone = closeWhenDone
        bytes.reserveCapacity(capacity + 4096)
    }

    deinit {
        try? flush()
        if closeWhenDone { try? handle.close() }
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

    /// Writes out what is buffered.
    public func flush() throws {
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try handle.write(contentsOf: Data($0)) }
        bytes.removeAll(keepingCapacity: true)
    }
}
