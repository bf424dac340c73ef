import CSQLite
import Foundation

/// A compiled SQL statement, bound and stepped many times.
///
/// Parameter indexes start at 1 and column indexes at 0, as in SQLite.
/// ```swift
/// let insert = try db.prepare(sql: "INSERT INTO t(name, n) VALUES (?, ?)")
/// for (name, n) in rows {
///     insert.reset()
///     try insert.bind(name, at: 1)
///     try insert.bind(Int64(n), at: 2)
///     try insert.run()
/// }
/// ```
/// See <https://sqlite.org/c3ref/stmt.html>.
public final class Statement {
    /// The underlying `sqlite3_stmt*`.
    public let handle: OpaquePointer
    /// The SQL the statement was compiled from.
    public let sql: String
    // Keeps the connection open for as long as the statement lives.
    private let database: Database

    init(handle: OpaquePointer, database: Database, sql: String) {
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Binding (https://sqlite.org/c3ref/bind_blob.html)

    /// Binds an integer to the parameter at `index` (1-based).
    public func bind(_ value: Int64, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds an integer to the parameter at `index` (1-based).
    public func bind(_ value: Int, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    /// Binds a floating-point number to the parameter at `index` (1-based).
    public func bind(_ value: Double, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds UTF-8 text to the parameter at `index` (1-based); SQLite copies it.
    public func bind(_ value: String, at index: Int32) throws(SQLiteError) {
        var value = value
        let code = value.withUTF8 { bytes -> Int32 in
            // A nil pointer would bind NULL, so the empty string gets a real (empty) one.
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return sqlite3_bind_text(handle, index, "", 0, SQLITE_TRANSIENT)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), SQLITE_TRANSIENT)
            }
        }
        try check(code)
    }

    /// Binds a blob to the parameter at `index` (1-based); SQLite copies it.
    public func bind(blob value: [UInt8], at index: Int32) throws(SQLiteError) {
        let code = value.withUnsafeBytes { bytes -> Int32 in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return sqlite3_bind_zeroblob(handle, index, 0) }
            return sqlite3_bind_blob(handle, index, base, Int32(bytes.count), SQLITE_TRANSIENT)
        }
        try check(code)
    }

    /// Binds `Data` as a blob to the parameter at `index` (1-based); SQLite copies it.
    public func bind(_ value: Data, at index: Int32) throws(SQLiteError) {
        try bind(blob: [UInt8](value), at: index)
    }

    /// The column at `index` as `Data`, nil for NULL.
    public func data(at index: Int32) -> Data? {
        blob(at: index).map { Data($0) }
    }

    /// Binds NULL to the parameter at `index` (1-based).
    public func bindNull(at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Binds an optional integer, NULL when nil.
    public func bind(_ value: Int64?, at index: Int32) throws(SQLiteError) {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds an optional integer, NULL when nil.
    public func bind(_ value: Int?, at index: Int32) throws(SQLiteError) {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds an optional number, NULL when nil.
    public func bind(_ value: Double?, at index: Int32) throws(SQLiteError) {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds optional text, NULL when nil.
    public func bind(_ value: String?, at index: Int32) throws(SQLiteError) {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// The 1-based index of the named parameter (`:name`, `@name` or `$name`, prefix included).
    public func parameterIndex(_ name: String) -> Int32 {
        let index = sqlite3_bind_parameter_index(handle, name)
        precondition(index > 0, "no parameter \(name) in \(sql)")
        return index
    }

    /// Binds an integer to the named parameter.
    public func bind(_ value: Int64?, named name: String) throws(SQLiteError) {
        try bind(value, at: parameterIndex(name))
    }

    /// Binds a number to the named parameter.
    public func bind(_ value: Double?, named name: String) throws(SQLiteError) {
        try bind(value, at: parameterIndex(name))
    }

    /// Binds text to the named parameter.
    public func bind(_ value: String?, named name: String) throws(SQLiteError) {
        try bind(value, at: parameterIndex(name))
    }

    /// Binds a blob to the named parameter.
    public func bind(blob value: [UInt8], named name: String) throws(SQLiteError) {
        try bind(blob: value, at: parameterIndex(name))
    }

    /// Binds NULL to the named parameter.
    public func bindNull(named name: String) throws(SQLiteError) {
        try bindNull(at: parameterIndex(name))
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    // MARK: Running (https://sqlite.org/c3ref/step.html)

    /// Advances to the next row: true when a row is ready to read, false when done.
    public func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let error = database.error(code: code, sql: sql)
        sqlite3_reset(handle)
        throw error
    }

    /// Runs a statement that returns no rows (INSERT, UPDATE, DELETE), then resets it for reuse.
    public func run() throws(SQLiteError) {
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() {
        sqlite3_reset(handle)
    }

    // MARK: Reading columns (https://sqlite.org/c3ref/column_blob.html)

    /// The number of columns in a result row.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The name of the column at `index` (0-based).
    public func columnName(at index: Int32) -> String {
        sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
    }

    /// True when the column at `index` holds NULL.
    public func isNull(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    /// True when the column at `index` holds an integer.
    public func isInteger(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_INTEGER
    }

    /// True when the column at `index` holds a floating-point number.
    public func isReal(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_FLOAT
    }

    /// The column at `index` as an integer (0 for NULL).
    public func int64(at index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// The column at `index` as an integer, nil for NULL.
    public func optionalInt64(at index: Int32) -> Int64? {
        isNull(at: index) ? nil : sqlite3_column_int64(handle, index)
    }

    /// The column at `index` as a number (0 for NULL).
    public func double(at index: Int32) -> Double {
        sqlite3_column_double(handle, index)
    }

    /// The column at `index` as a number, nil for NULL.
    public func optionalDouble(at index: Int32) -> Double? {
        isNull(at: index) ? nil : sqlite3_column_double(handle, index)
    }

    /// The column at `index` as text, nil for NULL.
    public func string(at index: Int32) -> String? {
        guard let bytes = utf8(at: index) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The column at `index` as a blob, nil for NULL.
    public func blob(at index: Int32) -> [UInt8]? {
        guard !isNull(at: index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        guard count > 0, let pointer = sqlite3_column_blob(handle, index) else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// The column at `index` of the current row, found once: its type, number and text are then
    /// read without SQLite finding the column again (each `sqlite3_column_*` call does, and
    /// an export reads twenty columns a row, most of them twice: their type, then their value).
    ///
    /// Valid until the next `step` or `reset`. SQLite calls the value unprotected: reading it
    /// is safe for a connection one thread uses at a time, as every connection here is
    /// (opened with `SQLITE_OPEN_NOMUTEX`; see <https://sqlite.org/c3ref/value.html>).
    public func value(at index: Int32) -> ColumnValue {
        ColumnValue(pointer: sqlite3_column_value(handle, index))
    }

    /// The UTF-8 bytes of the column at `index` without copying, nil for NULL.
    ///
    /// The buffer is valid only until the next `step`, `reset` or column read of another type:
    /// use it at once (the export path writes it straight into its output buffer).
    public func utf8(at index: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let pointer = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return UnsafeBufferPointer(start: pointer, count: count)
    }

    private func check(_ code: Int32) throws(SQLiteError) {
        if code != SQLITE_OK { throw database.error(code: code, sql: sql) }
    }
}

@available(*, unavailable)
extension Statement: Sendable {}

/// One column of a statement's current row (``Statement/value(at:)``), read without looking the
/// column up again; valid until the statement's next step or reset.
public struct ColumnValue {
    let pointer: OpaquePointer?

    init(pointer: OpaquePointer?) {
        self.pointer = pointer
    }

    /// True for NULL.
    public var isNull: Bool { sqlite3_value_type(pointer) == SQLITE_NULL }

    /// True for an integer.
    public var isInteger: Bool { sqlite3_value_type(pointer) == SQLITE_INTEGER }

    /// True for a floating-point number.
    public var isReal: Bool { sqlite3_value_type(pointer) == SQLITE_FLOAT }

    /// The value as an integer (0 for NULL).
    public var int64: Int64 { sqlite3_value_int64(pointer) }

    /// The value as an integer, nil for NULL.
    public var optionalInt64: Int64? { isNull ? nil : sqlite3_value_int64(pointer) }

    /// The value as a number (0 for NULL).
    public var double: Double { sqlite3_value_double(pointer) }

    /// The value's UTF-8 bytes without copying, nil for NULL (valid as ``Statement/utf8(at:)``'s).
    public var utf8: UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_value_text(pointer) else { return nil }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(pointer)))
    }
}
