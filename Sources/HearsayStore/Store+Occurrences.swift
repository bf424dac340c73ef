import SQLiteLayer

/// One quote as said once and printed in several articles: the same speaker and the same words.
public struct QuoteOccurrences: Sendable, Hashable {
    /// The group's handle, ``Store/occurrenceGroup(speaker:text:)``: the same in every database
    /// that holds these words from this speaker, whatever the order of import.
    public var group: Int64
    /// The earliest printing (oldest article first).
    public var quote: QuoteRecord
    /// How many distinct articles printed it; an article text stored under two keys counts once.
    public var occurrences: Int
    /// The outlets that printed it, first seen first.
    public var outlets: [String]
    /// The first article date.
    public var first: String?
    /// The last article date.
    public var last: String?
    /// The articles' addresses, first seen first.
    public var urls: [String]
    /// The articles' keys, first seen first.
    public var articles: [String]
}

extension Store {
    /// The quotes matching `filter` grouped by speaker and normalised words
    /// (``occurrenceGroup(speaker:text:)``), most printed first, then the most recently printed;
    /// `filter.limit` keeps that many groups.
    public func uniqueQuotes(matching filter: QueryFilter) throws -> [QuoteOccurrences] {
        var unlimited = filter
        unlimited.limit = nil
        var groups: [QuoteOccurrences] = []
        var index: [Int64: Int] = [:]
        try forEachQuote(matching: unlimited, orderBy: .date) { quote in
            let key = Self.occurrenceGroup(speaker: quote.speaker, text: quote.text)
            guard let position = index[key] else {
                index[key] = groups.count
                groups.append(
                    QuoteOccurrences(
                        group: key, quote: quote, occurrences: 1, outlets: quote.source.map { [$0] } ?? [],
                        first: quote.date, last: quote.date, urls: quote.url.map { [$0] } ?? [],
                        articles: [quote.article]))
                return
            }
            var group = groups[position]
            if !group.articles.contains(quote.article) { group.articles.append(quote.article) }
            if let source = quote.source, !group.outlets.contains(source) { group.outlets.append(source) }
            if let url = quote.url, !group.urls.contains(url) { group.urls.append(url) }
            if let date = quote.date {
                group.first = min(group.first ?? date, date)
                group.last = max(group.last ?? date, date)
            }
            groups[position] = group
        }
        for position in groups.indices where groups[position].articles.count > 1 {
            groups[position].occurrences = try distinctArticleTexts(groups[position].articles)
        }
        groups.sort {
            if $0.occurrences != $1.occurrences { return $0.occurrences > $1.occurrences }
            return ($0.last ?? "", $1.group) > ($1.last ?? "", $0.group)
        }
        return filter.limit.map { Array(groups.prefix(max(0, $0))) } ?? groups
    }

    /// The words of a quote as a key: letters and digits lower-cased, every other run of
    /// characters one space, so quote marks, dashes and spacing do not split a group.
    public static func occurrenceKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        forEachKeyScalar(of: text) { key.append($0) }
        return String(key)
    }

    /// Calls `body` with each scalar of ``occurrenceKey(_:)`` of `text`, without building it.
    private static func forEachKeyScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
        var folder = OccurrenceKeyFolder()
        for scalar in text.unicodeScalars { folder.fold(scalar, body) }
    }

    /// The occurrence group of a quote: a 53-bit number (exact in any JSON reader) hashed from
    /// the speaker's name and the quote's words, both as ``occurrenceKey(_:)``, so it depends only on
    /// what was said and by whom, never on ids or the order of import. Quotes without a known
    /// speaker group by their words alone.
    public static func occurrenceGroup(speaker: String?, text: String) -> Int64 {
        var speaker = speaker ?? ""
        var text = text
        return speaker.withUTF8 { speaker in text.withUTF8 { occurrenceGroup(speakerUTF8: speaker, textUTF8: $0) } }
    }

    /// ``occurrenceGroup(speaker:text:)`` of UTF-8 bytes, read as `String(decoding:as:)` reads
    /// them, without making the strings.
    static func occurrenceGroup(speakerUTF8: UnsafeBufferPointer<UInt8>, textUTF8: UnsafeBufferPointer<UInt8>) -> Int64
    {
        occurrenceGroup(speaker: OccurrenceHasher(speakerUTF8: speakerUTF8), textUTF8: textUTF8)
    }

    /// ``occurrenceGroup(speaker:text:)`` of a quote whose speaker's part is hashed already
    /// (``OccurrenceHasher/init(speakerUTF8:)``), so a speaker's name is folded once, not per quote.
    static func occurrenceGroup(speaker: OccurrenceHasher, textUTF8: UnsafeBufferPointer<UInt8>) -> Int64 {
        var hasher = speaker
        hasher.addKey(of: textUTF8)
        return Int64(hasher.hash >> 11)
    }

    /// How many different texts the articles with these keys hold.
    func distinctArticleTexts(_ keys: [String]) throws -> Int {
        try run {
            let statement = try db.prepare(sql: "SELECT text FROM articles WHERE key = ?")
            var seen = Set<String>()
            for key in keys {
                try statement.bind(key, at: 1)
                if try statement.step(), let text = statement.string(at: 0) { seen.insert(text) }
                statement.reset()
            }
            return max(1, seen.count)
        }
    }
}

/// FNV-1a, 64 bits, over the UTF-8 of occurrence keys (``Store/occurrenceKey(_:)``) as they are
/// worked out from UTF-8 text: stable across runs and machines, unlike Swift's seeded Hasher.
struct OccurrenceHasher {
    private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hasher before any byte.
    init() {}

    /// The hasher after the UTF-8 of ``Store/occurrenceKey(_:)`` of a speaker's name and the
    /// separator, where every quote of that speaker starts: the group of an `occurrenceGroup`
    /// is the same function of the words for any two speakers with equal states.
    init(speakerUTF8: UnsafeBufferPointer<UInt8>) {
        // The UTF-8 of occurrenceKey(speaker) + "\u{1F}" + occurrenceKey(text), hashed as it is made.
        addKey(of: speakerUTF8)
        add(0x1F)
    }

    /// `quotes.words_key` (migration 0016): the hash of ``Store/occurrenceKey(_:)`` of a quote's
    /// words alone, from a fresh hasher, as stored bits.
    static func wordsKey(_ textUTF8: UnsafeBufferPointer<UInt8>) -> Int64 {
        var hasher = OccurrenceHasher()
        hasher.addKey(of: textUTF8)
        return Int64(bitPattern: hasher.hash)
    }

    /// ``wordsKey(_:)`` of a string's UTF-8.
    static func wordsKey(_ text: String) -> Int64 {
        var text = text
        return text.withUTF8 { wordsKey($0) }
    }

    /// Mixes one byte in.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
    }

    /// Mixes in the UTF-8 of ``Store/occurrenceKey(_:)`` of `bytes`, decoded as
    /// `String(decoding:as:)` decodes them (ill-formed bytes as U+FFFD: a gap).
    mutating func addKey(of bytes: UnsafeBufferPointer<UInt8>) {
        var folder = OccurrenceKeyFolder()
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                // ASCII, most of every text: no decoding.
                offset += 1
                folder.fold(Unicode.Scalar(byte)) { add(UInt8(truncatingIfNeeded: $0.value)) }
                continue
            }
            var iterator = UnsafeBufferPointer(rebasing: bytes[offset...]).makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                folder.fold(Unicode.UTF8.decode(encoded)) { for unit in $0.utf8 { add(unit) } }
            case .error(let length):
                offset += max(1, length)
                folder.fold("\u{FFFD}") { _ in }
            case .emptyInput:
                offset = bytes.count
            }
        }
    }
}

/// The rule of ``Store/occurrenceKey(_:)``, a scalar at a time, for a `String` and for UTF-8
/// bytes alike: letters and digits lower-cased, every other run of characters one space (none
/// before the first letter or digit, none after the last).
struct OccurrenceKeyFolder {
    private var gap = false
    private var started = false

    /// Passes the key's scalars for `scalar` to `emit` (none for a character between words).
    @inline(__always)
    mutating func fold(_ scalar: Unicode.Scalar, _ emit: (Unicode.Scalar) -> Void) {
        let value = scalar.value
        if value < 0x80 {
            // ASCII, most of every text: letters and digits without a table look-up.
            let isUpper = value >= 0x41 && value <= 0x5A
            guard isUpper || (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) else {
                gap = true
                return
            }
            if gap, started { emit(" ") }
            gap = false
            started = true
            emit(isUpper ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
        } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            if gap, started { emit(" ") }
            gap = false
            started = true
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { emit(lower) }
        } else {
            gap = true
        }
    }
}
