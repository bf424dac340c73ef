/// A date expression in a claim, resolved against the article's date.
public struct ResolvedDate: Sendable, Hashable, Codable {
    /// The words as written ("on Sunday", "earlier this month", "in 2011").
    public var text: String
    /// The earliest day meant, `YYYY-MM-DD`, or nil when it cannot be resolved.
    public var from: String?
    /// The last day meant, `YYYY-MM-DD` (equal to `from` for a single day).
    public var to: String?

    /// Creates a resolved date.
    public init(text: String, from: String?, to: String?) {
        self.text = text
        self.from = from
        self.to = to
    }
}
