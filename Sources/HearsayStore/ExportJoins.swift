import SQLiteLayer

/// The article, article-speaker and entity columns of an export row, read once per article and
/// once per entity instead of joined to every row.
///
/// Rows come grouped by article (quotes and claims are stored article by article), so an export
/// in import order reads each article's title, outlet and speakers once; joining them in SQL
/// looked them up again for every row, half of the export's time.
final class ExportJoins {
    /// A column this class supplies.
    enum Field: Int, CaseIterable {
        case key, title, source, published, url
        /// `coalesce(e.name, m.name)`: the entity's name, else the name in the article.
        case speakerName
        /// `coalesce(e.kind, m.kind)`: the entity's type, else the type the article gave.
        case speakerKind
        /// `m.role`: the role the article gave the speaker.
        case speakerRole
    }

    /// Where the row names its article, its entity and its speaker's position in the article.
    struct Columns {
        var article: Int32
        var entity: Int32
        var mention: Int32
    }

    private struct Speaker {
        var name: Range<Int>?
        var kind: Int64?
        var role: Range<Int>?
    }

    private struct Entity {
        var name: Range<Int>?
        var kind: Range<Int>?
    }

    private let columns: Columns
    /// The texts the same export reads spans from: each article's text is handed to them as
    /// its row is read here, so the article is looked up once, not twice.
    var texts: ArticleTexts?
    /// The articles (id, key, title, source, published, url, text) and their speakers (article
    /// id, position, name, kind, role), read forwards while rows come in article order.
    private let articleScan: ForwardScan
    private let speakerScan: ForwardScan
    private let entityLookup: Statement

    // The properties below are read for every row of an export, by one thread (the class is not
    // Sendable): checking each access at run time was 8% of a real-article export (issue 14).
    @exclusivity(unchecked) private var articleID: Int64?
    @exclusivity(unchecked) private var articleFound = false
    /// The current article's fields and speakers.
    private let articleBytes = ByteArena()
    @exclusivity(unchecked) private var articleFields: [Range<Int>?] = Array(repeating: nil, count: 5)
    /// The current article's speakers by position: the writer numbers them 0, 1, 2 …, so an
    /// array indexed by position, and a dictionary for any other number another program stored.
    @exclusivity(unchecked) private var speakers: [Speaker?] = []
    @exclusivity(unchecked) private var otherSpeakers: [Int64: Speaker] = [:]

    /// Entities seen so far (names and types), emptied when it grows past ``entityLimit``.
    private let entityBytes = ByteArena(capacity: 1 << 16)
    /// Each entity looked up, nil when the id has no entity.
    @exclusivity(unchecked) private var entities = IDTable<Entity?>()
    private static let entityLimit = 100_000

    /// The current row's fields, resolved by ``load(_:)``.
    @exclusivity(unchecked) private var rowFields: [UnsafeBufferPointer<UInt8>?] = Array(
        repeating: nil, count: Field.allCases.count)

    private static let kindNames: [[UInt8]] = ["person", "organisation", "group", "unknown", "place"].map { Array($0.utf8) }
    private let kindArena = ByteArena(capacity: 64)
    private let kindRanges: [Range<Int>]

    init(db: Database, columns: Columns) throws {
        self.columns = columns
        articleScan = try ForwardScan(
            db: db, sql: "SELECT id, key, title, source, published, url, text FROM articles WHERE id >= ?1 ORDER BY id")
        speakerScan = try ForwardScan(
            db: db,
            sql: """
                SELECT article_id, position, name, kind, role FROM article_speakers
                 WHERE article_id >= ?1 ORDER BY article_id, position
                """)
        entityLookup = try db.prepare(sql: "SELECT name, kind FROM entities WHERE id = ?")
        let arena = kindArena
        kindRanges = Self.kindNames.map { name in name.withUnsafeBufferPointer { arena.append($0) } }
    }

    /// Reads what `row` needs; false when its article is gone (an inner join would drop the row).
    func load(_ row: Statement) throws -> Bool {
        let article = row.value(at: columns.article).int64
        if article != articleID {
            try loadArticle(article)
            // The article's bytes stay where they are until the next article: its fields are
            // the same for each of its rows.
            for (index, range) in articleFields.enumerated() { rowFields[index] = range.map(articleBytes.bytes) }
        }
        guard articleFound else { return false }
        let entityID = row.value(at: columns.entity)
        let entity = entityID.isNull ? nil : try self.entity(entityID.int64)
        let mention = row.value(at: columns.mention)
        let speaker = mention.isNull ? nil : self.speaker(at: mention.int64)
        rowFields[Field.speakerName.rawValue] =
            entity?.name.map(entityBytes.bytes) ?? speaker?.name.map(articleBytes.bytes)
        if let kind = entity?.kind {
            rowFields[Field.speakerKind.rawValue] = entityBytes.bytes(kind)
        } else if let code = speaker?.kind, kindRanges.indices.contains(Int(code)) {
            rowFields[Field.speakerKind.rawValue] = kindArena.bytes(kindRanges[Int(code)])
        } else {
            rowFields[Field.speakerKind.rawValue] = nil
        }
        rowFields[Field.speakerRole.rawValue] = speaker?.role.map(articleBytes.bytes)
        return true
    }

    /// The current row's `field`, nil for NULL; valid until the next ``load(_:)``.
    @inline(__always)
    func utf8(_ field: Field) -> UnsafeBufferPointer<UInt8>? { rowFields[field.rawValue] }

    @inline(__always)
    private func speaker(at position: Int64) -> Speaker? {
        position >= 0 && position < speakers.count ? speakers[Int(position)] : otherSpeakers[position]
    }

    private func loadArticle(_ id: Int64) throws {
        articleID = id
        articleBytes.removeAll()
        speakers.removeAll(keepingCapacity: true)
        otherSpeakers.removeAll(keepingCapacity: true)
        articleFound = try articleScan.move(to: id)
        guard articleFound else { return }
        let article = articleScan.statement
        for index in 0..<articleFields.count {
            articleFields[index] = article.value(at: Int32(index + 1)).utf8.map(articleBytes.append)
        }
        texts?.adopt(id, text: article.value(at: Int32(articleFields.count + 1)).utf8)
        guard try speakerScan.move(to: id) else { return }
        let row = speakerScan.statement
        repeat {
            let position = row.value(at: 1).int64
            let kind = row.value(at: 3)
            let speaker = Speaker(
                name: row.value(at: 2).utf8.map(articleBytes.append),
                kind: kind.isInteger ? kind.int64 : nil,
                role: row.value(at: 4).utf8.map(articleBytes.append))
            if position >= 0 && position < 4_096 {
                while speakers.count <= position { speakers.append(nil) }
                speakers[Int(position)] = speaker
            } else {
                otherSpeakers[position] = speaker
            }
            try speakerScan.next()
        } while speakerScan.key == id
    }

    /// Ends the article and speaker reads, so they hold no read transaction open once the rows
    /// are written.
    func finish() {
        articleScan.finish()
        speakerScan.finish()
    }

    /// Reads every entity in one pass (up to ``entityLimit``), for an export of the whole table,
    /// whose rows name most of them: a look-up each ran a statement per entity.
    func readAllEntities(db: Database) throws {
        let all = try db.prepare(sql: "SELECT id, name, kind FROM entities")
        while entities.count < Self.entityLimit, try all.step() {
            let name = all.value(at: 1).utf8.map(entityBytes.append)
            let kind = all.value(at: 2).utf8.map(entityBytes.append)
            entities.set(Entity(name: name, kind: kind), for: all.value(at: 0).int64)
        }
    }

    private func entity(_ id: Int64) throws -> Entity? {
        if let known = entities[id] { return known }
        if entities.count >= Self.entityLimit {
            entities.removeAll()
            entityBytes.removeAll()
        }
        try entityLookup.bind(id, at: 1)
        defer { entityLookup.reset() }
        var found: Entity?
        if try entityLookup.step() {
            let name = entityLookup.utf8(at: 0).map(entityBytes.append)
            found = Entity(name: name, kind: entityLookup.utf8(at: 1).map(entityBytes.append))
        }
        entities.set(found, for: id)
        return found
    }
}
