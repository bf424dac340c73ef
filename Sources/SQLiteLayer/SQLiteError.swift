/// An error SQLite reported: the extended result code, SQLite's message and the SQL that failed.
///
/// Bound values are never included: they may be private data (article text, names).
public struct SQLiteError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The extended result code (compare `code.primary` to match a family such as `.constraint`).
    public var code: ResultCode
    /// SQLite's message, e.g. "UNIQUE constraint failed: articles.key".
    public var message: String
    /// The statement that failed, if any.
    public var sql: String?

    /// Creates an error.
    public init(code: ResultCode, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// "SQLite error 2067: UNIQUE constraint failed: articles.key, while executing `INSERT …`".
    public var description: String {
        var text = "SQLite error \(code.rawValue): \(message)"
        if let sql { text += " (while executing `\(sql.trimmingWhitespace)`)" }
        return text
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
