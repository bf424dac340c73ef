import Extraction
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The file behind `--output`, written the way `cp` writes its destination.
///
/// A symbolic link is followed to what it names. A special file (a FIFO, a terminal, a device,
/// or a descriptor named under `/dev` or `/proc`, such as `/dev/stdout`) is opened and written
/// into, never replaced. A regular file, or a path
/// where nothing is yet, is written as a temporary file in the same folder that ``commit()``
/// renames into place with the old file's permissions once the whole export has succeeded: an
/// export that fails or is killed leaves the old file (or nothing) at the path, never a part
/// that looks whole. A hard link at the path is replaced by the new file, as `rename` does.
public final class OutputFile {
    /// The path as given.
    public let path: String
    /// Where the bytes go; written to by the export.
    public let buffer: OutputBuffer
    /// The file the temporary becomes, nil when writing straight into a special file.
    private let destination: String?
    private let temporary: String?
    private var committed = false

    /// Opens the output at `path` (see the type's summary); throws ``OutputError`` naming it.
    public init(path: String) throws {
        self.path = path
        var info = stat()
        let exists = stat(path, &info) == 0
        let kind = info.st_mode & S_IFMT
        if exists, kind == S_IFDIR {
            throw OutputError(path: path, reason: "is a folder; give a file name")
        }
        // `/dev/stdout`, `/dev/fd/N` and `/proc/self/fd/N` name a descriptor already open (a pipe,
        // or a file the shell opened): written into like any special file, never replaced.
        if exists, kind != S_IFREG || path.hasPrefix("/dev/") || path.hasPrefix("/proc/") {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            destination = nil
            temporary = nil
            buffer = OutputBuffer(descriptor: descriptor, name: path, closeWhenDone: true)
            return
        }
        let target = try Self.followLinks(path)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".partial-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else {
            throw OutputError(
                path: path, reason: "cannot create a file in its folder (\(String(cString: strerror(errno))))")
        }
        let temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp makes 0600; the result keeps the mode (and owner) of the file it replaces,
        // or gets what a new file would under the umask.
        if exists {
            fchmod(descriptor, info.st_mode & 0o7777)
            if fchown(descriptor, info.st_uid, info.st_gid) != 0 { fchmod(descriptor, info.st_mode & 0o777) }
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
        }
        destination = target
        temporary = temporaryPath
        buffer = OutputBuffer(descriptor: descriptor, name: path, closeWhenDone: true)
    }

    deinit {
        if !committed, let temporary { unlink(temporary) }
    }

    /// The open file descriptor, for a writer with its own loop (it must not close it).
    public var descriptor: Int32 { buffer.descriptor }

    /// Writes out what is buffered and, for a regular file, puts the finished file in place; a
    /// second call does nothing.
    public func commit() throws {
        guard !committed else { return }
        try buffer.flush()
        guard let destination, let temporary else {
            committed = true
            return
        }
        try buffer.synchronize()
        guard rename(temporary, destination) == 0 else {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        committed = true
    }

    /// The path a chain of symbolic links ends at, made absolute relative to each link's folder;
    /// the end need not exist yet (a link to a file the export creates).
    private static func followLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &bytes, bytes.count - 1)
            guard count > 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            let link = String(decoding: bytes[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                link.hasPrefix("/")
                ? link
                : ((current as NSString).deletingLastPathComponent as NSString)
                    .appendingPathComponent(link)
        }
        throw OutputError(path: path, reason: "too many levels of symbolic links")
    }
}
