/// One value as SQLite stores it: NULL, an integer, a real number, text or a blob.
///
/// See <https://sqlite.org/datatype3.html>.
public enum DatabaseValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit integer (also how booleans are stored: 0 or 1).
    case integer(Int64)
    /// A floating-point number.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Bytes.
    case blob([UInt8])
}

/// A Swift value that binds to a statement parameter as one ``DatabaseValue``.
public protocol DatabaseValueConvertible {
    /// The value as SQLite stores it.
    var databaseValue: DatabaseValue { get }
}

extension Int64: DatabaseValueConvertible {
    /// An integer.
    public var databaseValue: DatabaseValue { .integer(self) }
}

extension Int: DatabaseValueConvertible {
    /// An integer.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
}

extension Int32: DatabaseValueConvertible {
    /// An integer.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
}

extension Double: DatabaseValueConvertible {
    /// A real number.
    public var databaseValue: DatabaseValue { .real(self) }
}

extension Bool: DatabaseValueConvertible {
    /// 1 for true, 0 for false, as SQLite stores booleans.
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
}

extension String: DatabaseValueConvertible {
    /// Text.
    public var databaseValue: DatabaseValue { .text(self) }
}

extension DatabaseValue: DatabaseValueConvertible {
    /// The value itself.
    public var databaseValue: DatabaseValue { self }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// The wrapped value, or NULL.
    public var databaseValue: DatabaseValue { map(\.databaseValue) ?? .null }
}

/// The values bound to a statement's parameters, in order (`?1`, `?2`, ...), each with its type.
///
/// ```swift
/// try db.execute(sql: "UPDATE t SET score = ?1, done = ?2 WHERE id = ?3", arguments: [0.5, true, id])
/// try statement.bind(["Ada", nil as String?])
/// ```
public struct StatementArguments: Sendable, Hashable, ExpressibleByArrayLiteral {
    /// The values, the first bound to parameter 1.
    public var values: [DatabaseValue]

    /// Arguments from values already converted.
    public init(_ values: [DatabaseValue] = []) {
        self.values = values
    }

    /// Arguments from Swift values; a `nil` binds NULL.
    public init(arrayLiteral elements: (any DatabaseValueConvertible)?...) {
        values = elements.map { $0?.databaseValue ?? .null }
    }

    /// Adds a value for the next parameter.
    public mutating func append(_ value: some DatabaseValueConvertible) {
        values.append(value.databaseValue)
    }

    /// True when there is no value.
    public var isEmpty: Bool { values.isEmpty }
}

extension Statement {
    /// Binds one value to the parameter at `index` (1-based).
    public func bind(_ value: DatabaseValue, at index: Int32) throws(SQLiteError) {
        switch value {
        case .null: try bindNull(at: index)
        case .integer(let number): try bind(number, at: index)
        case .real(let number): try bind(number, at: index)
        case .text(let text): try bind(text, at: index)
        case .blob(let bytes): try bind(blob: bytes, at: index)
        }
    }

    /// Binds `arguments` to parameters 1, 2, ... in order.
    public func bind(_ arguments: StatementArguments) throws(SQLiteError) {
        for (offset, value) in arguments.values.enumerated() { try bind(value, at: Int32(offset + 1)) }
    }

    /// Rewinds the statement and binds `arguments`, ready to step again.
    public func rebind(_ arguments: StatementArguments) throws(SQLiteError) {
        reset()
        try bind(arguments)
    }
}

extension Database {
    /// Prepares `sql`, binds `arguments` and runs it to the end (a statement that returns no rows).
    public func execute(sql: String, arguments: StatementArguments) throws(SQLiteError) {
        let statement = try prepare(sql: sql)
        try statement.bind(arguments)
        try statement.run()
    }
}
