/// One record of a WARC file: its named header fields and its block.
struct WARCRecord {
    /// The record's one-based position in the file.
    var number: Int
    /// Header fields with lower-case names.
    var fields: [String: String]
    /// The record's content block (for a `response`, the HTTP response as received).
    var block: [UInt8]

    /// `WARC-Type`, lower case (`response`, `request`, `metadata` …).
    var type: String { HTMLTree.lowercased(fields["warc-type"] ?? "") }
    /// `WARC-Target-URI`, without the angle brackets WARC 1.0 examples put round it.
    var targetURI: String? {
        guard var uri = fields["warc-target-uri"] else { return nil }
        if uri.hasPrefix("<") && uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
        return uri.isEmpty ? nil : uri
    }
    /// `WARC-Date`.
    var date: String? { fields["warc-date"] }
    /// How the record is named in messages: `record 3 (https://…)`.
    var label: String { Self.label(number, targetURI) }

    static func label(_ number: Int, _ uri: String?) -> String {
        uri.map { "record \(number) (\($0))" } ?? "record \(number)"
    }
}

/// What the WARC reader found next: a record, or a problem with one that it stepped over.
enum WARCItem {
    case record(WARCRecord)
    case problem(record: Int, uri: String?, reason: String)
}
