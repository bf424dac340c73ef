import SQLiteLayer
import Testing

@Suite struct SQLiteErrorTests {
    @Test func aFullDiskSaysSoAndNamesTheStatement() {
        let error = SQLiteError(code: .full, message: "database or disk is full", sql: "COMMIT")
        #expect(error.description.contains("the disk is full"))
        #expect(error.description.contains("COMMIT"))
    }

    @Test func aFailedWriteSuggestsTheDiskOrAFileSizeLimit() {
        // 778 is SQLITE_IOERR_WRITE, what a write past `ulimit -f` or onto a full disk gives.
        let error = SQLiteError(code: ResultCode(rawValue: 778), message: "disk I/O error")
        #expect(error.description.contains("is the disk full"))
    }

    @Test func aConstraintFailureGetsNoHint() {
        let error = SQLiteError(code: .constraint, message: "UNIQUE constraint failed: articles.key")
        #expect(error.hint == nil)
    }
}
