import SQLiteLayer

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        // The UTF-8 of occurrenceKey(speaker) + "\u{1F}" + occurrenceKey(text), hashed as it is made.
        var hasher = OccurrenceHasher()
        hasher.addKey(of: speakerUTF8)
        hasher.add(0x1F)
        hasher.addKey(of: textUTF8)
        return Int64(hasher.hash >> 11)
    }

    /// The columns ``prepareOccurrenceGroups()`` serves, for a quote row `r`: the group and how
    /// many different article texts print it (1 for a quote printed once).
    static let occurrenceColumns = """
        (SELECT coalesce(s.occurrences, 1) FROM temp.quote_groups g LEFT JOIN temp.quote_group_sizes s ON s.grp = g.grp
          WHERE g.quote_id = r.id),
         (SELECT grp FROM temp.quote_groups WHERE quote_id = r.id)
        """

    /// Fills two temporary tables with the occurrence group of every stored quote and, for groups
    /// printed in more than one article, the number of different article texts that print it, so
    /// an export reads `occurrences` and `group` with ``occurrenceColumns``.
    ///
    /// Every quote, whatever the export's filters: a quote's group and count are facts about the
    /// database, the same in a filtered export as in the whole one. One pass over the quotes;
    /// what it keeps is in SQLite's temporary store, not in memory here.
    func prepareOccurrenceGroups() throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.quote_groups")
        try db.execute(sql: "DROP TABLE IF EXISTS temp.quote_group_sizes")
        try db.execute(
            sql: """
                CREATE TEMP TABLE quote_groups(
                    quote_id INTEGER PRIMARY KEY, grp INTEGER NOT NULL, article_id INTEGER NOT NULL)
                """)
        try db.execute(
            sql: "CREATE TEMP TABLE quote_group_sizes(grp INTEGER PRIMARY KEY, occurrences INTEGER NOT NULL)")
        // No join with the articles: every quote has one (a foreign key that deletes with it).
        let rows = try db.prepare(
            sql: """
                SELECT coalesce(e.name, m.name), r.text, r.article_id, r.start, r."end", r.id FROM quotes r
                  LEFT JOIN entities e ON e.id = r.speaker_id
                  LEFT JOIN article_speakers m ON m.article_id = r.article_id AND m.position = r.mention
                 ORDER BY r.id
                """)
        let insert = try db.prepare(sql: "INSERT INTO temp.quote_groups(quote_id, grp, article_id) VALUES (?, ?, ?)")
        let texts = try ArticleTexts(db: db)
        let span = SpanColumns(text: 1, article: 2, start: 3, end: 4)
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        while try rows.step() {
            let speaker = rows.utf8(at: 0) ?? none
            let group = try texts.withText(rows, span) { Self.occurrenceGroup(speakerUTF8: speaker, textUTF8: $0) }
            try insert.bind(rows.int64(at: 5), at: 1)
            try insert.bind(group, at: 2)
            try insert.bind(rows.int64(at: 2), at: 3)
            try insert.run()
            insert.reset()
        }
        try db.execute(sql: "CREATE INDEX temp.quote_groups_by_group ON quote_groups(grp, article_id)")
        try prepareArticleTextIDs()
        // An article text stored under two keys (a file and standard input) counts once.
        try db.execute(
            sql: """
                INSERT INTO temp.quote_group_sizes(grp, occurrences)
                SELECT g.grp, count(DISTINCT t.text_id) FROM temp.quote_groups g
                  JOIN temp.article_text_ids t ON t.article_id = g.article_id
                 WHERE g.grp IN (SELECT grp FROM temp.quote_groups GROUP BY grp HAVING count(DISTINCT article_id) > 1)
                 GROUP BY g.grp
                """)
        try db.execute(sql: "DROP TABLE temp.article_text_ids")
    }

    /// Fills `temp.article_text_ids` with, for each article printing a quote that other articles
    /// print too, the smallest id of the articles holding the same text, so groups count their
    /// different texts by number.
    ///
    /// Each article's text is read once, and once more when an earlier article's has the same
    /// hash, to compare them; counting distinct texts in SQL read an article's whole text again
    /// for each of its quotes (12 copies of 840 real articles: 88,000 reads of 4.5 KB).
    private func prepareArticleTextIDs() throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.article_text_ids")
        try db.execute(
            sql: "CREATE TEMP TABLE article_text_ids(article_id INTEGER PRIMARY KEY, text_id INTEGER NOT NULL)")
        let articles = try db.prepare(
            sql: """
                SELECT DISTINCT g.article_id FROM temp.quote_groups g
                 WHERE g.grp IN (SELECT grp FROM temp.quote_groups GROUP BY grp HAVING count(DISTINCT article_id) > 1)
                 ORDER BY 1
                """)
        let text = try db.prepare(sql: "SELECT text FROM articles WHERE id = ?")
        let other = try db.prepare(sql: "SELECT text FROM articles WHERE id = ?")
        let insert = try db.prepare(sql: "INSERT INTO temp.article_text_ids(article_id, text_id) VALUES (?, ?)")
        // The articles of each hash of a text (with its length) whose texts differ, first id first.
        var seen: [UInt64: [Int64]] = [:]
        while try articles.step() {
            let id = articles.int64(at: 0)
            try text.bind(id, at: 1)
            var textID = id
            if try text.step() {
                let bytes = text.utf8(at: 0) ?? UnsafeBufferPointer(start: nil, count: 0)
                let hash = Self.textHash(bytes)
                var same: Int64?
                for candidate in seen[hash, default: []] {
                    try other.bind(candidate, at: 1)
                    if try other.step(), let kept = other.utf8(at: 0), kept.count == bytes.count,
                        kept.isEmpty || Self.sameBytes(kept, bytes)
                    {
                        same = candidate
                    }
                    other.reset()
                    if same != nil { break }
                }
                if let same { textID = same } else { seen[hash, default: []].append(id) }
            }
            text.reset()
            try insert.bind(id, at: 1)
            try insert.bind(textID, at: 2)
            try insert.run()
            insert.reset()
        }
    }

    /// True when two buffers of the same length hold the same bytes.
    private static func sameBytes(_ one: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = one.baseAddress, let second = other.baseAddress else { return one.count == other.count }
        return one.count == other.count && memcmp(first, second, one.count) == 0
    }

    /// FNV-1a of `bytes` eight at a time, mixed with their length: equal texts have equal hashes.
    private static func textHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) &* 0x0000_0100_0000_01b3
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(base[offset])) &* 0x0000_0100_0000_01b3
            offset += 1
        }
        return hash
    }

    /// Drops the tables of ``prepareOccurrenceGroups()``, so a connection kept open (the web
    /// page's pool) does not hold them between exports.
    func dropOccurrenceGroups() throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.quote_groups")
        try db.execute(sql: "DROP TABLE IF EXISTS temp.quote_group_sizes")
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
