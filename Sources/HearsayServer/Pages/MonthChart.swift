/// Quotes per month as an SVG bar chart drawn on the server (no script).
enum MonthChart {
    static let width = 720
    static let height = 160

    static func render(_ months: [PersonData.Month]) -> HTML {
        let filled = fill(months)
        guard !filled.isEmpty else { return "<p class=\"muted\">No dated quotes.</p>" }
        let top = max(1, filled.map(\.quotes).max() ?? 1)
        let left = 30
        let bottom = height - 22
        let plot = width - left - 10
        let step = Double(plot) / Double(filled.count)
        let barWidth = min(36, max(1.0, step * 0.8))
        let every = max(1, Int((Double(filled.count) / 12).rounded(.up)))
        var bars: [HTML] = []
        for (index, month) in filled.enumerated() {
            let barHeight = Int((Double(month.quotes) / Double(top) * Double(bottom - 10)).rounded())
            let x = Double(left) + Double(index) * step + (step - barWidth) / 2
            bars.append(
                "<rect x=\"\(format(x))\" y=\"\(bottom - barHeight)\" width=\"\(format(barWidth))\" height=\"\(barHeight)\"><title>\(month.month): \(month.quotes) quote\(month.quotes == 1 ? "" : "s")</title></rect>"
            )
            if index % every == 0 {
                bars.append(
                    "<text x=\"\(format(Double(left) + Double(index) * step))\" y=\"\(height - 6)\">\(month.month)</text>"
                )
            }
        }
        return """
            <svg class="chart" viewBox="0 0 \(width) \(height)" role="img" aria-label="Quotes per month">
            <line x1="\(left)" y1="\(bottom)" x2="\(width - 10)" y2="\(bottom)"></line>
            <text x="2" y="14">\(top)</text><text x="2" y="\(bottom)">0</text>
            \(bars)
            </svg>
            """
    }

    /// Every month from the first (or a year before the last) to the last, with zero where there
    /// were no quotes; at most 240.
    static func fill(_ months: [PersonData.Month]) -> [PersonData.Month] {
        func parse(_ month: String) -> Int? {
            let parts = month.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (1...12).contains(parts[1]) else { return nil }
            return parts[0] * 12 + parts[1] - 1
        }
        var counts: [Int: Int] = [:]
        for month in months { if let key = parse(month.month) { counts[key, default: 0] += month.quotes } }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        // At least a year is drawn, so a single month reads as one bar among empty ones.
        let start = max(min(first, last - 11), last - 239)
        return (start...last).map { key in
            let name = String(key / 12) + "-" + (key % 12 + 1 < 10 ? "0" : "") + String(key % 12 + 1)
            return PersonData.Month(month: name, quotes: counts[key] ?? 0)
        }
    }

    private static func format(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }
}
