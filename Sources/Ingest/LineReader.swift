#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a byte source into lines with a bounded buffer, so a 1 GB file or a 50 MB single line
/// never sits in memory whole.
struct LineReader {
    /// One line, or the fact that it was longer than the limit (its bytes were skipped).
    enum Line {
        /// The line's bytes, without the line break (and without a `\r` before it).
        case bytes([UInt8])
        /// The line held more than the limit; `length` counts its bytes.
        case tooLong(length: Int)
    }

    private let source: ByteSource
    private let maxLineBytes: Int
    private let chunkBytes: Int
    private var chunk: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The one-based number of the line last returned.
    private(set) var lineNumber = 0

    init(source: ByteSource, maxLineBytes: Int, chunkBytes: Int) {
        self.source = source
        self.maxLineBytes = maxLineBytes
        self.chunkBytes = chunkBytes
    }

    /// Seeds the reader with bytes already taken from the source (a peek).
    mutating func prepend(_ bytes: [UInt8]) {
        chunk = bytes + chunk[position...]
        position = 0
    }

    /// The next line, or nil at the end of the input.
    mutating func next() throws(OSFailure) -> (number: Int, line: Line)? {
        var line: [UInt8] = []
        var length = 0
        var tooLong = false
        while true {
            if position >= chunk.count {
                if finished { break }
                chunk.removeAll(keepingCapacity: true)
                position = 0
                if try source.read(into: &chunk, upTo: chunkBytes) == 0 {
                    finished = true
                    break
                }
            }
            let end = newlineIndex(from: position)
            let stop = end ?? chunk.count
            let count = stop - position
            length += count
            if !tooLong {
                if length > maxLineBytes {
                    tooLong = true
                    line = []
                } else {
                    line.append(contentsOf: chunk[position..<stop])
                }
            }
            if let end {
                position = end + 1
                lineNumber += 1
                return (lineNumber, finish(line, length: length, tooLong: tooLong))
            }
            position = chunk.count
        }
        if length == 0 && line.isEmpty && !tooLong { return nil }
        lineNumber += 1
        return (lineNumber, finish(line, length: length, tooLong: tooLong))
    }

    private func finish(_ line: [UInt8], length: Int, tooLong: Bool) -> Line {
        if tooLong { return .tooLong(length: length) }
        if line.last == UInt8(ascii: "\r") { return .bytes(Array(line.dropLast())) }
        return .bytes(line)
    }

    private func newlineIndex(from start: Int) -> Int? {
        chunk.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, start < buffer.count else { return nil }
            guard let hit = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }
}
