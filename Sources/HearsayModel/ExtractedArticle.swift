/// One article's extraction as it travels between programs: the article's key and metadata with
/// what the pipeline found in it, tagged with the version of the form so a reader can refuse a
/// form it does not know. One article is one line of the JSON-lines form (``JSONLines``).
///
/// ```swift
/// let line = try JSONLines.encode(ExtractedArticle(key: "a1", extraction: result))
/// let back = try JSONLines.decode(line, lineNumber: 1)   // back.extraction == result
/// ```
public struct ExtractedArticle: Sendable, Hashable, Codable {
    /// The form this version writes.
    public static let currentFormat = "hearsay-extract/1"

    /// The form of the record, ``currentFormat`` when written by this version.
    public var format: String
    /// The article's key (its file name or the `id` of its JSON line).
    public var key: String
    /// What the article says about itself.
    public var metadata: ArticleMetadata
    /// The speakers, quotes and claims found in it.
    public var extraction: ArticleExtraction

    /// Creates a record in the current form.
    public init(key: String, metadata: ArticleMetadata = ArticleMetadata(), extraction: ArticleExtraction) {
        self.format = Self.currentFormat
        self.key = key
        self.metadata = metadata
        self.extraction = extraction
    }
}
