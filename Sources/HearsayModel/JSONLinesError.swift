/// A line of the JSON-lines form that could not be read, with its line number.
public struct JSONLinesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong with a line.
    public enum Reason: Sendable, Hashable {
        /// The line is not a JSON object.
        case notJSON(String)
        /// The object has no `format` tag.
        case missingFormat
        /// The `format` tag names a form this version does not read.
        case unknownFormat(String)
        /// The tag is right but a field is missing or of the wrong type.
        case badRecord(String)
    }

    /// The line, counted from 1.
    public var line: Int
    /// What was wrong with it.
    public var reason: Reason

    /// Creates an error for `line`.
    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    /// The error as one sentence naming the line.
    public var description: String {
        switch reason {
        case .notJSON(let detail): return "line \(line): not a JSON object (\(detail))"
        case .missingFormat: return "line \(line): no \"format\" tag"
        case .unknownFormat(let f):
            return
                "line \(line): format \"\(f)\" is not \"\(ExtractedArticle.currentFormat)\", the one this version reads"
        case .badRecord(let detail): return "line \(line): not a \(ExtractedArticle.currentFormat) record (\(detail))"
        }
    }
}
