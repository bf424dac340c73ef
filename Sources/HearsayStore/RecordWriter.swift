import SQLiteLayer

/// Writes result rows as CSV or JSON lines straight from SQLite's column buffers, without
/// making a `String` per field.
struct RecordWriter {
    let columns: [(name: String, type: ExportColumnType)]
    let format: ExportFormat
    let output: OutputBuffer
    /// `{"article":` then `,"title":` … precomputed for JSON lines.
    private let keys: [[UInt8]]

    init(columns: [(name: String, type: ExportColumnType)], format: ExportFormat, output: OutputBuffer) {
        self.columns = columns
        self.format = format
        self.output = output
        keys = columns.enumerated().map { index, column in
            Array(((index == 0 ? "{\"" : ",\"") + column.name + "\":").utf8)
        }
    }

    func write(_ row: Statement) throws {
        switch format {
        case .csv: try writeCSV(row)
        case .jsonl: try writeJSON(row)
        }
    }

    private func writeCSV(_ row: Statement) throws {
        for (index, column) in columns.enumerated() {
            if index > 0 { output.append(byte: UInt8(ascii: ",")) }
            guard let bytes = row.utf8(at: Int32(index)) else { continue }
            if column.type == .number {
                try output.append(bytes)
            } else {
                try Self.appendCSVField(bytes, to: output)
            }
        }
        try output.append("\r\n" as StaticString)
    }

    /// RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, quotes doubled.
    static func appendCSVField(_ bytes: UnsafeBufferPointer<UInt8>, to output: OutputBuffer) throws {
        var needsQuotes = false
        for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            try output.append(bytes)
            return
        }
        output.append(byte: 0x22)
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x22 {
            try output.append(UnsafeBufferPointer(rebasing: bytes[start...index]))
            output.append(byte: 0x22)
            start = index + 1
        }
        try output.append(UnsafeBufferPointer(rebasing: bytes[start...]))
        output.append(byte: 0x22)
    }

    private func writeJSON(_ row: Statement) throws {
        for (index, column) in columns.enumerated() {
            try keys[index].withUnsafeBufferPointer { try output.append($0) }
            guard let bytes = row.utf8(at: Int32(index)) else {
                try output.append("null" as StaticString)
                continue
            }
            switch column.type {
            case .number, .json: try output.append(bytes)
            case .text: try Self.appendJSONString(bytes, to: output)
            }
        }
        try output.append("}\n" as StaticString)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string literal: quote, backslash and control characters escaped; other UTF-8 as is.
    static func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>, to output: OutputBuffer) throws {
        output.append(byte: 0x22)
        var start = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if start < index { try output.append(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            output.append(byte: 0x5C)
            switch byte {
            case 0x22: output.append(byte: 0x22)
            case 0x5C: output.append(byte: 0x5C)
            case 0x0A: output.append(byte: UInt8(ascii: "n"))
            case 0x0D: output.append(byte: UInt8(ascii: "r"))
            case 0x09: output.append(byte: UInt8(ascii: "t"))
            default:
                try output.append("u00" as StaticString)
                output.append(byte: hex[Int(byte >> 4)])
                output.append(byte: hex[Int(byte & 0xF)])
            }
            start = index + 1
        }
        if start < bytes.count { try output.append(UnsafeBufferPointer(rebasing: bytes[start...])) }
        output.append(byte: 0x22)
    }
}
