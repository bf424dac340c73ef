import SQLiteLayer

/// Checks that a file is a Hearsay database (or empty) before anything writes to it.
///
/// A file that is not SQLite, or an SQLite database of another program that already holds
/// tables, is refused and never modified (issue 7). The file is only ever read through SQLite:
/// opening and closing it with another API would drop the POSIX locks SQLite holds on it in
/// this process (a second connection does so while the first writes), and another process
/// could then checkpoint and delete the write-ahead log under us.
enum DatabaseIdentity {
    /// Run on the freshly opened connection, before the first write: accepts a Hearsay database
    /// or an empty one, refuses the rest.
    static func inspect(_ db: Database) throws {
        // One statement, so both values come from one snapshot: read apart, another process
        // creating the database could commit in between and make it look foreign.
        let statement = try db.prepare(
            sql: "SELECT (SELECT application_id FROM pragma_application_id()), (SELECT count(*) FROM sqlite_master)")
        guard try statement.step() else { return }
        let applicationID = statement.int64(at: 0)
        let objects = statement.int64(at: 1)
        if applicationID == Int64(Schema.applicationID) { return }
        if applicationID != 0 {
            throw StoreError(
                .notHearsay,
                "an SQLite database of another program (application id \(applicationID)), not Hearsay's; refusing to touch it",
                path: db.path)
        }
        if objects > 0 {
            throw StoreError(
                .notHearsay, "an SQLite database that is not Hearsay's (it already holds tables); refusing to touch it",
                path: db.path)
        }
    }
}
