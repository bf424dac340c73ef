import SQLiteLayer

/// A value bound to a query built at run time.
enum SQLValue: Hashable {
    case integer(Int64)
    case text(String)
}

extension Statement {
    func bind(_ value: SQLValue, at index: Int32) throws {
        switch value {
        case .integer(let number): try bind(number, at: index)
        case .text(let text): try bind(text, at: index)
        }
    }

    func bind(_ values: [SQLValue]) throws {
        for (offset, value) in values.enumerated() { try bind(value, at: Int32(offset + 1)) }
    }
}
