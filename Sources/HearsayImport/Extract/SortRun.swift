import Foundation

/// A sorted run of ``SortEntry`` spilled to a temporary file, written once and read back in order.
///
/// Each entry is four lengths-prefixed fields (key, line, file, line number), little-endian.
final class SortRun {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false

    /// Writes `entries` (already sorted) to a new file at `path` and opens it for reading.
    init(path: String, entries: [SortEntry]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw ExtractedInputError(path: path, line: nil, message: "cannot create a sort file")
        }
        let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var out: [UInt8] = []
        for entry in entries {
            Self.append(UInt64(entry.key.count), to: &out)
            out += entry.key
            Self.append(UInt64(entry.line.count), to: &out)
            out += entry.line
            Self.append(UInt64(entry.file), to: &out)
            Self.append(UInt64(entry.lineNumber), to: &out)
            if out.count >= 1 << 22 {
                try writer.write(contentsOf: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try writer.write(contentsOf: out)
        try writer.close()
        handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        // Unlinked now: the open handle keeps the data, and nothing is left behind on a crash.
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The next entry, nil at the end.
    func next() throws -> SortEntry? {
        guard try fill(8) else { return nil }
        let keyLength = Int(takeWord())
        let key = try take(keyLength)
        let line = try take(Int(try word()))
        let file = Int(try word())
        let lineNumber = Int(try word())
        return SortEntry(key: key, line: line, file: file, lineNumber: lineNumber)
    }

    private static func append(_ value: UInt64, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    private func word() throws -> UInt64 {
        guard try fill(8) else { throw truncated() }
        return takeWord()
    }

    private func takeWord() -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(buffer[position + index]) << UInt64(8 * index) }
        position += 8
        return value
    }

    private func take(_ count: Int) throws -> [UInt8] {
        guard try fill(count) else { throw truncated() }
        defer { position += count }
        return Array(buffer[position..<(position + count)])
    }

    /// Makes at least `count` bytes available; false when the file ends first.
    private func fill(_ count: Int) throws -> Bool {
        while buffer.count - position < count {
            if finished { return false }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            let chunk = try handle.read(upToCount: max(1 << 20, count)) ?? Data()
            if chunk.isEmpty { finished = true } else { buffer += chunk }
        }
        return true
    }

    private func truncated() -> ExtractedInputError {
        ExtractedInputError(path: "sort file", line: nil, message: "ends in the middle of a record")
    }
}
