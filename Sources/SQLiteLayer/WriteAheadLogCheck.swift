import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Refuses a `-wal` file that does not belong to the database beside it, before SQLite replays it.
///
/// SQLite trusts any write-ahead log whose own checksums hold: a `-wal` copied from another
/// database is replayed page by page into this one, which destroys it. A log that belongs here
/// either has a live connection (the `-shm` is locked), or was left by a connection that ended
/// without closing, which also leaves the `-shm` whose header records the log's salt. So a log
/// holding frames is refused when its page size is not the database's, when no `-shm` is beside
/// it, or when the `-shm` records committed frames under another salt.
/// See <https://sqlite.org/walformat.html> and <https://sqlite.org/fileformat2.html#walformat>.
public enum WriteAheadLogCheck {
    /// Paths already checked in this process: later connections skip the check, because opening
    /// and closing the database or `-shm` with another API would drop the POSIX locks SQLite holds.
    private static let checked = Mutex<Set<String>>([])

    /// Throws ``ForeignLogError`` when `databasePath-wal` is not this database's; does nothing the
    /// second time a path is checked in this process.
    public static func verify(databasePath path: String) throws(ForeignLogError) {
        let inserted = checked.withLock { $0.insert(path).inserted }
        guard inserted else { return }
        // A log is written and deleted by other processes as they run and close; a mismatch seen
        // in passing is looked at again before the database is refused.
        var attempt = 0
        while let reason = mismatch(path) {
            attempt += 1
            if attempt == 3 {
                checked.withLock { _ = $0.remove(path) }
                throw ForeignLogError(databasePath: path, reason: reason)
            }
            usleep(100_000)
        }
    }

    /// Why the log beside `path` is not its own, or nil when it is (or holds nothing to replay).
    static func mismatch(_ path: String) -> String? {
        let walPath = path + "-wal"
        let shmPath = path + "-shm"
        let header = read(walPath, offset: 0, count: 32)
        guard header.count == 32 else { return nil }
        let magic = bigEndian32(header, 0)
        // SQLite ignores a log whose header is not one; it holds nothing it would replay.
        guard magic == 0x377F_0682 || magic == 0x377F_0683 else { return nil }
        let logPageSize = Int(bigEndian32(header, 8))
        let frame = read(walPath, offset: 32, count: 24)
        guard frame.count == 24, fileSize(walPath) >= 32 + 24 + logPageSize else { return nil }
        // A first frame from an older log generation is not replayed either.
        guard Array(frame[8..<16]) == Array(header[16..<24]) else { return nil }
        if isLocked(shmPath) { return nil }
        let database = read(path, offset: 0, count: 100)
        guard database.count == 100 else { return "the database file is empty but the log holds pages" }
        let raw = Int(database[16]) << 8 | Int(database[17])
        let pageSize = raw == 1 ? 65_536 : raw
        if pageSize != logPageSize {
            return "its pages are \(logPageSize) bytes, the database's \(pageSize)"
        }
        let index = read(shmPath, offset: 0, count: 48)
        guard index.count == 48 else {
            return "no \(basename(shmPath)) records that this log was written here"
        }
        let initialised = index[12] != 0
        let committedFrames = index.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 16, as: UInt32.self) }
        if initialised, committedFrames > 0, Array(index[32..<40]) != Array(header[16..<24]) {
            return "its salt is not the one \(basename(shmPath)) records"
        }
        return nil
    }

    /// True when another process holds one of SQLite's locks on the `-shm` file (a live connection).
    private static func isLocked(_ shmPath: String) -> Bool {
        let descriptor = open(shmPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        // The eight WAL locks and the "dead man switch" byte SQLite's unix VFS uses.
        lock.l_start = 120
        lock.l_len = 9
        guard fcntl(descriptor, F_GETLK, &lock) == 0 else { return false }
        return lock.l_type != Int16(F_UNLCK)
    }

    private static func read(_ path: String, offset: Int, count: Int) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return got > 0 ? Array(bytes[0..<got]) : []
    }

    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    private static func bigEndian32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

    private static func basename(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// A `-wal` beside the database belongs to another database; nothing was opened or changed.
public struct ForeignLogError: Error, CustomStringConvertible, Sendable {
    /// The database file.
    public var databasePath: String
    /// What does not match.
    public var reason: String

    /// "g4.db-wal does not belong to g4.db (…); refusing to open …".
    public var description: String {
        "\(databasePath)-wal does not belong to \(databasePath) (\(reason)); refusing to open it, "
            + "which would replay that log into the database. Both files are untouched: move "
            + "\(databasePath)-wal (and any \(databasePath)-shm) aside if they are not this database's"
    }
}
