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
        if let hint { text += " (\(hint))" }
        if let sql { text += " (while executing `\(sql.trimmingWhitespace)`)" }
        return text
    }
}

extension SQLiteError {
    /// What a user can do about the error, for the codes whose SQLite message does not say.
    public var hint: String? {
        switch code.primary {
        case .full: return "the disk is full: free some space and run the command again"
        // A failed write is most often a full disk or a file-size limit (SQLITE_IOERR_WRITE, _FSYNC, _TRUNCATE).
        case .ioError where [3, 4, 6].contains(code.rawValue >> 8):
            return "could not write the database file: is the disk full or the file over a size limit?"
        case .readOnly: return "the database or its folder is read-only"
        case .busy: return "another process holds the database; try again when it has finished"
        default: return nil
        }
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
