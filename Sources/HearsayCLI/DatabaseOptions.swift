import ArgumentParser
import Foundation
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
    func open() throws -> Store {
        try Store(path: path)
    }
}
