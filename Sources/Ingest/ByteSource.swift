#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes read in bounded chunks from a file descriptor or from memory.
///
/// A reference type so line readers and peeks share one position.
final class ByteSource {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var memory: [UInt8]
    private var memoryOffset = 0
    private let fromMemory: Bool
    private let pull: ((inout [UInt8], Int) throws(OSFailure) -> Int)?

    /// Counts the bytes read from the descriptor, when set.
    private let meter: ReadMeter?

    /// Opens `path` for reading; nil with the system's reason when it cannot be opened. `meter`
    /// counts the bytes read.
    static func open(path: String, meter: ReadMeter? = nil) -> Result<ByteSource, OSFailure> {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(OSFailure(errno: errno)) }
        return .success(ByteSource(fd: fd, ownsDescriptor: true, meter: meter))
    }

    /// Standard input, left open when the source goes away; `meter` counts the bytes read.
    static func standardInput(meter: ReadMeter? = nil) -> ByteSource {
        ByteSource(fd: 0, ownsDescriptor: false, meter: meter)
    }

    /// Bytes already in memory.
    init(bytes: [UInt8]) {
        fd = -1
        ownsDescriptor = false
        memory = bytes
        fromMemory = true
        pull = nil
        meter = nil
    }

    /// Bytes made by `pull` (appends up to the count asked for, returns how many, 0 at the end):
    /// a decompressor, or bytes already peeked followed by the rest of another source.
    init(pull: @escaping (inout [UInt8], Int) throws(OSFailure) -> Int) {
        fd = -1
        ownsDescriptor = false
        memory = []
        fromMemory = false
        self.pull = pull
        meter = nil
    }

    private init(fd: Int32, ownsDescriptor: Bool, meter: ReadMeter?) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        memory = []
        fromMemory = false
        pull = nil
        self.meter = meter
    }

    deinit {
        if ownsDescriptor { _ = close(fd) }
    }

    /// The file's size in bytes when the source is a regular file, else nil.
    func regularFileSize() -> Int? {
        if fromMemory { return memory.count }
        if pull != nil { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Appends up to `count` bytes to `buffer`; returns how many were read, 0 at the end.
    func read(into buffer: inout [UInt8], upTo count: Int) throws(OSFailure) -> Int {
        if let pull { return try pull(&buffer, count) }
        if fromMemory {
            let n = min(count, memory.count - memoryOffset)
            if n > 0 {
                buffer.append(contentsOf: memory[memoryOffset..<(memoryOffset + n)])
                memoryOffset += n
            }
            return n
        }
        var got = 0
        var code: Int32 = 0
        // Read into scratch memory and copy once: growing the array first would zero-fill it for nothing.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { scratch in
            while true {
                got = Glibc.read(fd, scratch.baseAddress, count)
                if got < 0 && errno == EINTR { continue }
                break
            }
            if got < 0 {
                code = errno
            } else if got > 0 {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[0..<got]))
            }
        }
        if got < 0 { throw OSFailure(errno: code) }
        meter?.add(got)
        return got
    }

    /// Reads everything left, or stops once more than `limit` bytes were read.
    /// Returns the bytes and whether the limit was passed (then the bytes are the first `limit + 1`).
    func readAll(limit: Int, chunk: Int) throws(OSFailure) -> (bytes: [UInt8], overLimit: Bool) {
        var bytes: [UInt8] = []
        while bytes.count <= limit {
            let n = try read(into: &bytes, upTo: min(chunk, limit + 1 - bytes.count))
            if n == 0 { return (bytes, false) }
        }
        return (bytes, true)
    }
}

extension ByteSource {
    /// `head` (bytes already read from `rest`) followed by the rest of `rest`.
    static func joining(_ head: [UInt8], _ rest: ByteSource) -> ByteSource {
        var pending = head[...]
        return ByteSource(pull: { buffer, count throws(OSFailure) in
            if !pending.isEmpty {
                let n = min(count, pending.count)
                buffer.append(contentsOf: pending.prefix(n))
                pending = pending.dropFirst(n)
                return n
            }
            return try rest.read(into: &buffer, upTo: count)
        })
    }
}

/// A failed system call, described by the system's message.
struct OSFailure: Error, CustomStringConvertible {
    /// The `errno` value.
    var errno: Int32
    /// The system's message for `errno` ("No such file or directory").
    var description: String { String(cString: strerror(errno)) }
}
