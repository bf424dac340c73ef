import CSQLite

/// An SQLite result code, primary or extended.
///
/// Swift does not import the extended codes (`SQLITE_CONSTRAINT_UNIQUE`, …) because they are
/// macros built from expressions, so the ones we use are defined here once.
/// See <https://sqlite.org/rescode.html>.
public struct ResultCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The integer SQLite returned.
    public var rawValue: Int32

    /// Wraps an integer result code.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code (the low 8 bits), e.g. `.constraint` for `.constraintUnique`.
    public var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    /// SQLite's English description of the code.
    public var description: String { String(cString: sqlite3_errstr(rawValue)) + " (\(rawValue))" }

    /// Successful result.
    public static let ok = ResultCode(rawValue: SQLITE_OK)
    /// Generic error.
    public static let error = ResultCode(rawValue: SQLITE_ERROR)
    /// The database file is locked by another connection.
    public static let busy = ResultCode(rawValue: SQLITE_BUSY)
    /// A table in the database is locked.
    public static let locked = ResultCode(rawValue: SQLITE_LOCKED)
    /// Attempt to write a read-only database.
    public static let readOnly = ResultCode(rawValue: SQLITE_READONLY)
    /// Some kind of disk I/O error occurred.
    public static let ioError = ResultCode(rawValue: SQLITE_IOERR)
    /// The database disk image is malformed.
    public static let corrupt = ResultCode(rawValue: SQLITE_CORRUPT)
    /// Insertion failed because the disk is full.
    public static let full = ResultCode(rawValue: SQLITE_FULL)
    /// Unable to open the database file.
    public static let cantOpen = ResultCode(rawValue: SQLITE_CANTOPEN)
    /// Abort due to a constraint violation.
    public static let constraint = ResultCode(rawValue: SQLITE_CONSTRAINT)
    /// Data type mismatch.
    public static let mismatch = ResultCode(rawValue: SQLITE_MISMATCH)
    /// Library used incorrectly.
    public static let misuse = ResultCode(rawValue: SQLITE_MISUSE)
    /// The file opened is not a database file.
    public static let notADatabase = ResultCode(rawValue: SQLITE_NOTADB)
    /// `sqlite3_step` has another row ready.
    public static let row = ResultCode(rawValue: SQLITE_ROW)
    /// `sqlite3_step` has finished executing.
    public static let done = ResultCode(rawValue: SQLITE_DONE)

    /// A busy timeout expired (`SQLITE_BUSY_TIMEOUT`).
    public static let busyTimeout = ResultCode(rawValue: SQLITE_BUSY | (3 << 8))
    /// A write was refused because the file is read-only (`SQLITE_READONLY_DBMOVED` etc. share the primary code).
    public static let readOnlyDirectory = ResultCode(rawValue: SQLITE_READONLY | (6 << 8))
    /// A CHECK constraint failed.
    public static let constraintCheck = ResultCode(rawValue: SQLITE_CONSTRAINT | (1 << 8))
    /// A FOREIGN KEY constraint failed.
    public static let constraintForeignKey = ResultCode(rawValue: SQLITE_CONSTRAINT | (3 << 8))
    /// A NOT NULL constraint failed.
    public static let constraintNotNull = ResultCode(rawValue: SQLITE_CONSTRAINT | (5 << 8))
    /// A PRIMARY KEY constraint failed.
    public static let constraintPrimaryKey = ResultCode(rawValue: SQLITE_CONSTRAINT | (6 << 8))
    /// A UNIQUE constraint failed.
    public static let constraintUnique = ResultCode(rawValue: SQLITE_CONSTRAINT | (8 << 8))
}

/// SQLite copies the bytes before the bind call returns (`SQLITE_TRANSIENT`), which Swift
/// cannot import because it is a cast of -1 to a function pointer.
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
