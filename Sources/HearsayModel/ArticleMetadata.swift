/// What an article's text says about itself: headline, date, outlet, address, author.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String?
    /// The publication date, `YYYY-MM-DD`.
    public var date: String?
    /// The outlet ("washpo", "The Washington Post").
    public var source: String?
    /// The article's address.
    public var url: String?
    /// The byline's author.
    public var author: String?

    /// Creates metadata.
    public init(
        title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil, author: String? = nil
    ) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.author = author
    }
}
