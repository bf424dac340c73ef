import SQLiteLayer

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes a `String` of a result column only when its bytes differ from the previous row's.
///
/// Rows come article by article, so the article's key, title, outlet, date and address, and
/// often the speaker, repeat from row to row; a record built from each row shares the previous
/// row's strings instead of allocating them again (a single day's 900 quotes: 4,500 fewer
/// strings).
final class RepeatedStrings {
    // Read for every column of every listed row, by one thread: no run-time exclusivity check (issue 14).
    @exclusivity(unchecked) private var last: [(bytes: [UInt8], string: String)?] = []

    /// The column at `index` as text, nil for NULL.
    func string(_ row: Statement, at index: Int32) -> String? {
        string(row.utf8(at: index), slot: Int(index))
    }

    /// `bytes` as text, nil for nil, shared with the last call for the same `slot` when equal.
    func string(_ bytes: UnsafeBufferPointer<UInt8>?, slot: Int) -> String? {
        guard let bytes else { return nil }
        if slot >= last.count { last += Array(repeating: nil, count: slot + 1 - last.count) }
        if let kept = last[slot], kept.bytes.count == bytes.count,
            kept.bytes.withUnsafeBufferPointer({ Self.same($0, bytes) })
        {
            return kept.string
        }
        let string = String(decoding: bytes, as: UTF8.self)
        last[slot] = (Array(bytes), string)
        return string
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let left = a.baseAddress, let right = b.baseAddress else { return a.count == b.count }
        return memcmp(left, right, a.count) == 0
    }
}
