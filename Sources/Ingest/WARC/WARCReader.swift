/// Reads WARC 1.0 and 1.1 records one at a time from a byte source with a bounded buffer.
///
/// A record whose `Content-Length` lies (the record end is not where it says) is reported and the
/// reader finds the next `WARC/1.` header line; a record over the size limit is skipped without
/// being held whole; a file that ends inside a record reports that record as truncated.
final class WARCReader {
    private let source: ByteSource
    private let maxBlockBytes: Int
    private let chunkBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var count = 0

    /// A reader of `source`; blocks over `maxBlockBytes` are skipped with a problem.
    init(source: ByteSource, maxBlockBytes: Int, chunkBytes: Int) {
        self.source = source
        self.maxBlockBytes = maxBlockBytes
        self.chunkBytes = chunkBytes
    }

    /// The next record or problem; nil at the end of the file.
    func next() throws(OSFailure) -> WARCItem? {
        while true {
            switch try step() {
            case .end: return nil
            case .skipped: continue
            case .item(let item): return item
            }
        }
    }

    private enum Step {
        case end
        case skipped
        case item(WARCItem)
    }

    private func step() throws(OSFailure) -> Step {
        // Records are separated by blank lines.
        while true {
            guard try fill(1) else { return .end }
            let byte = buffer[position]
            if byte == 0x0D || byte == 0x0A || byte == 0x20 || byte == 0x09 {
                position += 1
            } else {
                break
            }
        }
        count += 1
        let number = count
        guard let version = try line(), version.starts(with: Array("WARC/1.".utf8)) else {
            let skipped = try resync()
            return .item(
                .problem(
                    record: number, uri: nil,
                    reason: "not a WARC record header (skipped \(skipped) bytes to the next record)"))
        }
        var fields: [String: String] = [:]
        while true {
            guard let header = try line() else {
                return .item(
                    .problem(record: number, uri: fields["warc-target-uri"], reason: "truncated record header"))
            }
            if header.isEmpty { break }
            guard let colon = header.firstIndex(of: 0x3A) else { continue }
            let name = HTMLTree.lowercased(String(decoding: header[..<colon], as: UTF8.self))
            let value = Whitespace.trim(String(decoding: header[(colon + 1)...], as: UTF8.self))
            if fields[name] == nil { fields[name] = value }
        }
        let uri = fields["warc-target-uri"]
        guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
            let skipped = try resync()
            return .item(
                .problem(
                    record: number, uri: uri,
                    reason: "no valid Content-Length (skipped \(skipped) bytes to the next record)"))
        }
        let wanted = HTMLTree.lowercased(fields["warc-type"] ?? "") == "response"
        if length > maxBlockBytes || !wanted {
            // Not held in memory: stepped over chunk by chunk.
            let skipped = try skip(length)
            if skipped < length {
                return wanted
                    ? .item(.problem(record: number, uri: uri, reason: "truncated (the file ends inside the record)"))
                    : .end
            }
            if let problem = try checkRecordEnd(number: number, uri: uri, length: length) { return .item(problem) }
            if wanted {
                return .item(
                    .problem(
                        record: number, uri: uri,
                        reason: "record is \(ReaderLimits.describe(bytes: length)), over the "
                            + "\(ReaderLimits.describe(bytes: maxBlockBytes)) page limit"))
            }
            return .skipped
        }
        guard try fill(length) else {
            let have = buffer.count - position
            position = buffer.count
            return .item(
                .problem(
                    record: number, uri: uri,
                    reason: "truncated: Content-Length says \(length) bytes but only \(have) are left in the file"))
        }
        let start = position
        let block = Array(buffer[start..<(start + length)])
        position += length
        if let problem = try checkRecordEnd(number: number, uri: uri, length: length, blockStart: start) {
            return .item(problem)
        }
        compact()
        return .item(.record(WARCRecord(number: number, fields: fields, block: block)))
    }

    /// Checks the `\r\n\r\n` after a block; on a mismatch the length lied: reports it and moves to the
    /// next record header (inside the block when the length was too long).
    private func checkRecordEnd(
        number: Int, uri: String?, length: Int, blockStart: Int? = nil
    ) throws(OSFailure) -> WARCItem? {
        _ = try fill(4)
        let end = buffer[position..<min(buffer.count, position + 4)]
        if end.elementsEqual([0x0D, 0x0A, 0x0D, 0x0A]) || end.isEmpty { return nil }
        // Some writers end records with bare newlines.
        if end.starts(with: [0x0A, 0x0A]) || end.starts(with: [0x0D, 0x0A]) && end.count < 4 { return nil }
        if let blockStart { position = blockStart + 1 }
        let skipped = try resync()
        return .problem(
            record: number, uri: uri,
            reason: "Content-Length \(length) does not match the record (no record end there); "
                + "skipped to the next record after \(skipped) bytes")
    }

    /// Moves to the next line that starts with `WARC/1.`; returns how many bytes were passed over.
    private func resync() throws(OSFailure) -> Int {
        let marker = Array("\nWARC/1.".utf8)
        var passed = 0
        while true {
            _ = try fill(marker.count)
            var i = position
            while i + marker.count <= buffer.count {
                if buffer[i] == 0x0A && buffer[i + 1] == 0x57 && buffer[i..<(i + marker.count)].elementsEqual(marker) {
                    passed += i + 1 - position
                    position = i + 1
                    return passed
                }
                i += 1
            }
            let keep = max(position, buffer.count - marker.count)
            passed += keep - position
            position = keep
            compact()
            if atEnd && buffer.count - position < marker.count {
                passed += buffer.count - position
                position = buffer.count
                return passed
            }
            if try !fill(buffer.count - position + 1) {
                passed += buffer.count - position
                position = buffer.count
                return passed
            }
        }
    }

    /// The next line without its line break; nil at the end of the file. Lines over 64 KB are cut.
    private func line() throws(OSFailure) -> ArraySlice<UInt8>? {
        // Counted from the position: filling may move the buffer's contents.
        var scanned = 0
        while true {
            if let newline = buffer[(position + scanned)...].firstIndex(of: 0x0A) {
                var end = newline
                if end > position && buffer[end - 1] == 0x0D { end -= 1 }
                let text = buffer[position..<end]
                position = newline + 1
                return text
            }
            scanned = buffer.count - position
            let more = scanned <= 65536 ? try fill(scanned + 1) : false
            if !more {
                if position >= buffer.count { return nil }
                let text = buffer[position..<buffer.count]
                position = buffer.count
                return text
            }
        }
    }

    /// Makes at least `n` bytes available after the position; false if the file ends first.
    private func fill(_ n: Int) throws(OSFailure) -> Bool {
        while buffer.count - position < n {
            if atEnd { return false }
            if position > 0 && position == buffer.count {
                buffer.removeAll(keepingCapacity: true)
                position = 0
            }
            let got = try source.read(into: &buffer, upTo: max(chunkBytes, n - (buffer.count - position)))
            if got == 0 {
                atEnd = true
                return false
            }
        }
        return true
    }

    /// Passes over `n` bytes without keeping them; returns how many there were.
    private func skip(_ n: Int) throws(OSFailure) -> Int {
        var left = n
        while left > 0 {
            let have = buffer.count - position
            if have == 0 {
                buffer.removeAll(keepingCapacity: true)
                position = 0
                if try !fill(1) { break }
                continue
            }
            let take = min(have, left)
            position += take
            left -= take
        }
        compact()
        return n - left
    }

    private func compact() {
        if position > 4 * chunkBytes || (position > 0 && position == buffer.count) {
            buffer.removeFirst(position)
            position = 0
        }
    }
}
