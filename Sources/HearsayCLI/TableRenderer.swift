/// Lays out rows as columns of wrapped text within a width.
struct TableRenderer {
    /// A column: its header and the most scalars it may take (nil: what is left).
    struct Column {
        var header: String
        var width: Int?
    }

    let columns: [Column]
    let totalWidth: Int
    /// True for tables whose flexible column is the point (quotes, claims): it gets at least half the width.
    var flexibleGetsHalf = false

    /// The width each column gets: fixed ones as asked, the flexible one the rest, which is at
    /// least 20 (half the width with ``flexibleGetsHalf``): when that leaves too little, the
    /// fixed columns wider than 10 (names, outlets; not dates or counts) give up room in proportion.
    var widths: [Int] {
        let gaps = 2 * (columns.count - 1)
        guard columns.contains(where: { $0.width == nil }) else { return columns.map { $0.width ?? 0 } }
        let wanted = flexibleGetsHalf ? max(20, totalWidth / 2) : 20
        let fixed = columns.compactMap(\.width).reduce(0, +)
        var sized = columns.map(\.width)
        let excess = fixed + gaps + wanted - totalWidth
        let shrinkable = columns.compactMap(\.width).filter { $0 > 10 }.reduce(0, +)
        if excess > 0, shrinkable > 0 {
            let target = max(0, shrinkable - excess)
            sized = columns.map { column in
                guard let width = column.width, width > 10 else { return column.width }
                return max(4, width * target / shrinkable)
            }
        }
        let rest = max(wanted, totalWidth - gaps - sized.compactMap { $0 }.reduce(0, +))
        return sized.map { $0 ?? rest }
    }

    /// The header line and a rule beneath it.
    func header() -> String {
        let line = render(columns.map(\.header))
        return line + String(repeating: "─", count: min(totalWidth, widths.reduce(0, +) + 2 * (columns.count - 1)))
            + "\n"
    }

    /// One row, each cell wrapped to its column, lines padded so columns align.
    func render(_ cells: [String]) -> String {
        let widths = self.widths
        let wrapped = zip(cells, widths).map { Self.wrap($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        var out = ""
        for line in 0..<height {
            var pieces: [String] = []
            for (index, lines) in wrapped.enumerated() {
                let piece = line < lines.count ? lines[line] : ""
                let isLast = index == wrapped.count - 1
                pieces.append(isLast ? piece : Self.pad(piece, to: widths[index]))
            }
            out += pieces.joined(separator: "  ") + "\n"
        }
        return out
    }

    /// Splits `text` into lines of at most `width` scalars, breaking at spaces where it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line: [Unicode.Scalar] = []
        let words = text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
        for word in words {
            var word = Array(word)
            while word.count > width {
                if !line.isEmpty {
                    lines.append(String(String.UnicodeScalarView(line)))
                    line = []
                }
                lines.append(String(String.UnicodeScalarView(word[..<width])))
                word.removeFirst(width)
            }
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count <= width {
                line.append(" ")
                line.append(contentsOf: word)
            } else {
                lines.append(String(String.UnicodeScalarView(line)))
                line = word
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(String(String.UnicodeScalarView(line))) }
        return lines
    }

    static func pad(_ text: String, to width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }
}
