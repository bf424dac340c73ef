import SQLiteLayer

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an export column's value comes from: a column of the result row, or a column
/// ``ExportJoins`` read for the row's article or speaker.
enum ExportSource {
    case row(Int32)
    case joined(ExportJoins.Field)
    /// A quote's `occurrences`, from ``OccurrenceCounts``.
    case occurrences
    /// A quote's `group`, from ``OccurrenceCounts``.
    case group
    /// A kind stored as its code in the row's column: `names[0]` for 0, `names[1]` for 1, else `names[2]`.
    case kindCode(Int32, names: [String])
}

/// Where a quote export's `occurrences` and `group` are worked out from: the counts, the export
/// columns of the speaker's name and id, and the row's column holding `words_key`.
struct OccurrenceSource {
    var counts: OccurrenceCounts
    var speaker: Int
    var speakerID: Int
    var wordsKey: Int32
}

/// Writes result rows as CSV or JSON lines straight from SQLite's column buffers into a byte
/// array, without making a `String` per field.
///
/// The caller owns the array (a local variable, so Swift checks exclusive access at compile time
/// rather than on every byte) and hands it to an ``OutputBuffer`` when it grows large.
struct RecordWriter {
    let columns: [(name: String, type: ExportColumnType)]
    let format: ExportFormat
    /// Put an apostrophe before a CSV cell a spreadsheet would run as a formula.
    let neutralisesFormulas: Bool
    /// `{"article":` then `,"title":` … precomputed for JSON lines.
    private let keys: [[UInt8]]
    /// Where `.span` columns find their article and offsets, and the article texts they read.
    private let span: (columns: SpanColumns, texts: ArticleTexts)?
    private let figureKeys = CompactJSON.prefixes(CompactJSON.figureKeys)
    private let dateKeys = CompactJSON.prefixes(CompactJSON.dateKeys)
    /// Where each column's value is: the row's column of the same index unless `joins` is given.
    private let sources: [ExportSource]
    private let joins: ExportJoins?
    private let occurrences: OccurrenceSource?
    /// What each column writes in CSV, worked out once: a row of real quotes has twenty fields,
    /// and reading each column's name, type and source again for every field cost a retain and
    /// release of the name and two switches.
    private let csvFields: [CSVField]
    /// Each column's type, read for every field of JSON lines without touching its name.
    private let types: [ExportColumnType]

    /// One CSV field's source, resolved from its column's type and ``ExportSource``.
    private enum CSVField {
        /// Text (or JSON held as text) from the row's column.
        case rowText(Int32)
        /// Text from ``ExportJoins``.
        case joinedText(ExportJoins.Field)
        /// A number from the row's column.
        case number(Int32)
        case occurrences
        case group
        /// The row's words (``ArticleTexts/withText(_:_:_:)``).
        case span
        /// The row's paragraph (``ArticleTexts/withContext(_:_:_:)``).
        case context
        /// A kind's name from the code in the row's column (``StoredCodes/kindNameIndex(_:)``).
        case kindCode(Int32, [[UInt8]])
        /// Figures or dates from the row's column, expanded with `prefixes`.
        case compactJSON(Int32, figures: Bool)
        /// Always empty.
        case empty
    }

    /// A writer of `columns`; `sources` says where each column is found (by default the row's
    /// column of the same index), `joins` supplies the `.joined` ones and `occurrences` the
    /// `.occurrences` and `.group` ones.
    init(
        columns: [(name: String, type: ExportColumnType)], format: ExportFormat,
        span: (columns: SpanColumns, texts: ArticleTexts)? = nil, neutralisesFormulas: Bool = true,
        sources: [ExportSource]? = nil, joins: ExportJoins? = nil, occurrences: OccurrenceSource? = nil
    ) {
        self.columns = columns
        self.format = format
        self.neutralisesFormulas = neutralisesFormulas
        self.span = span
        self.joins = joins
        self.occurrences = occurrences
        self.sources = sources ?? columns.indices.map { .row(Int32($0)) }
        precondition(self.sources.count == columns.count, "one source per export column")
        keys = columns.enumerated().map { index, column in
            Array(((index == 0 ? "{\"" : ",\"") + column.name + "\":").utf8)
        }
        types = columns.map(\.type)
        let sources = self.sources
        let hasSpan = span != nil
        csvFields = columns.indices.map { index in
            let rowColumn: Int32
            if case .row(let column) = sources[index] { rowColumn = column } else { rowColumn = Int32(index) }
            switch columns[index].type {
            case .number:
                switch sources[index] {
                case .occurrences: return .occurrences
                case .group: return .group
                case .row, .joined, .kindCode: return .number(rowColumn)
                }
            case .text, .json:
                switch sources[index] {
                case .row(let column): return .rowText(column)
                case .joined(let field): return .joinedText(field)
                case .kindCode(let column, let names): return .kindCode(column, names.map { Array($0.utf8) })
                case .occurrences, .group: return .empty
                }
            case .span: return hasSpan ? .span : .empty
            case .context: return hasSpan ? .context : .empty
            case .figures: return .compactJSON(rowColumn, figures: true)
            case .dates: return .compactJSON(rowColumn, figures: false)
            }
        }
    }

    /// Writes `row` as a record; false (nothing written) when its article is gone, as an inner
    /// join with the articles would have dropped it.
    @discardableResult
    func write(_ row: Statement, into out: inout ExportBytes) throws -> Bool {
        if let joins, try !joins.load(row) { return false }
        // The span's four columns read once for the row's words, paragraph and occurrence group.
        let place = span.map { RowSpan(row, $0.columns) }
        let counted = try occurrences.flatMap { try occurrenceColumns(row, $0, place) }
        switch format {
        case .csv: try writeCSV(row, counted, place, into: &out)
        case .jsonl: try writeJSON(row, counted, place, into: &out)
        }
        return true
    }

    /// Where a row's words are: its stored text, else its article's characters `start..<end`.
    private struct RowSpan {
        var stored: UnsafeBufferPointer<UInt8>?
        var article: Int64
        var start: Int
        var end: Int

        @inline(__always)
        init(_ row: Statement, _ columns: SpanColumns) {
            stored = row.value(at: columns.text).utf8
            article = row.value(at: columns.article).int64
            start = Int(row.value(at: columns.start).int64)
            end = Int(row.value(at: columns.end).int64)
        }
    }

    /// Calls `body` with the row's words.
    @inline(__always)
    private func withWords<T>(_ place: RowSpan, _ texts: ArticleTexts, _ body: (UnsafeBufferPointer<UInt8>) throws -> T)
        throws -> T
    {
        try texts.withText(stored: place.stored, article: place.article, start: place.start, end: place.end, body)
    }

    /// The row's `occurrences` and `group` (``OccurrenceCounts/columns(speaker:wordsKey:text:)``).
    private func occurrenceColumns(_ row: Statement, _ source: OccurrenceSource, _ place: RowSpan?) throws -> (
        occurrences: Int, group: Int64
    )? {
        guard let span, let place else { return nil }
        let speaker = try source.counts.speaker(
            entity: row.value(at: rowColumn(source.speakerID)).optionalInt64, name: utf8(row, source.speaker))
        let wordsKey = row.value(at: source.wordsKey).optionalInt64
        return try withWords(place, span.texts) {
            source.counts.columns(speaker: speaker, wordsKey: wordsKey, text: $0)
        }
    }

    /// The text of column `index`, nil for NULL.
    @inline(__always)
    private func utf8(_ row: Statement, _ index: Int) -> UnsafeBufferPointer<UInt8>? {
        switch sources[index] {
        case .row(let column): return row.value(at: column).utf8
        case .joined(let field): return joins?.utf8(field)
        case .occurrences, .group, .kindCode: return nil
        }
    }

    /// The row's column holding column `index` (numbers, figures and dates always come from the row).
    @inline(__always)
    private func rowColumn(_ index: Int) -> Int32 {
        if case .row(let column) = sources[index] { return column }
        return Int32(index)
    }

    private func writeCSV(
        _ row: Statement, _ counted: (occurrences: Int, group: Int64)?, _ place: RowSpan?, into out: inout ExportBytes
    ) throws {
        let neutralising = neutralisesFormulas
        for index in csvFields.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            switch csvFields[index] {
            case .rowText(let column):
                guard let bytes = row.value(at: column).utf8 else { continue }
                Self.appendCSVField(bytes, neutralising: neutralising, into: &out)
            case .joinedText(let field):
                guard let bytes = joins?.utf8(field) else { continue }
                Self.appendCSVField(bytes, neutralising: neutralising, into: &out)
            case .number(let column):
                Self.appendNumber(row.value(at: column), into: &out)
            case .kindCode(let column, let names):
                // Kind names hold nothing CSV quotes and start no formula.
                out.append(names[StoredCodes.kindNameIndex(row.value(at: column).int64)])
            case .occurrences:
                if let counted { Self.appendInteger(Int64(counted.occurrences), into: &out) }
            case .group:
                if let counted { Self.appendInteger(counted.group, into: &out) }
            case .span:
                guard let span, let place else { continue }
                try withWords(place, span.texts) { Self.appendCSVField($0, neutralising: neutralising, into: &out) }
            case .context:
                guard let span, let place else { continue }
                try span.texts.withContext(article: place.article, start: place.start, end: place.end) {
                    Self.appendCSVField($0, neutralising: neutralising, into: &out)
                }
            case .compactJSON(let column, let figures):
                guard let bytes = row.utf8(at: column) else { continue }
                guard bytes.count > 1, bytes[1] == UInt8(ascii: "[") else {
                    Self.appendCSVField(bytes, neutralising: neutralising, into: &out)
                    continue
                }
                ExportBytes.withBytes(capacity: bytes.count * 2) { json in
                    CompactJSON.expand(bytes, prefixes: figures ? figureKeys : dateKeys, into: &json)
                    Self.appendCSVField(json.bytes, neutralising: neutralising, into: &out)
                }
            case .empty:
                continue
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    /// RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, quotes doubled.
    ///
    /// When `neutralising`, a field beginning with `=`, `+`, `-`, `@`, tab or carriage return gets a
    /// leading apostrophe, so a spreadsheet opening the file shows it as text instead of running it
    /// as a formula (OWASP's advice on CSV injection).
    static func appendCSVField(_ bytes: UnsafeBufferPointer<UInt8>, neutralising: Bool, into out: inout ExportBytes) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = bytes.count
        let guarded = neutralising && Self.startsFormula(base[0])
        let needsQuotes: Bool
        if count <= 32 {
            // Most fields are short (names, outlets, dates, cues): one look at each byte beats four calls.
            var found = false
            for offset in 0..<count {
                let byte = base[offset]
                if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                    found = true
                    break
                }
            }
            needsQuotes = found
        } else {
            // memchr scans many bytes a step; most fields hold none of the four, or a comma early on.
            needsQuotes =
                memchr(base, 0x2C, count) != nil || memchr(base, 0x22, count) != nil
                || memchr(base, 0x0A, count) != nil || memchr(base, 0x0D, count) != nil
        }
        guard needsQuotes else {
            if guarded { out.append(UInt8(ascii: "'")) }
            out.append(bytes)
            return
        }
        out.append(0x22)
        if guarded { out.append(UInt8(ascii: "'")) }
        // Copy the runs between double quotes whole, doubling each quote.
        var start = 0
        while start < count, let found = memchr(base + start, 0x22, count - start) {
            let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            out.append(base + start, count: quote + 1 - start)
            out.append(0x22)
            start = quote + 1
        }
        if start < count { out.append(base + start, count: count - start) }
        out.append(0x22)
    }

    /// ``appendCSVField(_:neutralising:into:)`` onto an array, for fields built one at a time
    /// (``CSVCell``).
    static func appendCSVField(_ bytes: UnsafeBufferPointer<UInt8>, neutralising: Bool, into out: inout [UInt8]) {
        ExportBytes.withBytes(capacity: bytes.count + 3) { field in
            appendCSVField(bytes, neutralising: neutralising, into: &field)
            out.append(contentsOf: field.bytes)
        }
    }

    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }

    private func writeJSON(
        _ row: Statement, _ counted: (occurrences: Int, group: Int64)?, _ place: RowSpan?, into out: inout ExportBytes
    ) throws {
        for index in types.indices {
            out.append(keys[index])
            let type = types[index]
            switch type {
            case .span:
                guard let span, let place else {
                    out.append(Self.null)
                    continue
                }
                try withWords(place, span.texts) { Self.appendJSONString($0, into: &out) }
            case .context:
                guard let span, let place else {
                    out.append(Self.null)
                    continue
                }
                try span.texts.withContext(article: place.article, start: place.start, end: place.end) {
                    Self.appendJSONString($0, into: &out)
                }
            case .figures, .dates:
                guard let bytes = row.utf8(at: rowColumn(index)) else {
                    out.append(Self.null)
                    continue
                }
                CompactJSON.expand(bytes, prefixes: type == .figures ? figureKeys : dateKeys, into: &out)
            case .number:
                let column = rowColumn(index)
                if case .occurrences = sources[index] {
                    if let counted {
                        Self.appendInteger(Int64(counted.occurrences), into: &out)
                    } else {
                        out.append(Self.null)
                    }
                } else if case .group = sources[index] {
                    if let counted {
                        Self.appendInteger(counted.group, into: &out)
                    } else {
                        out.append(Self.null)
                    }
                } else {
                    let value = row.value(at: column)
                    if value.isNull {
                        out.append(Self.null)
                    } else {
                        Self.appendNumber(value, into: &out)
                    }
                }
            case .json, .text:
                if case .kindCode(let column, let names) = sources[index] {
                    Self.appendJSONString(names[StoredCodes.kindNameIndex(row.value(at: column).int64)], into: &out)
                    continue
                }
                guard let bytes = utf8(row, index) else {
                    out.append(Self.null)
                    continue
                }
                if type == .json {
                    out.append(bytes)
                } else {
                    Self.appendJSONString(bytes, into: &out)
                }
            }
        }
        out.append(UInt8(ascii: "}"))
        out.append(0x0A)
    }

    private static let null: [UInt8] = Array("null".utf8)
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// An integer as is; a real with up to six decimals written directly (SQLite's printf-based
    /// conversion was a tenth of the export's time), anything else as SQLite formats it.
    static func appendNumber(_ column: ColumnValue, into out: inout ExportBytes) {
        if column.isInteger {
            appendInteger(column.int64, into: &out)
            return
        }
        if column.isReal {
            let value = column.double
            let scaled = (value * 1_000_000).rounded()
            if value.isFinite, abs(value) < 1e12, scaled / 1_000_000 == value {
                var micro = Int64(scaled)
                if micro < 0 {
                    out.append(UInt8(ascii: "-"))
                    micro = -micro
                }
                out.appendDecimal(micro / 1_000_000)
                out.append(UInt8(ascii: "."))
                // Six decimals, trailing zeros dropped (one kept).
                var fraction = micro % 1_000_000
                var length = 6
                while length > 1 && fraction % 10 == 0 {
                    fraction /= 10
                    length -= 1
                }
                out.appendDecimal(fraction, width: length)
                return
            }
        }
        if let bytes = column.utf8 { out.append(bytes) }
    }

    @inline(__always)
    static func appendInteger(_ value: Int64, into out: inout ExportBytes) {
        out.appendDecimal(value)
    }

    /// ``appendJSONString(_:into:)`` of a string's UTF-8.
    static func appendJSONString(_ string: String, into out: inout ExportBytes) {
        var string = string
        string.withUTF8 { appendJSONString($0, into: &out) }
    }

    /// A JSON string literal: quote, backslash and control characters escaped; other UTF-8 as is.
    static func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ExportBytes) {
        out.append(0x22)
        guard let base = bytes.baseAddress else {
            out.append(0x22)
            return
        }
        let count = bytes.count
        var start = 0
        var index = 0
        while index < count {
            // Eight bytes a step while none of them needs escaping (a byte at a time was a third
            // of a JSON-lines export of claims, issue 14).
            if index + 8 <= count, !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            index += 1
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if start < index - 1 { out.append(base + start, count: index - 1 - start) }
            out.append(0x5C)
            switch byte {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                out.append(UInt8(ascii: "u"), 48)
                out.append(48, hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
            start = index
        }
        if start < count { out.append(base + start, count: count - start) }
        out.append(0x22)
    }

    /// False when no byte of `word` is a control character, a double quote or a backslash (the
    /// bit tricks of "Bit Twiddling Hacks": a byte below 0x20, a byte equal to 0x22 or 0x5C).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x20) & ~word & highs
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let equal = ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes) & highs
        return below | equal != 0
    }
}
