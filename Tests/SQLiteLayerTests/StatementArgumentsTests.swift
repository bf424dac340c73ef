import SQLiteLayer
import TestSupport
import Testing

/// Typed arguments: every Swift type binds as the SQLite type it stands for, never as NULL by accident.
@Suite struct StatementArgumentsTests {
    /// The type SQLite recorded and the value read back as text, for each column of the one row of `t`.
    private func stored(_ db: Database, columns: Int) throws -> [[String]] {
        let row = try db.prepare(
            sql: "SELECT " + (1...columns).map { "typeof(c\($0)), quote(c\($0))" }.joined(separator: ", ") + " FROM t")
        #expect(try row.step())
        return (0..<columns).map { column in
            [row.string(at: Int32(2 * column)) ?? "", row.string(at: Int32(2 * column + 1)) ?? ""]
        }
    }

    @Test(arguments: Location.allCases)
    func everyTypeBindsAsItself(_ location: Location) throws {
        let folder = ScratchFolder("sqlitelayer")
        let db = try Database(path: location.path(in: folder, name: "test.db"))
        try db.execute(sql: "CREATE TABLE t(c1, c2, c3, c4, c5, c6, c7, c8, c9)")
        let missing: Int64? = nil
        try db.execute(
            sql: "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            arguments: [Int64(7), 8, Int32(9), 2.5, true, false, "Zoë", missing, DatabaseValue.blob([0, 255])])
        #expect(
            try stored(db, columns: 9) == [
                ["integer", "7"], ["integer", "8"], ["integer", "9"], ["real", "2.5"], ["integer", "1"],
                ["integer", "0"], ["text", "'Zoë'"], ["null", "NULL"], ["blob", "X'00FF'"],
            ])
    }

    @Test func rebindingReplacesEveryValue() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t(c1, c2)")
        let insert = try db.prepare(sql: "INSERT INTO t VALUES (?, ?)")
        try insert.rebind(["first", 1])
        try insert.run()
        try insert.rebind([nil as String?, 0.25])
        try insert.run()
        let rows = try db.prepare(sql: "SELECT quote(c1), quote(c2) FROM t ORDER BY rowid")
        var seen: [[String]] = []
        while try rows.step() { seen.append([rows.string(at: 0) ?? "", rows.string(at: 1) ?? ""]) }
        #expect(seen == [["'first'", "1"], ["NULL", "0.25"]])
    }

    @Test func appendedValuesKeepTheirOrder() {
        var arguments = StatementArguments()
        #expect(arguments.isEmpty)
        arguments.append("a")
        arguments.append(3)
        arguments.append(nil as Double?)
        #expect(arguments.values == [.text("a"), .integer(3), .null])
    }
}
