import SQLiteLayer
import Testing

@testable import HearsayStore

/// ``ForwardScan``: whatever order keys are asked for in (ascending, with gaps, backwards, far
/// ahead, past the end), it finds exactly the rows a look-up by key finds.
@Suite struct ForwardScanTests {
    @Test func findsTheRowsALookUpFinds() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t (k INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (k, n)) WITHOUT ROWID")
        var state: UInt64 = 0x0123_4567_89AB_CDEF
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let insert = try db.prepare(sql: "INSERT INTO t VALUES (?, ?)")
        for key in 0..<400 where next(3) > 0 {
            for n in 0..<next(4) {
                try insert.bind(Int64(key * 2), at: 1)
                try insert.bind(Int64(n), at: 2)
                try insert.run()
                insert.reset()
            }
        }
        let lookup = try db.prepare(sql: "SELECT n FROM t WHERE k = ? ORDER BY n")
        func expected(_ key: Int64) throws -> [Int64] {
            try lookup.bind(key, at: 1)
            defer { lookup.reset() }
            var found: [Int64] = []
            while try lookup.step() { found.append(lookup.int64(at: 0)) }
            return found
        }
        let ascending = (0..<900).map { Int64($0) }
        let jumping = (0..<300).map { _ in Int64(next(900)) }
        let mostlyUp = (0..<300).map { Int64($0 * 3 - next(8)) }
        for keys in [ascending, jumping, mostlyUp, ascending.reversed()] {
            let scan = try ForwardScan(db: db, sql: "SELECT k, n FROM t WHERE k >= ?1 ORDER BY k, n")
            for key in keys {
                var found: [Int64] = []
                if try scan.move(to: key) {
                    repeat {
                        found.append(scan.statement.int64(at: 1))
                        try scan.next()
                    } while scan.key == key
                }
                #expect(try found == expected(key), "key \(key)")
            }
            scan.finish()
        }
    }
}
