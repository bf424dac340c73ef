/// The keys given out in one import, so two different inputs never share one.
///
/// Without it, `k1/story.txt` and `k2/story.txt` (both keyed `story.txt`), or two JSON lines with
/// one `id`, would have the later replace the earlier in the same run. The first keeps its key;
/// a later, different article is keyed by its path as given (`k2/story.txt`), or failing that
/// gets `~2`, `~3` … appended, with a warning. The same article read twice keeps its key.
///
/// Before that, an article read from a file already read in this run, or stored unchanged by an
/// earlier import, through another folder takes the key it was given then (``reuse(_:earlierKey:)``).
struct KeyRegister {
    private var taken: [String: (origin: String, content: Int)] = [:]
    /// The key each source file was given in this run, by the file's hash (a path costs more
    /// memory than its hash, and this grows with the run).
    private var keyOfSource: [Int: String] = [:]

    /// Gives `article` the key its ``RawArticle/sourceFile`` was given earlier in this run when
    /// that is its own key seen from another folder (`import par par/nyt`); else the key
    /// `earlierKey` finds it stored under unchanged by an earlier import, if any.
    mutating func reuse(_ article: inout RawArticle, earlierKey: (RawArticle) throws -> String?) throws {
        guard let source = article.sourceFile else { return }
        if let given = keyOfSource[source.hashValue], SourceFile.sameRelativePath(given, article.key) {
            article.key = given
        } else if let earlier = try earlierKey(article) {
            article.key = earlier
        }
    }

    /// Gives `article` a key no other article of this run holds, warning when it had to change it.
    mutating func assign(_ article: inout RawArticle, path: String) {
        defer {
            if let source = article.sourceFile { keyOfSource[source.hashValue] = article.key }
        }
        let content = Self.content(article)
        guard let holder = taken[article.key] else {
            taken[article.key] = (article.origin, content)
            return
        }
        if holder.content == content { return }
        let wanted = article.key
        var candidate = path == "-" || path.hasSuffix(wanted) == false ? wanted : path
        if candidate == wanted || taken[candidate] != nil {
            var n = 2
            while taken[wanted + "~\(n)"] != nil { n += 1 }
            candidate = wanted + "~\(n)"
        }
        article.key = candidate
        taken[candidate] = (article.origin, content)
        article.warnings.append(
            InputProblem(
                path: article.origin,
                reason: "key \(wanted.debugDescription) is already taken in this import by \(holder.origin); "
                    + "stored as \(candidate.debugDescription)"))
    }

    private static func content(_ article: RawArticle) -> Int {
        var hasher = Hasher()
        hasher.combine(article.text)
        hasher.combine(article.metadata.title)
        hasher.combine(article.metadata.date)
        hasher.combine(article.metadata.source)
        hasher.combine(article.metadata.url)
        hasher.combine(article.metadata.author)
        return hasher.finalize()
    }
}
