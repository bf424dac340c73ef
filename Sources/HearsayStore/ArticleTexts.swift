import SQLiteLayer

/// A text's UTF-8 bytes, addressed by Unicode-scalar offsets (the offsets quotes and claims use).
struct ScalarIndexedText {
    /// The text as stored.
    let bytes: [UInt8]
    /// The byte offset of each scalar, then the byte count; empty when the text is ASCII, where
    /// scalar and byte offsets are the same.
    private let starts: [Int32]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts: [Int32] = []
        if bytes.contains(where: { $0 >= 0x80 }) {
            starts.reserveCapacity(bytes.count + 1)
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                starts.append(Int32(offset))
            }
            starts.append(Int32(bytes.count))
        }
        self.starts = starts
    }

    /// The number of scalars.
    var scalarCount: Int { starts.isEmpty ? bytes.count : starts.count - 1 }

    /// The bytes of scalars `start..<end`, clamped to the text as SQLite's substr() clamps.
    func byteRange(start: Int, end: Int) -> Range<Int> {
        let count = scalarCount
        let lower = min(max(start, 0), count)
        let upper = min(max(end, lower), count)
        if starts.isEmpty { return lower..<upper }
        return Int(starts[lower])..<Int(starts[upper])
    }

    /// True when `text` is exactly scalars `start..<end` of this text, so storing the offsets
    /// is enough to give it back.
    func isSpan(_ text: String, start: Int, end: Int) -> Bool {
        guard start >= 0, start <= end, end <= scalarCount else { return false }
        let range = byteRange(start: start, end: end)
        return text.utf8.elementsEqual(bytes[range])
    }
}

/// Where a result row holds a quote's or claim's stored text (NULL when derived), its article id
/// and its scalar offsets.
struct SpanColumns {
    var text: Int32
    var article: Int32
    var start: Int32
    var end: Int32
}

/// Gives quotes and claims their words when the database stores only their offsets (schema 4:
/// `text` is NULL when it is the article's text from `start` to `end`).
///
/// Rows come grouped by article (quotes and claims are stored article by article), so the last
/// article's text is kept and each span costs a slice, not a walk from the start of the article
/// as SQLite's substr() would.
final class ArticleTexts {
    private let lookup: Statement
    private var articleID: Int64?
    private var text = ScalarIndexedText([])

    init(db: Database) throws {
        lookup = try db.prepare(sql: "SELECT text FROM articles WHERE id = ?")
    }

    /// Calls `body` with the bytes of the row's text: `stored` when the row holds it, else the
    /// article's scalars `start..<end`.
    func withText<T>(
        stored: UnsafeBufferPointer<UInt8>?, article: Int64, start: Int, end: Int,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> T
    ) throws -> T {
        if let stored { return try body(stored) }
        try load(article)
        let range = text.byteRange(start: start, end: end)
        return try text.bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The row's text as a `String`.
    func string(stored: String?, article: Int64, start: Int, end: Int) throws -> String {
        if let stored { return stored }
        return try withText(stored: nil, article: article, start: start, end: end) {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// The text of a result row whose columns `span` names.
    func string(_ row: Statement, _ span: SpanColumns) throws -> String {
        try string(
            stored: row.string(at: span.text), article: row.int64(at: span.article),
            start: Int(row.int64(at: span.start)), end: Int(row.int64(at: span.end)))
    }

    /// Calls `body` with the bytes of the text of a result row whose columns `span` names,
    /// copying nothing when the article is the previous row's.
    func withText<T>(_ row: Statement, _ span: SpanColumns, _ body: (UnsafeBufferPointer<UInt8>) throws -> T)
        throws -> T
    {
        try withText(
            stored: row.utf8(at: span.text), article: row.int64(at: span.article),
            start: Int(row.int64(at: span.start)), end: Int(row.int64(at: span.end)), body)
    }

    private func load(_ id: Int64) throws {
        if articleID == id { return }
        try lookup.bind(id, at: 1)
        defer { lookup.reset() }
        let bytes = try lookup.step() ? lookup.utf8(at: 0).map(Array.init) ?? [] : []
        text = ScalarIndexedText(bytes)
        articleID = id
    }
}
