#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Names the file an article came from the same way however it was reached, so a later import
/// of the file through another folder can find the article it stored (``RawArticle/sourceFile``).
enum SourceFile {
    /// `path` made absolute with symbolic links followed (`realpath`); the path itself when that fails.
    static func resolve(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The resolved file followed by what `article`'s origin adds after the path shown (`:3` for a
    /// JSON line, ` record 7 (…)` for a WARC record).
    static func of(_ article: RawArticle, resolved: String, shown: String) -> String {
        guard article.origin.hasPrefix(shown) else { return resolved }
        return resolved + article.origin.dropFirst(shown.count)
    }

    /// The keys `article` would have had had its file been imported from another folder: its
    /// resolved path's trailing parts (`story.txt`, `nyt/story.txt`, `par/nyt/story.txt`, up to
    /// eight folders up) with the article's own suffix (`:3` for a JSON line), its own key left
    /// out. None for an article not keyed by its path (a JSON `id`, a WARC address).
    static func candidateKeys(_ article: RawArticle, file key: String, resolved: String) -> [String] {
        guard article.key.hasPrefix(key) else { return [] }
        let suffix = article.key.dropFirst(key.count)
        var candidates: [String] = []
        var end = resolved.endIndex
        var folders = 0
        while folders <= 8, let slash = resolved[..<end].lastIndex(of: "/") {
            let candidate = resolved[resolved.index(after: slash)...] + suffix
            if !candidate.isEmpty && !candidate.hasPrefix("/") && candidate != article.key {
                candidates.append(String(candidate))
            }
            end = slash
            folders += 1
        }
        return candidates
    }

    /// True when `a` and `b` are one relative path seen from two folders: equal, or one ends with
    /// `/` and the other (`nyt/story.txt` and `story.txt`).
    static func sameRelativePath(_ a: String, _ b: String) -> Bool {
        a == b || a.hasSuffix("/" + b) || b.hasSuffix("/" + a)
    }
}
