import Extraction

/// An article an import replaced: the key, when the replaced article was stored, and where the new
/// one comes from, so a user sees which stored article changed hands.
public struct Replacement: Sendable, Hashable, CustomStringConvertible {
    /// The key both articles share: the replaced article's file, relative to the folder it was
    /// imported from (or its JSON `id`, or its address).
    public var key: String
    /// When the replaced article was imported (ISO 8601), if recorded.
    public var formerlyImportedAt: String?
    /// Where the new article was read from (``ArticleInput/origin``).
    public var origin: String?

    /// Creates a replacement record.
    public init(key: String, formerlyImportedAt: String?, origin: String?) {
        self.key = key
        self.formerlyImportedAt = formerlyImportedAt
        self.origin = origin
    }

    /// `replaced "story.txt" (imported 2026-12-07T08:01:02Z) with k2/story.txt`.
    public var description: String {
        var text = "replaced \(key.debugDescription)"
        if let formerlyImportedAt { text += " (imported \(formerlyImportedAt))" }
        if let origin { text += " with \(TerminalText.escaped(origin))" }
        return text
    }
}
