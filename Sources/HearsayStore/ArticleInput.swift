import Extraction

/// One article ready to store: its key, text, metadata and what extraction found in it.
public struct ArticleInput: Sendable {
    /// The key it is imported under (JSON `id`, or the file's relative path).
    public var key: String
    /// The article text exactly as extracted from; quote offsets point into it.
    public var text: String
    /// Title, date, outlet, URL and author.
    public var metadata: ArticleMetadata
    /// Speakers, quotes and claims found in the text.
    public var extraction: ArticleExtraction

    /// Creates an input.
    public init(key: String, text: String, metadata: ArticleMetadata, extraction: ArticleExtraction) {
        self.key = key
        self.text = text
        self.metadata = metadata
        self.extraction = extraction
    }

    /// The hash recorded for this article: re-importing an identical article changes nothing.
    public var contentHash: String { ContentHash.of(text: text, metadata: metadata) }
}

/// What importing one article did.
public enum ImportOutcome: String, Sendable, Hashable {
    /// The key was new.
    case added
    /// The key existed with different text or metadata; the old article, quotes and claims were replaced.
    case replaced
    /// The same article was already stored; nothing changed.
    case unchanged
}

/// Totals of an import.
public struct ImportTotals: Sendable, Hashable {
    /// Articles added.
    public var added = 0
    /// Articles replaced because they changed.
    public var replaced = 0
    /// Articles already stored unchanged.
    public var unchanged = 0
    /// Quotes stored.
    public var quotes = 0
    /// Claims stored.
    public var claims = 0

    /// Zero totals.
    public init() {}

    /// Articles seen.
    public var articles: Int { added + replaced + unchanged }
}

/// A 128-bit FNV-1a hash of an article's text and metadata, as 32 hex digits.
///
/// Not cryptographic: it only tells whether an article changed since it was imported.
public enum ContentHash {
    /// The hash of `text` and every metadata field.
    public static func of(text: String, metadata: ArticleMetadata) -> String {
        var low: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt64 = 0x6c62_272e_07bb_0142
        func mix(_ string: String?) {
            var string = string ?? "\u{0}null"
            string.withUTF8 { bytes in
                for byte in bytes {
                    low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                    high = (high ^ UInt64(byte) ^ (low >> 29)) &* 0x0000_0100_0000_01b3
                }
            }
            low = (low ^ 0xFF) &* 0x0000_0100_0000_01b3
            high = (high ^ 0xFE) &* 0x0000_0100_0000_01b3
        }
        mix(text)
        mix(metadata.title)
        mix(metadata.date)
        mix(metadata.source)
        mix(metadata.url)
        mix(metadata.author)
        return hex(high) + hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
