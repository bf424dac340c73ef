/// Why the linker took a speaker for an entity already known, and in which article.
public struct LinkEvidence: Sendable, Hashable, CustomStringConvertible {
    /// What matched ("same full name: \"Mark Esper\" ~ \"Mark T. Esper\"").
    public var reason: String
    /// The key of the article the speaker comes from.
    public var article: String
    /// That article's date (`YYYY-MM-DD`), if it has one.
    public var date: String?

    /// Evidence for a link made in `article`.
    public init(reason: String, article: String, date: String?) {
        self.reason = reason
        self.article = article
        self.date = date
    }

    /// The reason with its article, as an entity's alias rows keep it:
    /// `same name: "Esper" [article a.txt, 2020-01-02]`.
    public var description: String {
        "\(reason) [article \(article)\(date.map { ", \($0)" } ?? "")]"
    }
}
