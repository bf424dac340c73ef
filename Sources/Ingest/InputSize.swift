#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How many bytes an import will read, told before it starts from the sizes of the files it will
/// open, for progress by bytes (``ReadMeter``).
public enum InputSize {
    /// The total size of the files `paths` expand to (as ``ArticleReader`` expands them; gzip
    /// files by their compressed size), plus what is left of standard input when it is a regular
    /// file; nil when an input's size cannot be told (standard input from a pipe or a terminal,
    /// a FIFO). Paths that cannot be read count nothing: the import names them.
    public static func bytes(of paths: [String]) -> Int? {
        var total = 0
        var known = true
        InputFinder.expand(paths) { found in
            guard known, case .success(let file) = found else { return }
            guard let size = file.path == "-" ? standardInputLeft() : regularFileSize(file.path) else {
                known = false
                return
            }
            total += size
        }
        return known ? total : nil
    }

    /// The size of the regular file at `path`, 0 when it is missing (the import names it), nil
    /// when it is not a regular file.
    private static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// The bytes between standard input's position and its end when it is a regular file.
    private static func standardInputLeft() -> Int? {
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let position = lseek(STDIN_FILENO, 0, SEEK_CUR)
        return max(0, Int(info.st_size) - max(0, Int(position)))
    }
}
