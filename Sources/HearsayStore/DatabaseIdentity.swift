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
        let applicationID = try db.scalarInt(sql: "PRAGMA application_id") ?? 0
        if applicationID == Int64(Schema.applicationID) { return }
        if applicationID != 0 {
            throw StoreError(
                .notHearsay,
                "an SQLite database of another program (application id \(applicationID)), not Hearsay's; refusing to touch it",
                path: db.path)
        }
        let objects = try db.scalarInt(sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if objects > 0 {
            throw StoreError(
                .notHearsay, "an SQLite database that is not Hearsay's (it already holds tables); refusing to touch it",
                path: db.path)
        }
    }
}
