import Foundation
import HearsayStore

/// Prints a `--count-by` result as a table, CSV or JSON lines.
enum CountPrinter {
    /// Writes `rows` under the column `label` (the key's name) and `count`.
    static func write(_ rows: [CountRow], label: String, format: OutputFormat, to output: OutputBuffer) throws {
        switch format {
        case .table:
            let table = TableRenderer(
                columns: [.init(header: label.uppercased(), width: nil), .init(header: "COUNT", width: 8)],
                totalWidth: min(Terminal.width, 72))
            try output.append(table.header())
            for row in rows { try output.append(table.render([row.value ?? "(none)", String(row.count)])) }
        case .csv:
            try output.append("\(label),count\r\n")
            for row in rows {
                try output.append("\(CSVCell.encode(row.value ?? "", neutralising: !output.rawCSV)),\(row.count)\r\n")
            }
        case .jsonl:
            for row in rows {
                let object: [String: Any] = [label: row.value ?? NSNull(), "count": row.count]
                let data = try JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                try output.append(Array(data) + [UInt8(ascii: "\n")])
            }
        }
        try output.flush()
    }

}
