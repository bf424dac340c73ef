import CSQLite
/// Placeholder so the module builds; replaced by the SQLite layer.
public enum SQLiteLayer { public static var version: String { String(cString: sqlite3_libversion()) } }
