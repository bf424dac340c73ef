import Foundation
import SQLiteLayer

extension Store {
    /// Opens an existing database for a command that only reads it.
    ///
    /// A missing file is an error (a misspelt path must not become an empty database). A file
    /// this user may write is opened as usual; one it may only read is opened read-only, and when
    /// even that needs a `-shm` the folder does not allow, as immutable.
    public static func openExisting(path: String, busyTimeoutMilliseconds: Int32 = 5_000) throws -> Store {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(
                .notFound,
                "no database here; check the path, --db or $HEARSAY_DB (nothing was created; `hearsay import` makes one)",
                path: path)
        }
        do {
            let store = try Store(path: path, create: false, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
            if !store.db.isReadOnly { return store }
        } catch let error as StoreError where error.code == .readOnly || error.code == .database {
            // Not writable here: read it as a reader below.
        }
        do {
            let store = try Store(path: path, readOnly: true, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
            _ = try store.schemaVersion()
            return store
        } catch let error as StoreError where error.code == .readOnly || error.code == .database {
            // Read as immutable, SQLite ignores the -wal: refuse rather than show an old state.
            let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            if log > 0 {
                throw StoreError(
                    .readOnly,
                    "its latest changes are in \(path)-wal, which SQLite reads only through a \(path)-shm "
                        + "it cannot make or write here; copy the three files to a folder you can write",
                    path: path, underlying: error)
            }
            return try Store(path: path, immutable: true, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        }
    }
}
