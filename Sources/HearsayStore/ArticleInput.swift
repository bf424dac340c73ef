import Extraction
import HearsayModel

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
    /// Where the article was read from, as messages name it (`k2/story.txt`, `feed.jsonl:3`);
    /// nil for extracted records. Not part of ``contentHash``.
    public var origin: String?

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

/// A 128-bit hash of an article's text and metadata, as 32 hex digits.
///
/// Not cryptographic: it only tells whether an article changed since it was imported. Two
/// multiply-xorshift lanes over 8-byte words keep it at memory speed on long texts.
public enum ContentHash {
    /// The hash of `text` and every metadata field.
    public static func of(text: String, metadata: ArticleMetadata) -> String {
        var state = (low: UInt64(0xcbf2_9ce4_8422_2325), high: UInt64(0x6c62_272e_07bb_0142))
        mix(text, into: &state)
        for field in [metadata.title, metadata.date, metadata.source, metadata.url, metadata.author] {
            mix(field, into: &state)
        }
        return hex(state.high) + hex(state.low)
    }

    /// A stable 64-bit key of an article's text alone (`article_text_keys.text_key`, migration
    /// 0016): the same two lanes over the text's UTF-8, folded into one number.
    static func textKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64 {
        var state = (low: UInt64(0xcbf2_9ce4_8422_2325), high: UInt64(0x6c62_272e_07bb_0142))
        mix(bytes, into: &state)
        return Int64(bitPattern: state.high ^ (state.low &* 0x9e37_79b9_7f4a_7c15))
    }

    /// ``textKey(_:)`` of a string's UTF-8.
    static func textKey(_ text: String) -> Int64 {
        var text = text
        return text.withUTF8 { textKey($0) }
    }

    private static func mix(_ string: String?, into state: inout (low: UInt64, high: UInt64)) {
        guard var string else {
            step(0xA5A5_A5A5_A5A5_A5A5, &state)
            return
        }
        string.withUTF8 { mix($0, into: &state) }
    }

    private static func mix(_ bytes: UnsafeBufferPointer<UInt8>, into state: inout (low: UInt64, high: UInt64)) {
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            step(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), &state)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        step(tail, &state)
        // The length ends each field, so moving text between fields changes the hash.
        step(UInt64(raw.count) &+ 0x5bd1_e995, &state)
    }

    @inline(__always)
    private static func step(_ word: UInt64, _ state: inout (low: UInt64, high: UInt64)) {
        state.low = (state.low ^ word) &* 0x0000_0100_0000_01b3
        state.low ^= state.low >> 29
        state.high = (state.high ^ word ^ (state.low >> 17)) &* 0x9e37_79b9_7f4a_7c15
        state.high ^= state.high >> 31
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
