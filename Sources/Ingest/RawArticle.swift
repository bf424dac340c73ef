import Extraction
import HearsayModel

/// One article read from a file, a JSON line or standard input, ready for extraction.
public struct RawArticle: Sendable, Hashable {
    /// The key the article is stored under: its JSON `id`, else its path relative to the folder given
    /// (the file name when a file is given), with `:LINE` for a JSON line without `id`.
    public var key: String
    /// The article text, decoded to Unicode, line breaks normalised to `\n`.
    public var text: String
    /// What the article says about itself, with JSON fields and overrides applied.
    public var metadata: ArticleMetadata
    /// Where the article came from: `path` for a text file, `path:line` for a JSON line.
    public var origin: String
    /// The file the article was read from, resolved (absolute, symbolic links followed), with the
    /// same suffix as ``origin`` for one of several articles in a file (`/news/feed.jsonl:3`);
    /// nil for standard input. The same file reached through another folder gives the same value.
    public var sourceFile: String?
    /// What was wrong with the article but did not stop it being read (an impossible date dropped,
    /// a key already taken), also handed to the reader's `warn` as the article is read.
    public var warnings: [InputProblem] = []

    /// Creates an article.
    public init(key: String, text: String, metadata: ArticleMetadata, origin: String) {
        self.key = key
        self.text = text
        self.metadata = metadata
        self.origin = origin
    }
}

/// An input that could not be read as an article, with the file (and line) at fault and why.
public struct InputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as given or found under a folder given (`<stdin>` for standard input).
    public var path: String
    /// The one-based line in a JSON-lines or JSON file, when the problem is one line's.
    public var line: Int?
    /// What is wrong, for a human ("empty file", "binary file (not text)").
    public var reason: String

    /// Creates a problem report.
    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path:line: reason`, or `path: reason` when no line applies.
    public var description: String {
        let path = TerminalText.escaped(self.path)
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

/// Bounds that keep one bad input from exhausting memory.
public struct ReaderLimits: Sendable, Hashable {
    /// The largest article text accepted, in UTF-8 bytes (default 10 MB).
    public var maxArticleBytes: Int
    /// The largest `.json` document read whole (one object or an array), in bytes (default 512 MB).
    /// JSON-lines files have no such bound: they are streamed line by line.
    public var maxJSONDocumentBytes: Int
    /// The size of each read from a file or standard input, in bytes (default 1 MB).
    public var chunkBytes: Int
    /// The largest web page read, in bytes as fetched (default 16 MB; news pages average about 170 KB).
    public var maxPageBytes: Int

    /// Creates limits; the defaults suit articles crawled from the web.
    public init(
        maxArticleBytes: Int = 10 * 1024 * 1024, maxJSONDocumentBytes: Int = 512 * 1024 * 1024,
        chunkBytes: Int = 1024 * 1024, maxPageBytes: Int = 16 * 1024 * 1024
    ) {
        self.maxArticleBytes = maxArticleBytes
        self.maxJSONDocumentBytes = maxJSONDocumentBytes
        self.chunkBytes = max(chunkBytes, 4096)
        self.maxPageBytes = maxPageBytes
    }

    /// A byte count for messages: "10 MB", "52.4 MB", "812 KB", "17 bytes".
    static func describe(bytes: Int) -> String {
        let mb = 1024.0 * 1024.0
        if bytes >= 1024 * 1024 {
            let value = Double(bytes) / mb
            if bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MB" }
            let tenths = Int((value * 10).rounded())
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}
