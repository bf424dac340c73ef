import Extraction
import SQLiteLayer

/// Something the store could not do, with the database path and the underlying cause.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is; new kinds can be added without breaking a `switch`.
    public struct Code: Hashable, Sendable {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The file exists but is not an SQLite database.
        public static let notSQLite = Code("notSQLite")
        /// The file is an SQLite database of some other program.
        public static let notHearsay = Code("notHearsay")
        /// The database was made by a newer Hearsay.
        public static let newerSchema = Code("newerSchema")
        /// The database or its folder cannot be written.
        public static let readOnly = Code("readOnly")
        /// Another process held the database lock past the busy timeout.
        public static let locked = Code("locked")
        /// The disk is full.
        public static let diskFull = Code("diskFull")
        /// A full-text search query cannot be used.
        public static let badSearch = Code("badSearch")
        /// A name given to `--person` fits several people.
        public static let ambiguousName = Code("ambiguousName")
        /// An article, person or other named thing does not exist.
        public static let notFound = Code("notFound")
        /// Any other SQLite failure.
        public static let database = Code("database")
    }

    /// The kind of failure.
    public var code: Code
    /// A sentence for the user.
    public var message: String
    /// The database file concerned, when there is one.
    public var path: String?
    /// The lower-level error, if any.
    public var underlying: (any Error & Sendable)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String? = nil, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.underlying = underlying
    }

    /// "hearsay.db: database is locked by another process …".
    public var description: String {
        guard let path else { return message }
        return "\(TerminalText.escaped(path)): \(message)"
    }

    /// Translates an SQLite failure on `path` into a message a user can act on.
    static func wrap(_ error: any Error, path: String) -> any Error {
        if error is StoreError { return error }
        if let error = error as? MigrationError {
            if case .newerDatabase = error {
                return StoreError(.newerSchema, error.description, path: path, underlying: error)
            }
            return StoreError(.database, error.description, path: path, underlying: error)
        }
        guard let error = error as? SQLiteError else { return error }
        switch error.code.primary {
        case .busy, .locked:
            return StoreError(
                .locked,
                "database is locked by another process (waited for it, then gave up); try again when it finishes",
                path: path, underlying: error)
        case .readOnly:
            return StoreError(
                .readOnly, "database is read-only (check the permissions of the file and its folder)", path: path,
                underlying: error)
        case .full:
            return StoreError(
                .diskFull, "the disk is full; nothing from the failed transaction was stored", path: path,
                underlying: error)
        case .notADatabase:
            return StoreError(.notSQLite, "not an SQLite database; refusing to touch it", path: path, underlying: error)
        case .cantOpen:
            return StoreError(
                .database, "cannot open the database file (\(error.message))", path: path, underlying: error)
        default:
            return StoreError(.database, error.description, path: path, underlying: error)
        }
    }
}
