import Extraction
import HearsayModel
import SQLiteLayer

/// An article as a list shows it: its key, what it says of itself, and its counts.
public struct ArticleSummary: Sendable, Hashable {
    /// The key it was imported under.
    public var key: String
    /// Its headline.
    public var title: String?
    /// The outlet.
    public var source: String?
    /// The publication day, `YYYY-MM-DD`.
    public var date: String?
    /// Where it was published.
    public var url: String?
    /// Quotes found in it.
    public var quotes: Int
    /// Claims found in it.
    public var claims: Int
}

/// Quotes in one month.
public struct MonthCount: Sendable, Hashable {
    /// `YYYY-MM`.
    public var month: String
    /// Quotes in articles of that month.
    public var count: Int
}

extension Store {
    /// Reads up to `bytes` of the database file through a memory map instead of copying each
    /// page read (see <https://sqlite.org/mmap.html>); SQLite caps it at its own limit.
    public func mapIntoMemory(bytes: Int) throws {
        try run { _ = try db.scalarInt(sql: "PRAGMA mmap_size = \(max(0, bytes))") }
    }

    /// A number that changes whenever another connection commits to the database: a reader keeps
    /// what it worked out for as long as it stays the same.
    public func dataVersion() throws -> Int64 {
        try run { try db.scalarInt(sql: "PRAGMA data_version") ?? 0 }
    }

    /// The `limit` most quoted speakers after the first `offset`, most quotes first, with their
    /// quote counts (`aliases` and `claims` are left empty).
    public func mostQuoted(limit: Int, offset: Int = 0) throws -> [PersonSummary] {
        try run {
            let statement = try db.prepare(
                sql: """
                    SELECT speaker_id, count(*) AS n FROM quotes WHERE speaker_id IS NOT NULL
                     GROUP BY speaker_id ORDER BY n DESC, speaker_id LIMIT ? OFFSET ?
                    """)
            try statement.bind(max(0, limit), at: 1)
            try statement.bind(max(0, offset), at: 2)
            var counts: [(Int64, Int)] = []
            while try statement.step() { counts.append((statement.int64(at: 0), Int(statement.int64(at: 1)))) }
            let names = try entityNames(counts.map(\.0))
            let kinds = try db.prepare(sql: "SELECT kind FROM entities WHERE id = ?")
            return try counts.map { id, count in
                try kinds.bind(id, at: 1)
                let kind = try kinds.step() ? SpeakerKind(rawValue: kinds.string(at: 0) ?? "") : nil
                kinds.reset()
                return PersonSummary(
                    id: id, name: names[id] ?? "#\(id)", kind: kind ?? .unknown, aliases: [], quotes: count, claims: 0)
            }
        }
    }

    /// The `limit` latest articles (by date, undated last), skipping `offset`.
    public func latestArticles(limit: Int, offset: Int = 0) throws -> [ArticleSummary] {
        try run {
            let statement = try db.prepare(
                sql: """
                    SELECT a.key, a.title, a.source, a.published, a.url,
                     (SELECT count(*) FROM quotes WHERE article_id = a.id), (SELECT count(*) FROM claims WHERE article_id = a.id)
                     FROM articles a ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?
                    """)
            try statement.bind(max(0, limit), at: 1)
            try statement.bind(max(0, offset), at: 2)
            var articles: [ArticleSummary] = []
            while try statement.step() {
                articles.append(
                    ArticleSummary(
                        key: statement.string(at: 0) ?? "", title: statement.string(at: 1),
                        source: statement.string(at: 2), date: statement.string(at: 3), url: statement.string(at: 4),
                        quotes: Int(statement.int64(at: 5)), claims: Int(statement.int64(at: 6))))
            }
            return articles
        }
    }

    /// The entity `id` with its aliases, roles, organisations, counts and first and last quoted
    /// days, without its quotes (a person's page reads them a page at a time); nil when there
    /// is no such entity.
    public func profile(of id: Int64) throws -> PersonDetail? {
        try run {
            let statement = try db.prepare(sql: "SELECT \(Self.peopleColumns) FROM entities e WHERE e.id = ?")
            try statement.bind(id, at: 1)
            guard try statement.step() else { return nil }
            let summary = Self.personSummary(statement)
            let dates = try db.prepare(
                sql: """
                    SELECT min(a.published), max(a.published) FROM quotes r JOIN articles a ON a.id = r.article_id
                     WHERE r.speaker_id = ?
                    """)
            try dates.bind(id, at: 1)
            _ = try dates.step()
            return PersonDetail(
                summary: summary, roles: JSONText.parseArray(statement.string(at: 4)),
                organisations: JSONText.parseArray(statement.string(at: 5)), firstQuoted: dates.string(at: 0),
                lastQuoted: dates.string(at: 1), quotes: [])
        }
    }

    /// How many quotes of entity `id` each month has (dated articles only), oldest month first.
    public func quotesPerMonth(of id: Int64) throws -> [MonthCount] {
        try run {
            let statement = try db.prepare(
                sql: """
                    SELECT substr(a.published, 1, 7) AS month, count(*) FROM quotes r JOIN articles a ON a.id = r.article_id
                     WHERE r.speaker_id = ? AND a.published IS NOT NULL GROUP BY month ORDER BY month
                    """)
            try statement.bind(id, at: 1)
            var months: [MonthCount] = []
            while try statement.step() {
                months.append(MonthCount(month: statement.string(at: 0) ?? "", count: Int(statement.int64(at: 1))))
            }
            return months
        }
    }

    /// Every quote of the article `key` (exactly as imported), in text order.
    public func quotes(inArticle key: String) throws -> [QuoteRecord] {
        guard
            var query = try RowQuery.build(
                .quotes, columns: Self.quoteColumns, filter: QueryFilter(), speakers: nil,
                extraConditions: ["a.key = ?"], orderBy: "r.start, r.id")
        else { return [] }
        query.bindings = [.text(key)] + query.bindings
        return try records(query, Self.quoteRecord)
    }

    /// Every claim of the article `key` (exactly as imported), in text order.
    public func claims(inArticle key: String) throws -> [ClaimRecord] {
        guard
            var query = try RowQuery.build(
                .claims, columns: Self.claimColumns, filter: QueryFilter(), speakers: nil,
                extraConditions: ["a.key = ?"], orderBy: "r.start, r.id")
        else { return [] }
        query.bindings = [.text(key)] + query.bindings
        return try records(query, Self.claimRecord)
    }

    /// The rows of `query` (nil: none), each read by `record`.
    func records<Record>(_ query: RowQuery?, _ record: (Statement, ArticleTexts) throws -> Record) throws -> [Record] {
        guard let query else { return [] }
        return try run {
            let statement = try db.prepare(sql: query.sql)
            try statement.bind(StatementArguments(query.bindings))
            let texts = try ArticleTexts(db: db)
            var records: [Record] = []
            while try statement.step() { records.append(try record(statement, texts)) }
            return records
        }
    }
}
