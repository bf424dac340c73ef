import Foundation

/// Prints rows as a Markdown table that reads well in a terminal and pastes into a README.
enum ResultTable {
    static func render(_ rows: [Row]) -> String {
        let header = ["figure", "unit", "n", "min", "median", "p95", "max", "target", "holds"]
        var lines: [[String]] = [header]
        for row in rows {
            let s = row.samples
            lines.append([
                row.name, row.unit, String(s.count), format(s.min), format(s.median), format(s.p95), format(s.max),
                targetText(row), holdsText(row),
            ])
        }
        var widths = Array(repeating: 0, count: header.count)
        for line in lines {
            for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        var out = ""
        for (index, line) in lines.enumerated() {
            out +=
                "| "
                + line.enumerated().map { i, cell in
                    i == 0 || i == 1 || i == 7 ? pad(cell, widths[i]) : padLeft(cell, widths[i])
                }.joined(separator: " | ") + " |\n"
            if index == 0 {
                out +=
                    "|"
                    + widths.enumerated().map { i, w in
                        i == 0 || i == 1 || i == 7
                            ? String(repeating: "-", count: w + 2) : String(repeating: "-", count: w + 1) + ":"
                    }.joined(separator: "|") + "|\n"
            }
        }
        return out
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let magnitude = abs(value)
        if magnitude >= 10_000 { return grouped(Int(value.rounded())) }
        if magnitude >= 100 { return String(format: "%.0f", value) }
        if magnitude >= 10 { return String(format: "%.1f", value) }
        if magnitude >= 1 { return String(format: "%.2f", value) }
        return String(format: "%.3f", value)
    }

    private static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    private static func targetText(_ row: Row) -> String {
        switch row.target {
        case .atLeast(let bound): return "\(row.judgedBy.rawValue) ≥ \(format(bound))"
        case .atMost(let bound): return "\(row.judgedBy.rawValue) ≤ \(format(bound))"
        case .none: return ""
        }
    }

    private static func holdsText(_ row: Row) -> String {
        guard let holds = row.target.holds(row.judged) else { return "" }
        return holds ? "yes" : "NO"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
