import Extraction
import HearsayModel
import Foundation
import HearsayStore

/// One line of `hearsay extract` output: an article with everything extraction found in it, in
/// the `hearsay-extract/1` format, so importing it needs no second extraction.
///
/// ```json
/// {"format":"hearsay-extract/1","article":{"key":"a1","text":"..."},"claims":[],"quotes":[],"speakers":[]}
/// ```
///
/// The line is deterministic: keys sorted after the leading `format`, no optional field written
/// when absent, numbers in their shortest exact form.
public struct ExtractRecord: Sendable, Hashable, Codable {
    /// The article: key, text and metadata.
    public var article: ExtractedArticle
    /// The speakers and other entities the article names.
    public var speakers: [Speaker]
    /// Quotations, pointing into ``speakers``.
    public var quotes: [Quote]
    /// Claims, pointing into ``speakers``.
    public var claims: [Claim]

    /// The record of an extracted article.
    public init(_ input: ArticleInput) {
        article = ExtractedArticle(key: input.key, text: input.text, metadata: input.metadata)
        speakers = input.extraction.speakers
        quotes = input.extraction.quotes
        claims = input.extraction.claims
    }

    /// The article as the importer stores it.
    public var input: ArticleInput {
        ArticleInput(
            key: article.key, text: article.text, metadata: article.metadata,
            extraction: ArticleExtraction(speakers: speakers, quotes: quotes, claims: claims))
    }

    /// The record as one JSON line, without the line break: `format`, then the article with its
    /// `key` first (so a sort reads the key without parsing the line), then the rest, keys sorted.
    public func line() -> [UInt8] {
        let fields = ExtractFormat.encoded(ArticleFields(article))
        let findings = ExtractFormat.encoded(Findings(speakers: speakers, quotes: quotes, claims: claims))
        var bytes = Array("{\"format\":\"\(ExtractFormat.name)\",\"article\":{\"key\":".utf8)
        bytes += ExtractFormat.encoded(article.key)
        // Both encodings are non-empty objects: "{...}"; their insides are spliced in.
        bytes.append(UInt8(ascii: ","))
        bytes += fields.dropFirst()
        bytes.append(UInt8(ascii: ","))
        bytes += findings.dropFirst()
        return bytes
    }

    /// Reads a record line written by ``line()`` (or any JSON of the same shape).
    public static func decode(_ line: [UInt8]) throws -> ExtractRecord {
        try JSONDecoder().decode(ExtractRecord.self, from: Data(line))
    }
}

/// The article's fields but its key, encoded after the key.
private struct ArticleFields: Encodable {
    var title, source, date, url, author: String?
    var text: String

    init(_ article: ExtractedArticle) {
        title = article.title
        source = article.source
        date = article.date
        url = article.url
        author = article.author
        text = article.text
    }
}

/// What extraction found, encoded after the article.
private struct Findings: Encodable {
    var speakers: [Speaker]
    var quotes: [Quote]
    var claims: [Claim]
}

/// The article part of an ``ExtractRecord``.
public struct ExtractedArticle: Sendable, Hashable, Codable {
    /// The key it is imported under.
    public var key: String
    /// The headline.
    public var title: String?
    /// The outlet.
    public var source: String?
    /// The publication date, `YYYY-MM-DD`.
    public var date: String?
    /// The article's address.
    public var url: String?
    /// The byline's author.
    public var author: String?
    /// The text exactly as extracted from; spans point into it.
    public var text: String

    /// The article under `key`.
    public init(key: String, text: String, metadata: ArticleMetadata) {
        self.key = key
        self.text = text
        title = metadata.title
        source = metadata.source
        date = metadata.date
        url = metadata.url
        author = metadata.author
    }

    /// Title, date, outlet, address and author.
    public var metadata: ArticleMetadata {
        ArticleMetadata(title: title, date: date, source: source, url: url, author: author)
    }
}
