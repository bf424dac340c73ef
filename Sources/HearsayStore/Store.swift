import Foundation
import SQLiteLayer

/// The Hearsay database: articles, speakers, quotes and claims, with import, queries and export.
///
/// Opening a path creates and migrates the database on first use. A file that is not a Hearsay
/// database is refused before anything is written to it, and so is a database made by a newer
/// Hearsay. A `Store` is one connection: use it from one thread at a time.
///
/// ```swift
/// let store = try Store(path: "hearsay.db")
/// try store.importArticle(key: "a.txt", text: text, metadata: metadata, extraction: extraction)
/// let quotes = try store.quotes(matching: QueryFilter(person: "Esper"))
/// ```
public final class Store {
    /// The database file ("hearsay.db"), or ":memory:".
    public let path: String
    /// The connection; internal so the SQL stays in this module.
    let db: Database
    /// Prepared statements for import, created on first use and reused for every article.
    lazy var writer: ArticleWriter = {
        // A larger page cache keeps the FTS5 segments of a big import transaction in memory;
        // readers keep SQLite's small default so exports stay in constant, small memory.
        try? db.execute(sql: "PRAGMA cache_size = -65536")
        return ArticleWriter(db: db)
    }()

    /// The statement behind ``isStored(key:contentHash:)``, prepared on first use.
    var findHash: Statement?
    /// Claim grouping after each imported batch, made on the first; it keeps the claims it read
    /// from one batch to the next.
    var importGrouping: ClaimGroupUpdater?
    /// What a search worked out about the rows of a speaker type and the rows that match, kept
    /// while the database stays the same (a page's facets and rows ask twice).
    var searchMemo = SearchMemo()
    /// True once ``readThroughMap()`` has mapped the file for this connection.
    var readsThroughMap = false

    /// Opens the database at `path`, creating and migrating it unless `readOnly`.
    ///
    /// - Parameters:
    ///   - readOnly: open for reading only; a missing or outdated database is an error.
    ///   - create: create the file when it is missing (ignored when `readOnly`).
    ///   - immutable: read the file as one nothing can change: no locks, no `-wal` or `-shm`
    ///     (for a folder this user cannot write); implies `readOnly`.
    ///   - busyTimeoutMilliseconds: how long to wait for another writer before giving up.
    public init(
        path: String, readOnly: Bool = false, create: Bool = true, immutable: Bool = false,
        busyTimeoutMilliseconds: Int32 = 5_000
    ) throws {
        self.path = path
        let readOnly = readOnly || immutable
        do {
            var configuration = Database.Configuration()
            configuration.readOnly = readOnly
            configuration.immutable = immutable
            configuration.create = create && !readOnly
            configuration.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            configuration.inspect = { try DatabaseIdentity.inspect($0) }
            db = try Database(path: path, configuration: configuration)
            let migrator = Schema.migrator
            if try migrator.needsMigration(db) {
                if readOnly || db.isReadOnly {
                    throw StoreError(
                        .readOnly,
                        "database is read-only and needs its schema brought up to version \(Schema.version)",
                        path: path)
                }
                if try migrator.migrate(db).contains(Schema.occurrenceKeysVersion) { try fillOccurrenceKeys() }
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// The schema version recorded in the database.
    public func schemaVersion() throws -> Int {
        try run { try Schema.migrator.appliedVersion(db) }
    }

    /// Runs `body`, translating SQLite failures into ``StoreError`` naming the database.
    func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw StoreError.wrap(error, path: path) }
    }
}

@available(*, unavailable)
extension Store: Sendable {}
