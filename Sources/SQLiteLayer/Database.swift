import CSQLite

/// One connection to an SQLite database.
///
/// Every connection uses write-ahead logging, `synchronous = NORMAL`, enforced foreign keys
/// and a busy timeout, so concurrent writers wait for each other instead of failing at once.
/// A connection belongs to one thread at a time: it is deliberately not `Sendable`.
///
/// ```swift
/// let db = try Database(path: ":memory:")
/// try db.execute(sql: "CREATE TABLE t(x INTEGER)")
/// try db.transaction { try $0.execute(sql: "INSERT INTO t VALUES (1)") }
/// ```
/// See <https://sqlite.org/c3ref/open.html>.
public final class Database {
    /// How a connection is opened.
    public struct Configuration: Sendable {
        /// Open without write access (the file must exist).
        public var readOnly: Bool = false
        /// Create the file when it does not exist.
        public var create: Bool = true
        /// Read the file as one that nothing can change (SQLite's `immutable=1`): no locks, no
        /// `-wal` or `-shm`, for a database on read-only media or in a folder this user cannot
        /// write. Implies `readOnly`. See <https://sqlite.org/uri.html#uriimmutable>.
        public var immutable: Bool = false
        /// Before opening, refuse a `-wal` beside the file that belongs to another database
        /// (see ``WriteAheadLogCheck``), instead of letting SQLite replay it into this one.
        public var checksWriteAheadLog: Bool = true
        /// Switch the database to write-ahead logging (persistent; writes the file header).
        public var walMode: Bool = true
        /// How long a statement waits for another connection's lock, in milliseconds.
        public var busyTimeoutMilliseconds: Int32 = 5_000
        /// The page size of a new database file (a power of two from 512 to 65536), set before
        /// anything is written; an existing file keeps its own. Nil: SQLite's default (4096).
        /// See <https://sqlite.org/pragma.html#pragma_page_size>.
        public var pageSize: Int? = nil
        /// Runs right after the file is opened, before anything is written to it
        /// (the journal mode change is the first write): a place to refuse a foreign file.
        public var inspect: (@Sendable (Database) throws -> Void)? = nil

        /// The default configuration: read-write, created when missing, WAL, 5 s busy timeout.
        public init() {}
    }

    /// The underlying `sqlite3*` handle, for the rare call this layer does not wrap.
    public let handle: OpaquePointer
    /// The path the connection was opened with.
    public let path: String

    /// Opens (and by default creates) the database at `path`, or an in-memory database for `":memory:"`.
    /// Throws ``SQLiteError``, or whatever `configuration.inspect` throws.
    public init(path: String, configuration: Configuration = Configuration()) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        if configuration.checksWriteAheadLog, !configuration.immutable, path != ":memory:", !path.hasPrefix("file:") {
            try WriteAheadLogCheck.verify(databasePath: path)
        }
        if configuration.readOnly || configuration.immutable {
            flags |= SQLITE_OPEN_READONLY
        } else {
            flags |= SQLITE_OPEN_READWRITE
            if configuration.create { flags |= SQLITE_OPEN_CREATE }
        }
        var pointer: OpaquePointer?
        let opened = configuration.immutable ? Self.immutableURI(path) : path
        let code = sqlite3_open_v2(opened, &pointer, flags, nil)
        guard let pointer else {
            throw SQLiteError(code: ResultCode(rawValue: code), message: "cannot open \(path)")
        }
        if code != SQLITE_OK {
            let message = String(cString: sqlite3_errmsg(pointer))
            let extended = sqlite3_extended_errcode(pointer)
            sqlite3_close_v2(pointer)
            throw SQLiteError(code: ResultCode(rawValue: extended), message: "\(message): \(path)")
        }
        self.handle = pointer
        self.path = path
        sqlite3_extended_result_codes(pointer, 1)
        sqlite3_busy_timeout(pointer, configuration.busyTimeoutMilliseconds)
        do {
            try configuration.inspect?(self)
            try execute(sql: "PRAGMA foreign_keys = ON")
            let writable = sqlite3_db_readonly(pointer, "main") == 0
            if let pageSize = configuration.pageSize, writable {
                // Only takes effect while the file is empty, i.e. before the WAL switch below.
                try execute(sql: "PRAGMA page_size = \(pageSize)")
            }
            if configuration.walMode && writable && path != ":memory:" {
                // A read-only file keeps its old mode, which is fine for reading. The switch can
                // also lose a race with another process creating the same new database: that
                // process switches it, and this connection follows the file header.
                _ = try? scalarText(sql: "PRAGMA journal_mode = WAL")
            }
            try execute(sql: "PRAGMA synchronous = NORMAL")
        } catch {
            sqlite3_close_v2(pointer)
            throw error
        }
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// `file:PATH?immutable=1`, with the characters a URI gives meaning to percent-encoded.
    static func immutableURI(_ path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            let plain =
                (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_")
            if plain {
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                uri += "%" + String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
            }
        }
        return uri + "?immutable=1"
    }

    /// Runs one or more SQL statements that return no rows. See <https://sqlite.org/c3ref/exec.html>.
    public func execute(sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errorMessage)
            throw SQLiteError(code: ResultCode(rawValue: sqlite3_extended_errcode(handle)), message: message, sql: sql)
        }
    }

    /// Compiles one SQL statement for repeated execution. See <https://sqlite.org/c3ref/prepare.html>.
    public func prepare(sql: String) throws(SQLiteError) -> Statement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw error(code: code, sql: sql)
        }
        return Statement(handle: statement, database: self, sql: sql)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock at once, so two writers queue on the busy timeout
    /// rather than failing half-way with `SQLITE_BUSY`. See <https://sqlite.org/lang_transaction.html>.
    @discardableResult
    public func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        try execute(sql: "BEGIN IMMEDIATE")
        do {
            let result = try body(self)
            try execute(sql: "COMMIT")
            return result
        } catch {
            if !isAutocommit { try? execute(sql: "ROLLBACK") }
            throw error
        }
    }

    /// True outside any transaction. See <https://sqlite.org/c3ref/get_autocommit.html>.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// True when the file could only be opened for reading (permissions), whatever was asked.
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows changed on this connection since it opened: with `PRAGMA data_version` (changes
    /// made by other connections), it tells whether the database may differ from before.
    /// See <https://sqlite.org/c3ref/total_changes.html>.
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// The first column of the first row of `sql`, as an integer (nil when no row or NULL).
    public func scalarInt(sql: String) throws(SQLiteError) -> Int64? {
        let statement = try prepare(sql: sql)
        guard try statement.step(), !statement.isNull(at: 0) else { return nil }
        return statement.int64(at: 0)
    }

    /// The first column of the first row of `sql`, as text (nil when no row or NULL).
    public func scalarText(sql: String) throws(SQLiteError) -> String? {
        let statement = try prepare(sql: sql)
        guard try statement.step() else { return nil }
        return statement.string(at: 0)
    }

    /// Builds the error for a failed call from this connection's last error.
    func error(code: Int32, sql: String?) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        return SQLiteError(
            code: ResultCode(rawValue: extended != 0 ? extended : code),
            message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

@available(*, unavailable)
extension Database: Sendable {}
