import HearsayText
import SQLiteLayer

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the bytes of a span of characters in UTF-8 text, counting characters as SQLite's
/// substr() does: a lead byte and the continuation bytes after it. For valid UTF-8 (all a Swift
/// String holds) these are the Unicode scalars quotes and claims are addressed by; a stray
/// continuation byte in text another program stored counts as one character, as in SQLite.
///
/// It remembers where the last span started, so the spans of one article, asked for in text
/// order, cost one walk over the article in all; one a little out of order walks on from the
/// nearest mark left every 256 characters (no table of every offset is built).
struct CharacterCursor {
    private var character = 0
    private var byte = 0
    /// Positions passed, at least ``markSpacing`` characters apart, in text order: a span that
    /// starts before the last one walks on from the nearest of them, not from the start of the
    /// text, so spans slightly out of order (the claims of one sentence) keep the walk linear.
    /// 256 characters apart, a claim that starts before the previous one (one row in 16 of a
    /// claims export) walks back at most a sentence or two; 4,096 apart, most articles held no
    /// mark and each such claim walked from the start of its article.
    private var marks: [Mark] = []
    private static let markSpacing = 256

    private struct Mark {
        var character: Int
        var byte: Int
    }
    /// The last span asked for and its bytes: an export asks for each row's span up to three
    /// times (its words, its paragraph, its occurrence group).
    private var last: (start: Int, end: Int, bytes: Range<Int>)?

    /// The bytes of characters `start..<end` of `bytes`, clamped to the text as substr() clamps
    /// a span that runs past the end (callers store no span with `start < 0` or `end < start`).
    mutating func byteRange(start: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        if let last, last.start == start, last.end == end, last.bytes.upperBound <= bytes.count { return last.bytes }
        let requested = (start, end)
        let start = max(start, 0)
        if byte > bytes.count { reset() }
        if start < character {
            let k = marks.partitioningIndex { $0.character > start }
            character = k > 0 ? marks[k - 1].character : 0
            byte = k > 0 ? marks[k - 1].byte : 0
        }
        let lower = Self.advance(from: byte, by: start - character, in: bytes)
        character = start
        byte = lower
        if character >= (marks.last?.character ?? 0) + Self.markSpacing {
            marks.append(Mark(character: character, byte: byte))
        }
        let range = lower..<Self.advance(from: lower, by: max(end, start) - start, in: bytes)
        last = (requested.0, requested.1, range)
        return range
    }

    /// Forgets the position, for another text.
    mutating func reset() {
        character = 0
        byte = 0
        marks.removeAll(keepingCapacity: true)
        last = nil
    }

    private static func advance(from offset: Int, by count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = offset
        var left = count
        guard let base = bytes.baseAddress else { return offset }
        let size = bytes.count
        let highs: UInt64 = 0x8080_8080_8080_8080
        while left > 0, offset < size {
            // Thirty-two ASCII bytes a step where they are: each is one character.
            while left >= 32, offset + 32 <= size {
                let raw = UnsafeRawPointer(base + offset)
                let any =
                    raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if any & highs != 0 { break }
                offset += 32
                left -= 32
            }
            if left == 0 || offset >= size { break }
            if offset + 8 < size {
                // Eight bytes holding non-ASCII characters counted at once (one in twenty words of
                // news text: curly quotes, dashes, accents): a character is a byte that does not
                // continue one. Only when every continuation byte follows a byte of a character
                // (no stray one, which counts alone) and the next byte starts a character, so the
                // count is exactly the walk's below.
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                let continuing = word & highs & ~(word << 1)
                if continuing & ~(word << 8) == 0, base[offset + 8] & 0xC0 != 0x80 {
                    let characters = 8 - continuing.nonzeroBitCount
                    if characters <= left {
                        offset += 8
                        left -= characters
                        continue
                    }
                }
            }
            let lead = base[offset]
            offset += 1
            if lead >= 0xC0 {
                while offset < size, base[offset] & 0xC0 == 0x80 { offset += 1 }
            }
            left -= 1
        }
        return offset
    }

    /// True when `text` is exactly characters `start..<end` of `article`, so storing the
    /// offsets is enough to give it back (in Swift here and with substr() in SQL).
    mutating func isSpan(_ text: String, start: Int, end: Int, of article: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start >= 0, start <= end else { return false }
        let range = byteRange(start: start, end: end, in: article)
        return text.utf8.elementsEqual(UnsafeBufferPointer(rebasing: article[range]))
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
/// Rows come grouped by article (quotes and claims are stored article by article, in text
/// order), so the last article's text is kept and its spans are found in one walk over it, not a
/// walk from the start of the article for every row as SQLite's substr() would.
final class ArticleTexts {
    private let lookup: Statement
    // Read for every span of every exported row, by one thread (the class is not Sendable):
    // checking each access at run time was 8% of a real-article export (issue 14).
    @exclusivity(unchecked) private var articleID: Int64?
    /// The current article's text, in a buffer reused from one article to the next.
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    @exclusivity(unchecked) private var cursor = CharacterCursor()

    private let db: Database
    private var oddSpan: Statement?
    /// The columns of records built from the same rows, kept while they repeat.
    let strings = RepeatedStrings()

    init(db: Database) throws {
        self.db = db
        lookup = try db.prepare(sql: "SELECT text FROM articles WHERE id = ?")
    }

    /// Calls `body` with the bytes of the row's text: `stored` when the row holds it, else the
    /// article's characters `start..<end`.
    func withText<T>(
        stored: UnsafeBufferPointer<UInt8>?, article: Int64, start: Int, end: Int,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> T
    ) throws -> T {
        if let stored { return try body(stored) }
        if start < 0 || end < start { return try withOddSpan(article: article, start: start, end: end, body) }
        try load(article)
        return try bytes.withUnsafeBufferPointer { text in
            let range = cursor.byteRange(start: start, end: end, in: text)
            return try body(UnsafeBufferPointer(rebasing: text[range]))
        }
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
    /// reading the article only when it is not the previous row's.
    func withText<T>(_ row: Statement, _ span: SpanColumns, _ body: (UnsafeBufferPointer<UInt8>) throws -> T)
        throws -> T
    {
        try withText(
            stored: row.utf8(at: span.text), article: row.int64(at: span.article),
            start: Int(row.int64(at: span.start)), end: Int(row.int64(at: span.end)), body)
    }

    /// Calls `body` with the bytes of the paragraph around the row's span: the article's text
    /// from the line break before the span to the line break after it (empty for an odd span).
    func withContext<T>(_ row: Statement, _ span: SpanColumns, _ body: (UnsafeBufferPointer<UInt8>) throws -> T)
        throws -> T
    {
        try withContext(
            article: row.int64(at: span.article), start: Int(row.int64(at: span.start)),
            end: Int(row.int64(at: span.end)), body)
    }

    /// ``withContext(_:_:_:)`` of a span already read from its row.
    func withContext<T>(article: Int64, start: Int, end: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T)
        throws -> T
    {
        guard start >= 0, end >= start else { return try [UInt8]().withUnsafeBufferPointer(body) }
        try load(article)
        return try bytes.withUnsafeBufferPointer { text in
            let range = cursor.byteRange(start: start, end: end, in: text)
            guard let base = text.baseAddress else { return try body(text) }
            let lower = Self.lineStart(before: range.lowerBound, in: base)
            var upper = text.count
            if range.upperBound < text.count,
                let newline = memchr(base + range.upperBound, 0x0A, text.count - range.upperBound)
            {
                upper = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            }
            return try body(UnsafeBufferPointer(rebasing: text[lower..<upper]))
        }
    }

    /// Where the line holding byte `offset` begins: just after the last line feed before it.
    /// Eight bytes are checked a step, as `memchr` does forwards.
    private static func lineStart(before offset: Int, in base: UnsafePointer<UInt8>) -> Int {
        var offset = offset
        while offset >= 8 {
            let word = UnsafeRawPointer(base + offset - 8).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            // Nonzero when some byte of `word` is zero, that is, a line feed.
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
            offset -= 8
        }
        while offset > 0, base[offset - 1] != 0x0A { offset -= 1 }
        return offset
    }

    /// A negative or reversed span (no writer stores one without its words, but a database
    /// migrated from schema 3 might hold one): read with substr() itself, whose rules for them
    /// the cursor does not follow.
    private func withOddSpan<T>(
        article: Int64, start: Int, end: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T
    ) throws -> T {
        let statement =
            try oddSpan ?? db.prepare(sql: "SELECT substr(text, ?2 + 1, ?3 - ?2) FROM articles WHERE id = ?1")
        oddSpan = statement
        try statement.bind(article, at: 1)
        try statement.bind(start, at: 2)
        try statement.bind(end, at: 3)
        defer { statement.reset() }
        let bytes = try statement.step() ? statement.utf8(at: 0).map(Array.init) ?? [] : []
        return try bytes.withUnsafeBufferPointer { try body($0) }
    }

    /// Takes `text` as article `id`'s, read by a caller that looked the article up anyway
    /// (``ExportJoins``), so the next span of that article needs no look-up of its own.
    func adopt(_ id: Int64, text: UnsafeBufferPointer<UInt8>?) {
        if articleID == id { return }
        bytes.removeAll(keepingCapacity: true)
        if let text { bytes.append(contentsOf: text) }
        cursor.reset()
        articleID = id
    }

    private func load(_ id: Int64) throws {
        if articleID == id { return }
        try lookup.bind(id, at: 1)
        defer { lookup.reset() }
        bytes.removeAll(keepingCapacity: true)
        if try lookup.step(), let text = lookup.utf8(at: 0) { bytes.append(contentsOf: text) }
        cursor.reset()
        articleID = id
    }
}
