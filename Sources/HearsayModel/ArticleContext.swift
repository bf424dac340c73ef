/// What the pipeline needs to know about an article besides its text.
public struct ArticleContext: Sendable, Hashable, Codable {
    /// The article's publication date, `YYYY-MM-DD`, used to resolve "on Sunday".
    public var date: String?
    /// The article's title, if known (a headline line is not a claim).
    public var title: String?

    /// Creates a context.
    public init(date: String? = nil, title: String? = nil) {
        self.date = date
        self.title = title
    }
}
