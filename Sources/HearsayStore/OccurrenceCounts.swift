import SQLiteLayer

/// The `occurrences` and `group` columns of a quote export (``Store/occurrenceGroup(speaker:text:)``),
/// worked out from the keys stored at import (migration 0016) in one pass over the quote table.
///
/// The pass reads each quote's article, speaker and words key, never its words or its article's
/// text: quotes are grouped by their speaker's hasher state (``OccurrenceHasher/init(speakerUTF8:)``,
/// equal for names with the same key) and their words key, and for each group printed in more than
/// one article the articles' text keys are counted. Every quote counts, whatever the export's
/// filters: a quote's count is a fact about the database. While it is built it holds about 40 bytes a
/// quote; afterwards one entry per group printed in more than one article.
///
/// It replaced two temporary tables filled from every quote's speaker joins and words, and two
/// correlated look-ups into them for each exported row (half of an export's time).
final class OccurrenceCounts {
    /// A group: its speaker's hasher state and its words key.
    private struct Key: Hashable {
        var speaker: UInt64
        var words: Int64
    }

    /// A group printed in more than one article: its number of distinct texts, and its number
    /// once a row has worked it out (the copies of a syndicated quote hash its words once).
    private struct Group {
        var occurrences: Int
        var number: Int64?
    }

    /// The groups printed in more than one article; the rest count 1.
    // Looked up for every exported quote, by one thread: no run-time exclusivity check (issue 14).
    @exclusivity(unchecked) private var groups: [Key: Group] = [:]
    /// Each stored entity's hasher state, by id; a quote's speaker is its entity's name when the
    /// entity exists.
    @exclusivity(unchecked) private var entities = IDTable<OccurrenceHasher>()

    init(db: Database) throws {
        let names = try db.prepare(sql: "SELECT id, name FROM entities")
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        while try names.step() {
            entities.set(OccurrenceHasher(speakerUTF8: names.utf8(at: 1) ?? none), for: names.int64(at: 0))
        }
        try count(try Self.printedMoreThanOnce(db: db, entities: entities), db: db)
    }

    /// The articles of each group printed in more than one article, in one pass over the quotes:
    /// a table of each group's first article, and a list of articles for those seen in another
    /// (sorting a record per quote instead cost half the pass).
    private static func printedMoreThanOnce(db: Database, entities: IDTable<OccurrenceHasher>) throws
        -> [Key: [Int64]]
    {
        // An entity-less quote's speaker is the name its article gave (the export's
        // coalesce(e.name, m.name)); the sub-select runs for those rows only.
        // Only the columns every row needs: a statement computes each column it selects at
        // every step, read or not, and the words are wanted only for a row without its key.
        let rows = try db.prepare(
            sql: """
                SELECT r.article_id, r.speaker_id, r.words_key,
                       CASE WHEN r.speaker_id IS NULL THEN (
                           SELECT m.name FROM article_speakers m WHERE m.article_id = r.article_id AND m.position = r.mention)
                       END,
                       r.mention, r.id
                  FROM quotes r
                """)
        let mentionName = try db.prepare(sql: "SELECT name FROM article_speakers WHERE article_id = ? AND position = ?")
        let unkeyed = try db.prepare(sql: #"SELECT text, start, "end" FROM quotes WHERE id = ?"#)
        let texts = try ArticleTexts(db: db)
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var first: [Key: Int64] = [:]
        first.reserveCapacity(Int(try db.scalarInt(sql: "SELECT max(id) FROM quotes") ?? 0))
        var more: [Key: [Int64]] = [:]
        while try rows.step() {
            let article = rows.int64(at: 0)
            let speaker: OccurrenceHasher
            if rows.isNull(at: 1) {
                speaker = OccurrenceHasher(speakerUTF8: rows.utf8(at: 3) ?? none)
            } else if let known = entities[rows.int64(at: 1)] {
                speaker = known
            } else {
                // An id without its entity (foreign keys were off): the article's name, as the export joins it.
                try mentionName.bind(article, at: 1)
                try mentionName.bind(rows.isNull(at: 4) ? nil : rows.int64(at: 4), at: 2)
                speaker = OccurrenceHasher(speakerUTF8: try mentionName.step() ? mentionName.utf8(at: 0) ?? none : none)
                mentionName.reset()
            }
            let words: Int64
            if rows.isNull(at: 2) {
                // Stored before migration 0016 and not filled since: from the words themselves.
                try unkeyed.bind(rows.int64(at: 5), at: 1)
                defer { unkeyed.reset() }
                _ = try unkeyed.step()
                words = try texts.withText(
                    stored: unkeyed.utf8(at: 0), article: article, start: Int(unkeyed.int64(at: 1)),
                    end: Int(unkeyed.int64(at: 2))
                ) { OccurrenceHasher.wordsKey($0) }
            } else {
                words = rows.int64(at: 2)
            }
            let key = Key(speaker: speaker.hash, words: words)
            guard let index = first.index(forKey: key) else {
                first[key] = article
                continue
            }
            let seen = first.values[index]
            // No closure for a default value: its captured context was allocated on every row.
            if seen != article, more[key]?.append(article) == nil { more[key] = [seen, article] }
        }
        return more
    }

    /// Fills ``groups`` with the distinct article texts of each group printed in more than one article.
    private func count(_ printed: [Key: [Int64]], db: Database) throws {
        let textKeys = try ArticleTextKeys(db: db)
        var keys: [Int64] = []
        groups.reserveCapacity(printed.count)
        for (key, articles) in printed {
            keys.removeAll(keepingCapacity: true)
            for article in articles {
                if let textKey = try textKeys.key(of: article) { keys.append(textKey) }
            }
            keys.sort()
            var distinct = keys.isEmpty ? 0 : 1
            for index in keys.indices.dropFirst() where keys[index] != keys[index - 1] { distinct += 1 }
            groups[key] = Group(occurrences: max(1, distinct))
        }
    }

    /// The speaker's part of a quote's group: its entity's when the entity exists, else hashed
    /// from `name`, the name the export writes.
    @inline(__always)
    func speaker(entity: Int64?, name: UnsafeBufferPointer<UInt8>?) -> OccurrenceHasher {
        if let entity, let known = entities[entity] { return known }
        return OccurrenceHasher(speakerUTF8: name ?? UnsafeBufferPointer(start: nil, count: 0))
    }

    /// A quote row's `occurrences` (distinct article texts printing its words from its speaker)
    /// and `group`; `wordsKey` is its stored key, nil when it has none.
    func columns(speaker: OccurrenceHasher, wordsKey: Int64?, text: UnsafeBufferPointer<UInt8>) -> (
        occurrences: Int, group: Int64
    ) {
        let key = Key(speaker: speaker.hash, words: wordsKey ?? OccurrenceHasher.wordsKey(text))
        guard let group = groups[key] else { return (1, Store.occurrenceGroup(speaker: speaker, textUTF8: text)) }
        if let number = group.number { return (group.occurrences, number) }
        let number = Store.occurrenceGroup(speaker: speaker, textUTF8: text)
        groups[key]?.number = number
        return (group.occurrences, number)
    }
}

/// Each article's `article_text_keys.text_key`, all read in one pass over the table when first
/// asked for (a look-up per article was a tenth of the counting), worked out from its text when
/// the row is missing (an article stored before migration 0016 and not filled since).
private final class ArticleTextKeys {
    private let db: Database
    private let text: Statement
    private var stored: IDTable<Int64>?
    private var known: [Int64: Int64?] = [:]

    init(db: Database) throws {
        self.db = db
        text = try db.prepare(sql: "SELECT text FROM articles WHERE id = ?")
    }

    /// The article's text key; nil when the article is gone.
    func key(of article: Int64) throws -> Int64? {
        if stored == nil {
            var keys = IDTable<Int64>()
            let all = try db.prepare(sql: "SELECT article_id, text_key FROM article_text_keys")
            while try all.step() { keys.set(all.int64(at: 1), for: all.int64(at: 0)) }
            stored = keys
        }
        if let key = stored?[article] { return key }
        if let found = known[article] { return found }
        try text.bind(article, at: 1)
        defer { text.reset() }
        var key: Int64?
        if try text.step() {
            key = ContentHash.textKey(text.utf8(at: 0) ?? UnsafeBufferPointer(start: nil, count: 0))
        }
        known[article] = key
        return key
    }
}
