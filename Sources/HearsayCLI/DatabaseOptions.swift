import ArgumentParser
import Foundation
import HearsayModel
import HearsayStore

/// `--db PATH`, shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $HEARSAY_DB, else ./hearsay.db).")
    var db: String?

    /// The path in force: the flag, else `$HEARSAY_DB`, else `./hearsay.db`.
    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["HEARSAY_DB"], !environment.isEmpty {
            return environment
        }
        return "hearsay.db"
    }

    /// Opens (creating and migrating when needed) the database.
    ///
    /// `HEARSAY_BUSY_TIMEOUT_MS` overrides how long to wait for another writer (default 5000).
    func open() throws -> Store {
        let timeout = ProcessInfo.processInfo.environment["HEARSAY_BUSY_TIMEOUT_MS"].flatMap(Int32.init) ?? 5_000
        return try Store(path: path, busyTimeoutMilliseconds: max(0, timeout))
    }
}
