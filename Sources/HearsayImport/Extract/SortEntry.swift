/// One article record waiting to be imported, with where it came from; entries sort by article
/// key, then by the record's bytes, so any order and split of the same records sorts the same way.
struct SortEntry: Sendable {
    /// The article key's UTF-8.
    var key: [UInt8]
    /// The record line.
    var line: [UInt8]
    /// Index of the file it was read from, in the list of inputs.
    var file: Int
    /// Its one-based line in that file.
    var lineNumber: Int

    /// True when `self` is imported before `other`.
    static func precedes(_ a: SortEntry, _ b: SortEntry) -> Bool {
        if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
        return a.line.lexicographicallyPrecedes(b.line)
    }
}
