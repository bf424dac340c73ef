import Foundation
import SQLiteLayer
import TestSupport
import Testing

@Suite struct DatabaseTests {
    private func open(_ location: Location, _ temp: ScratchFolder) throws -> Database {
        try Database(path: location == .memory ? ":memory:" : temp.path("test.db"))
    }

    @Test(arguments: Location.allCases)
    func bindsAndReadsEveryType(_ location: Location) throws {
        let temp = ScratchFolder("sqlitelayer")
        let db = try open(location, temp)
        try db.execute(sql: "CREATE TABLE t(i INTEGER, d REAL, s TEXT, b BLOB, n TEXT)")
        let insert = try db.prepare(sql: "INSERT INTO t VALUES (?, ?, :s, ?, ?)")
        try insert.bind(Int64(42), at: 1)
        try insert.bind(2.5, at: 2)
        try insert.bind("Zoë «quoted» 'x'", named: ":s")
        try insert.bind(blob: [0, 1, 255], at: 4)
        try insert.bind(nil as String?, at: 5)
        try insert.run()
        #expect(db.changes == 1)
        #expect(db.lastInsertRowID == 1)

        let select = try db.prepare(sql: "SELECT i, d, s, b, n FROM t")
        #expect(try select.step())
        #expect(select.int64(at: 0) == 42)
        #expect(select.double(at: 1) == 2.5)
        #expect(select.string(at: 2) == "Zoë «quoted» 'x'")
        #expect(select.blob(at: 3) == [0, 1, 255])
        #expect(select.string(at: 4) == nil)
        #expect(select.isNull(at: 4))
        #expect(try select.step() == false)
    }

    /// A new file takes the configured page size, WAL or not; an existing file keeps its own.
    @Test func pageSizeAppliesToNewFilesOnly() throws {
        let temp = ScratchFolder("sqlitelayer")
        var small = Database.Configuration()
        small.pageSize = 2048
        do {
            let db = try Database(path: temp.path("test.db"), configuration: small)
            try db.execute(sql: "CREATE TABLE t(x)")
            #expect(try db.scalarInt(sql: "PRAGMA page_size") == 2048)
            #expect(try db.scalarText(sql: "PRAGMA journal_mode") == "wal")
        }
        var large = Database.Configuration()
        large.pageSize = 8192
        let reopened = try Database(path: temp.path("test.db"), configuration: large)
        #expect(try reopened.scalarInt(sql: "PRAGMA page_size") == 2048)
        #expect(try Database(path: ":memory:", configuration: small).scalarInt(sql: "PRAGMA page_size") == 2048)
    }

    @Test func bindsDataAndEmptyBlobs() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare(sql: "SELECT ?, ?, typeof(?)")
        try statement.bind(Data([1, 2, 3]), at: 1)
        try statement.bind(blob: [], at: 2)
        try statement.bind(Data(), at: 3)
        #expect(try statement.step())
        #expect(statement.data(at: 0) == Data([1, 2, 3]))
        #expect(statement.blob(at: 1) == [])
        #expect(statement.string(at: 2) == "blob")
    }

    @Test func emptyStringIsNotNull() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare(sql: "SELECT ? IS NULL, length(?)")
        try statement.bind("", at: 1)
        try statement.bind("", at: 2)
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == 0)
        #expect(statement.int64(at: 1) == 0)
    }

    @Test func statementIsReusableAfterReset() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t(x INTEGER)")
        let insert = try db.prepare(sql: "INSERT INTO t VALUES (?)")
        for value in 1...100 {
            try insert.bind(value, at: 1)
            try insert.run()
        }
        #expect(try db.scalarInt(sql: "SELECT sum(x) FROM t") == 5050)
    }

    @Test(arguments: Location.allCases)
    func transactionRollsBackOnError(_ location: Location) throws {
        struct Boom: Error {}
        let temp = ScratchFolder("sqlitelayer")
        let db = try open(location, temp)
        try db.execute(sql: "CREATE TABLE t(x INTEGER)")
        #expect(throws: Boom.self) {
            try db.transaction { db in
                try db.execute(sql: "INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(db.isAutocommit)
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM t") == 0)
        try db.transaction { try $0.execute(sql: "INSERT INTO t VALUES (1)") }
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM t") == 1)
    }

    @Test func errorsCarryExtendedCodeMessageAndSQL() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t(x INTEGER UNIQUE)")
        let insert = try db.prepare(sql: "INSERT INTO t VALUES (?)")
        try insert.bind(1, at: 1)
        try insert.run()
        do {
            try insert.run()
            Issue.record("a duplicate was accepted")
        } catch {
            #expect(error.code == .constraintUnique)
            #expect(error.code.primary == .constraint)
            #expect(error.message.contains("UNIQUE"))
            #expect(error.sql == "INSERT INTO t VALUES (?)")
            #expect(error.description.contains("INSERT INTO t"))
        }
        #expect(throws: SQLiteError.self) { try db.prepare(sql: "SELEKT nonsense") }
    }

    @Test func fileConnectionUsesWALAndForeignKeys() throws {
        let temp = ScratchFolder("sqlitelayer")
        let db = try Database(path: temp.path("test.db"))
        #expect(try db.scalarText(sql: "PRAGMA journal_mode") == "wal")
        #expect(try db.scalarInt(sql: "PRAGMA foreign_keys") == 1)
        #expect(try db.scalarInt(sql: "PRAGMA synchronous") == 1)
        try db.execute(sql: "CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(p INTEGER REFERENCES p(id))")
        do {
            try db.execute(sql: "INSERT INTO c VALUES (7)")
            Issue.record("a dangling reference was accepted")
        } catch {
            #expect(error.code == .constraintForeignKey)
        }
    }

    @Test func secondWriterWaitsThenFailsWithBusy() throws {
        let temp = ScratchFolder("sqlitelayer")
        let first = try Database(path: temp.path("test.db"))
        try first.execute(sql: "CREATE TABLE t(x INTEGER)")
        var configuration = Database.Configuration()
        configuration.busyTimeoutMilliseconds = 50
        let second = try Database(path: temp.path("test.db"), configuration: configuration)
        try first.execute(sql: "BEGIN IMMEDIATE")
        do {
            try second.transaction { try $0.execute(sql: "INSERT INTO t VALUES (1)") }
            Issue.record("two writers at once")
        } catch let error as SQLiteError {
            #expect(error.code.primary == .busy)
        }
        try first.execute(sql: "COMMIT")
        try second.transaction { try $0.execute(sql: "INSERT INTO t VALUES (1)") }
    }

    @Test func readOnlyConnectionRefusesWrites() throws {
        let temp = ScratchFolder("sqlitelayer")
        try Database(path: temp.path("test.db")).execute(sql: "CREATE TABLE t(x INTEGER)")
        var configuration = Database.Configuration()
        configuration.readOnly = true
        let db = try Database(path: temp.path("test.db"), configuration: configuration)
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM t") == 0)
        do {
            try db.execute(sql: "INSERT INTO t VALUES (1)")
            Issue.record("wrote to a read-only connection")
        } catch {
            #expect(error.code.primary == .readOnly)
        }
    }
}
