import SQLiteLayer

/// The Hearsay database schema: its migrations and the marks that identify a Hearsay file.
public enum Schema {
    /// `PRAGMA application_id` of every Hearsay database: 'HRSY'.
    public static let applicationID: Int32 = 0x4852_5359

    /// The migrations compiled into this binary, from `Migrations/*.sql`.
    public static var migrations: [Migration] { embeddedMigrations }

    /// The schema version this binary creates and understands.
    public static var version: Int { migrations.last?.version ?? 0 }

    /// The migrator for Hearsay databases.
    static var migrator: Migrator { Migrator(migrations: migrations, program: "hearsay") }
}
