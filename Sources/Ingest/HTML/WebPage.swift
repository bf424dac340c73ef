import Extraction
import HearsayModel

/// A web page read into an article: its main text as paragraphs separated by blank lines, and its
/// metadata.
///
/// ```swift
/// let page = try WebPage.read(bytes, charset: nil, url: "https://example.org/news/1").get()
/// print(page.metadata.title, page.text)
/// ```
public struct WebPage: Sendable, Hashable {
    /// The article's text: paragraphs, block quotes, list items and subheadings, each its own
    /// paragraph, separated by blank lines; without the title and the page's furniture.
    public var text: String
    /// The title, date, author, outlet and address the page gives.
    public var metadata: ArticleMetadata
    /// What the reader recovered from (a charset that lied the forgivable way), for a warning.
    public var notes: [String]

    /// Why a page gives no article.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, for a human.
        public var reason: String
        /// The reason.
        public var description: String { reason }
    }

    /// Reads `bytes` (the page as fetched). `charset` is the HTTP header's, `url` the address it was
    /// fetched from, when known.
    public static func read(_ bytes: [UInt8], charset: String? = nil, url: String? = nil) -> Result<WebPage, Failure> {
        if let reason = binaryReason(bytes) { return .failure(Failure(reason: reason)) }
        let (decoded, note) = PageCharset.decode(bytes, declared: charset)
        let tree: HTMLTree
        switch decoded {
        case .failure(let failure): return .failure(Failure(reason: failure.reason))
        case .success(.utf8(let utf8)): tree = HTMLTree(bytes: utf8)
        case .success(.other(let raw, let encoding)): tree = HTMLTree(bytes: raw, encoding: encoding)
        }
        guard tree.root != nil else { return .failure(Failure(reason: "no HTML in the page")) }
        let metadata = PageMetadataReader(tree: tree).read(url: url)
        let paragraphs = MainTextFinder(tree: tree, title: metadata.title).paragraphs()
        if paragraphs.isEmpty {
            let hasBody = !tree.elements(named: "body").isEmpty
            return .failure(Failure(reason: hasBody ? "no article text in the page" : "no body: nothing to read"))
        }
        return .success(
            WebPage(
                text: paragraphs.joined(separator: "\n\n"), metadata: metadata, notes: note.map { [$0.reason] } ?? []))
    }

    /// Why `bytes` are not a web page at all (an image, an archive, random data), or nil.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let magics: [[UInt8]] = [
            [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x25, 0x50, 0x44, 0x46], [0x50, 0x4B, 0x03, 0x04],
            [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46], [0x47, 0x49, 0x46, 0x38],
        ]
        if magics.contains(where: { bytes.starts(with: $0) }) { return "binary data, not a web page" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let sample = bytes.prefix(65536)
        var control = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
            control += 1
        }
        if control * 100 > sample.count || sample.contains(0) { return "binary data, not a web page" }
        if bytes.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) { return "empty page" }
        return nil
    }
}
