import Foundation

/// The JSON-lines form of ``ExtractedArticle``: one compact JSON object a line, keys sorted so
/// the same extraction always gives the same bytes, the `format` tag first checked on reading.
public enum JSONLines {
    /// The record as one line of JSON, without the line break.
    public static func encode(_ record: ExtractedArticle) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(record)
        return String(decoding: data, as: UTF8.self)
    }

    /// The record on one line of the form; `lineNumber` (from 1) is named in any error.
    public static func decode(_ line: some StringProtocol, lineNumber: Int) throws -> ExtractedArticle {
        let data = Data(line.utf8)
        // The tag alone first, so a record of another form is refused for its form, not for a missing field.
        let tag: FormatTag
        do {
            tag = try JSONDecoder().decode(FormatTag.self, from: data)
        } catch {
            throw JSONLinesError(line: lineNumber, reason: .notJSON(String(describing: error)))
        }
        guard let format = tag.format else { throw JSONLinesError(line: lineNumber, reason: .missingFormat) }
        guard format == ExtractedArticle.currentFormat else {
            throw JSONLinesError(line: lineNumber, reason: .unknownFormat(format))
        }
        do {
            return try JSONDecoder().decode(ExtractedArticle.self, from: data)
        } catch {
            throw JSONLinesError(line: lineNumber, reason: .badRecord(String(describing: error)))
        }
    }
}

/// The `format` field of a line, read before the rest.
private struct FormatTag: Decodable {
    var format: String?
}
