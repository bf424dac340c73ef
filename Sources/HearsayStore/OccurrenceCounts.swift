import SQLiteLayer

/// The `occurrences` and `group` columns of a quote export (``Store/occurrenceGroup(speaker:text:)``),
/// worked out from the keys stored at import (migration 0016) in one pass over the quote table.
///
/// The pass reads each quote's article, speaker and words key, never its words or its article's
/// text: quotes are grouped by their speaker's hasher state (``OccurrenceHasher/init(speakerUTF8:)``,
/// equal for names with the same key) and their words key, and each group counts the distinct
/// text keys of its articles. Every quote counts, whatever the export's filters: a quote's count is
/// a fact about the database. An export of a few rows (``init(db:wordsKeys:)`` with their words
/// keys) reads only the quotes sharing a words key with one of them: SQLite skips the others
/// inside one step, so a one-day export no longer does the whole pass. The table holds about 32
/// bytes a group while the export runs.
///
/// It replaced two temporary tables filled from every quote's speaker joins and words, and two
/// correlated look-ups into them for each exported row (half of an export's time).
final class OccurrenceCounts {
    // Looked up for every exported quote, by one thread: no run-time exclusivity check (issue 14).
    @exclusivity(unchecked) private var table: OccurrenceTable
    /// Each entity's hasher state by id (nil: no such entity); a quote's speaker is its entity's
    /// name when the entity exists.
    @exclusivity(unchecked) private var entities = IDTable<OccurrenceHasher?>()
    /// Read all at once for a whole-table pass, else looked up as rows name them.
    private let entityLookup: Statement?

    /// Counts every quote of the database (`wordsKeys` nil), or only the quotes whose words key
    /// is one of `wordsKeys` (or who have none stored), enough for rows with those keys.
    init(db: Database, wordsKeys: [Int64]? = nil) throws {
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        if wordsKeys == nil {
            entityLookup = nil
            let names = try db.prepare(sql: "SELECT id, name FROM entities")
            while try names.step() {
                entities.set(OccurrenceHasher(speakerUTF8: names.utf8(at: 1) ?? none), for: names.int64(at: 0))
            }
        } else {
            entityLookup = try db.prepare(sql: "SELECT name FROM entities WHERE id = ?")
        }
        let expected = try wordsKeys.map { $0.count * 4 } ?? Int(db.scalarInt(sql: "SELECT max(id) FROM quotes") ?? 0)
        table = OccurrenceTable(expected: expected)
        try count(db: db, wordsKeys: wordsKeys)
    }

    /// The pass: each quote (of those sharing a words key with `wordsKeys`) into ``table``.
    private func count(db: Database, wordsKeys: [Int64]?) throws {
        // Integers written into the SQL: a list of one export's keys, each a 64-bit number.
        let only = wordsKeys.map { keys in
            " WHERE r.words_key IN (\(Set(keys).sorted().map(String.init).joined(separator: ","))) OR r.words_key IS NULL"
        }
        // Only the columns every row needs: a statement computes each column it selects at
        // every step, read or not; the words are read by id only for a row without its key.
        let rows = try db.prepare(sql: "SELECT r.article_id, r.speaker_id, r.words_key, r.mention, r.id FROM quotes r" + (only ?? ""))
        let mentionName = try db.prepare(sql: "SELECT name FROM article_speakers WHERE article_id = ? AND position = ?")
        let unkeyed = try db.prepare(sql: #"SELECT text, start, "end" FROM quotes WHERE id = ?"#)
        let texts = try ArticleTexts(db: db)
        let textKeys = try ArticleTextKeys(db: db, all: wordsKeys == nil)
        let wanted = wordsKeys.map(Set.init)
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        while try rows.step() {
            let article = rows.value(at: 0).int64
            let storedWords = rows.value(at: 2)
            let words: Int64
            if storedWords.isNull {
                // Stored before migration 0016 and not filled since: from the words themselves.
                try unkeyed.bind(rows.int64(at: 4), at: 1)
                defer { unkeyed.reset() }
                _ = try unkeyed.step()
                words = try texts.withText(
                    stored: unkeyed.utf8(at: 0), article: article, start: Int(unkeyed.int64(at: 1)),
                    end: Int(unkeyed.int64(at: 2))
                ) { OccurrenceHasher.wordsKey($0) }
                if let wanted, !wanted.contains(words) { continue }
            } else {
                words = storedWords.int64
            }
            var speaker: OccurrenceHasher?
            if let entityID = rows.value(at: 1).optionalInt64 { speaker = try entity(entityID) }
            if speaker == nil {
                // No entity, or an id without its entity (foreign keys were off): the name the
                // article gave, as the export's coalesce(e.name, m.name).
                try mentionName.bind(article, at: 1)
                try mentionName.bind(rows.value(at: 3).optionalInt64, at: 2)
                speaker = OccurrenceHasher(speakerUTF8: try mentionName.step() ? mentionName.utf8(at: 0) ?? none : none)
                mentionName.reset()
            }
            table.add(speaker: speaker?.hash ?? 0, words: words, textKey: try textKeys.key(of: article))
        }
        table.finish()
    }

    /// The hasher state of entity `id`, nil when there is no such entity.
    @inline(__always)
    private func entity(_ id: Int64) throws -> OccurrenceHasher? {
        if let known = entities[id] { return known }
        guard let lookup = entityLookup else { return nil }
        try lookup.bind(id, at: 1)
        defer { lookup.reset() }
        let found = try lookup.step()
            ? OccurrenceHasher(speakerUTF8: lookup.utf8(at: 0) ?? UnsafeBufferPointer(start: nil, count: 0)) : nil
        entities.set(found, for: id)
        return found
    }

    /// The speaker's part of a quote's group: its entity's when the entity exists, else hashed
    /// from `name`, the name the export writes.
    @inline(__always)
    func speaker(entity: Int64?, name: UnsafeBufferPointer<UInt8>?) throws -> OccurrenceHasher {
        if let entity, let known = try self.entity(entity) { return known }
        return OccurrenceHasher(speakerUTF8: name ?? UnsafeBufferPointer(start: nil, count: 0))
    }

    /// A quote row's `occurrences` (distinct article texts printing its words from its speaker)
    /// and `group`; `wordsKey` is its stored key, nil when it has none.
    func columns(speaker: OccurrenceHasher, wordsKey: Int64?, text: UnsafeBufferPointer<UInt8>) -> (
        occurrences: Int, group: Int64
    ) {
        let words = wordsKey ?? OccurrenceHasher.wordsKey(text)
        guard let slot = table.find(speaker: speaker.hash, words: words) else {
            return (1, Store.occurrenceGroup(speaker: speaker, textUTF8: text))
        }
        let number = table.number(at: slot) { Store.occurrenceGroup(speaker: speaker, textUTF8: text) }
        return (max(1, Int(table.slots[slot].texts)), number)
    }
}

extension Store {
    /// The occurrence counts an export of the quotes `query` selects needs: every quote's when
    /// `filtered` is false or the rows are many, else only those sharing a words key with its
    /// rows (read by running `query` once, its column `wordsKey` only).
    func occurrenceCounts(for query: RowQuery, wordsKey: Int32, filtered: Bool) throws -> OccurrenceCounts {
        guard filtered else { return try OccurrenceCounts(db: db) }
        // Past an eighth of the table, reading every quote costs less than a search per key.
        let limit = max(1_000, Int(try db.scalarInt(sql: "SELECT max(id) FROM quotes") ?? 0) / 8)
        let statement = try db.prepare(sql: query.sql)
        try statement.bind(StatementArguments(query.bindings))
        var keys: [Int64] = []
        while try statement.step() {
            guard !statement.isNull(at: wordsKey), keys.count < limit else { return try OccurrenceCounts(db: db) }
            keys.append(statement.int64(at: wordsKey))
        }
        return try OccurrenceCounts(db: db, wordsKeys: keys)
    }
}

/// Each article's `article_text_keys.text_key`, worked out from its text when the row is
/// missing (an article stored before migration 0016 and not filled since): all read in one pass
/// over the table for a whole-table count (a look-up per article was a tenth of the counting),
/// else looked up as asked for.
private final class ArticleTextKeys {
    private let text: Statement
    private let one: Statement?
    private var known = IDTable<Int64?>()

    init(db: Database, all: Bool) throws {
        text = try db.prepare(sql: "SELECT text FROM articles WHERE id = ?")
        if all {
            one = nil
            let rows = try db.prepare(sql: "SELECT article_id, text_key FROM article_text_keys")
            while try rows.step() { known.set(rows.int64(at: 1), for: rows.int64(at: 0)) }
        } else {
            one = try db.prepare(sql: "SELECT text_key FROM article_text_keys WHERE article_id = ?")
        }
    }

    /// The article's text key; nil when the article is gone.
    @inline(__always)
    func key(of article: Int64) throws -> Int64? {
        if let found = known[article] { return found }
        var key: Int64?
        if let one {
            try one.bind(article, at: 1)
            defer { one.reset() }
            if try one.step() { key = one.int64(at: 0) }
        }
        if key == nil {
            try text.bind(article, at: 1)
            defer { text.reset() }
            if try text.step() {
                key = ContentHash.textKey(text.utf8(at: 0) ?? UnsafeBufferPointer(start: nil, count: 0))
            }
        }
        known.set(key, for: article)
        return key
    }
}
