import Foundation
import SQLiteLayer

/// Checks that a file is a Hearsay database (or empty) before anything writes to it.
///
/// A file that is not SQLite, or an SQLite database of another program that already holds
/// tables, is refused and never modified (issue 7).
enum DatabaseIdentity {
    /// The 16 bytes every SQLite database file starts with. See <https://sqlite.org/fileformat.html>.
    static let magic: [UInt8] = Array("SQLite format 3".utf8) + [0]

    /// Reads the header of an existing file; throws when it exists, is not empty and is not SQLite.
    static func checkHeader(path: String) throws {
        guard path != ":memory:", !path.hasPrefix("file:"), FileManager.default.fileExists(atPath: path) else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.readOnly, "cannot read the database file (check its permissions)", path: path)
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if header.isEmpty { return }
        guard header.count == 100, Array(header.prefix(16)) == magic else {
            throw StoreError(.notSQLite, "not an SQLite database; refusing to touch it", path: path)
        }
    }

    /// Run on the freshly opened connection, before the first write: accepts a Hearsay database
    /// or an empty one, refuses the rest.
    static func inspect(_ db: Database) throws {
        let applicationID = try db.scalarInt(sql: "PRAGMA application_id") ?? 0
        if applicationID == Int64(Schema.applicationID) { return }
        if applicationID != 0 {
            throw StoreError(
                .notHearsay, "an SQLite database of another program (application id \(applicationID)), not Hearsay's; refusing to touch it",
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
