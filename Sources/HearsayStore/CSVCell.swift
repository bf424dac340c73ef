/// One CSV field written the way the exports write theirs, for the outputs built cell by cell
/// (`--count-by`, `outlets`, `quotes --unique`, `claims --disputed`).
public enum CSVCell {
    /// `text` as one RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF, quotes
    /// doubled; with `neutralising`, a field beginning with `=`, `+`, `-`, `@`, tab or carriage
    /// return gets a leading `'` so a spreadsheet shows it rather than running it as a formula.
    ///
    /// ```swift
    /// CSVCell.encode("=1+1")         // "'=1+1"
    /// CSVCell.encode("a, b")         // "\"a, b\""
    /// ```
    public static func encode(_ text: String, neutralising: Bool = true) -> String {
        var text = text
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 3)
        text.withUTF8 { RecordWriter.appendCSVField($0, neutralising: neutralising, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
