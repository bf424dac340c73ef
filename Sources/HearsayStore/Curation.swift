import Extraction
import Foundation
import HearsayModel
import HearsayText
import Linking
import SQLiteLayer

/// Curation: people fixing what the linker got wrong (issue 4). Every command changes the database
/// in one transaction, marks what it touched as curated, writes a row to the `curation` log, and
/// returns sentences saying what changed.
///
/// Curated decisions outlive imports: merged names stay aliases of the entity they were merged into,
/// so the linker keeps linking them there; names split off by ``unmerge(_:articles:)`` are recorded
/// as "never link" (`entity_rejections`, read by the linker as ``KnownEntity/rejected``); and a
/// quote given a speaker by ``reassign(quote:to:)`` gets it back when its article is imported again.
///
/// A name argument is anything `--person` accepts, or `#ID` for an entity's id.
extension Store {
    /// Moves everything of the entity `name` (quotes, claims, aliases, roles, article speakers)
    /// into the entity `target` and deletes it.
    public func merge(_ name: String, into target: String) throws -> [String] {
        let keep = try curatedEntity(target)
        let gone = try curatedEntity(name)
        guard keep.id != gone.id else {
            return ["\(keep.label) and \(name.debugDescription) are already one entity; nothing changed"]
        }
        return try run {
            try db.transaction { db in
                let quotes = try count(db, "SELECT count(*) FROM quotes WHERE speaker_id = ?", gone.id)
                let claims = try count(db, "SELECT count(*) FROM claims WHERE claimant_id = ?", gone.id)
                let names = try aliasNames(db, gone.id)
                let moves: [String] =
                    [
                        "UPDATE quotes SET speaker_id = ?1 WHERE speaker_id = ?2",
                        "UPDATE claims SET claimant_id = ?1 WHERE claimant_id = ?2",
                        "INSERT OR IGNORE INTO claim_mentions(claim_id, entity_id) SELECT claim_id, ?1 FROM claim_mentions WHERE entity_id = ?2",
                    ] + Self.moveSpeakers(note: "merged by a curator", where: "entity_id = ?2") + [
                        """
                        INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key, surname, article_id, evidence, curated)
                        SELECT ?1, alias, key, surname, article_id, coalesce(evidence || '; ', '') || 'merged by a curator', 1
                        FROM entity_aliases WHERE entity_id = ?2
                        """,
                        """
                        INSERT OR IGNORE INTO entity_roles(entity_id, role, organisation, organisation_key, organisation_id, article_id, date)
                        SELECT ?1, role, organisation, organisation_key, organisation_id, article_id, date FROM entity_roles WHERE entity_id = ?2
                        """,
                        "UPDATE entity_roles SET organisation_id = ?1 WHERE organisation_id = ?2",
                        "INSERT OR IGNORE INTO entity_rejections(entity_id, name) SELECT ?1, name FROM entity_rejections WHERE entity_id = ?2",
                    ]
                for sql in moves { try execute(db, sql, keep.id, gone.id) }
                try execute(db, "DELETE FROM entities WHERE id = ?1", gone.id)
                try execute(db, "UPDATE entities SET curated = 1 WHERE id = ?1", keep.id)
                // The merged entity's own name becomes an alias, and a merge overrides an earlier "never link".
                try addAliasRows(
                    db, entity: keep.id, kind: keep.kind, names: [gone.name], evidence: "merged by a curator")
                for alias in names + [gone.name] {
                    try execute(db, "DELETE FROM entity_rejections WHERE entity_id = ?1 AND name = ?2", keep.id, alias)
                }
                try log(
                    db, "merge",
                    ["into": "\(keep.id)", "into_name": keep.name, "merged": "\(gone.id)", "merged_name": gone.name])
                return [
                    "Merged \(gone.label) into \(keep.label): \(quotes) quote\(quotes == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"), "
                        + "names now aliases: \(([gone.name] + names.filter { $0 != gone.name }).joined(separator: "; "))"
                ]
            }
        }
    }

    /// Splits the entity `name` back into what was linked: the article speakers whose names are not
    /// the same person's name as the entity's become entities of their own (one per name), with their
    /// quotes, claims, aliases and roles. With `articles`, the speakers of those articles are split off
    /// instead, whatever their names. The split names are recorded as never to be linked back.
    public func unmerge(_ name: String, articles: [String] = []) throws -> [String] {
        let entity = try curatedEntity(name)
        return try run {
            try db.transaction { db in
                let rows = try speakerRows(db, entity.id)
                let groups =
                    articles.isEmpty
                    ? Self.splitByName(rows, entityName: entity.name, kind: entity.kind)
                    : Self.splitByArticle(rows, articles: Set(articles))
                guard !groups.isEmpty else {
                    if !articles.isEmpty {
                        return [
                            "\(entity.label) has no speaker in \(articles.joined(separator: ", ")); nothing changed"
                        ]
                    }
                    return [
                        "Every article names \(entity.label) the same way; nothing to split "
                            + "(use --article KEY to split off the speaker of one article)"
                    ]
                }
                let staying = rows.filter { row in
                    !groups.contains { $0.contains { $0.articleID == row.articleID && $0.position == row.position } }
                }
                let stayingNames = Set(staying.flatMap { [$0.name] + $0.aliases }.map(NameKey.normalized))
                    .union([NameKey.normalized(entity.name)])
                let stayingArticles = Set(staying.map(\.articleID))
                var report: [String] = []
                for group in groups {
                    let newName = Self.fullestName(group.map(\.name))
                    try execute(
                        db, "INSERT INTO entities(name, kind, curated) VALUES (?1, ?2, 1)", newName,
                        entity.kind.rawValue)
                    let newID = db.lastInsertRowID
                    var quotes = 0
                    for row in group {
                        // A speaker is its article and its position there; quotes and claims name
                        // it by that position (`mention`).
                        quotes += try count(
                            db, "SELECT count(*) FROM quotes WHERE article_id = ?1 AND mention = ?2", row.articleID,
                            row.position)
                        try execute(
                            db, "UPDATE quotes SET speaker_id = ?1 WHERE article_id = ?2 AND mention = ?3", newID,
                            row.articleID, row.position)
                        try execute(
                            db, "UPDATE claims SET claimant_id = ?1 WHERE article_id = ?2 AND mention = ?3", newID,
                            row.articleID, row.position)
                        let speaker = "article_id = ?3 AND position = ?2"
                        for sql in Self.moveSpeakers(note: "split off by a curator", where: speaker) {
                            try execute(db, sql, newID, row.position, row.articleID)
                        }
                    }
                    // Names used only by the split speakers move with them.
                    let names = Self.distinct(group.flatMap { [$0.name] + $0.aliases })
                    for alias in names where !stayingNames.contains(NameKey.normalized(alias)) {
                        try execute(
                            db,
                            "UPDATE OR IGNORE entity_aliases SET entity_id = ?1 WHERE entity_id = ?2 AND alias = ?3",
                            newID, entity.id, alias)
                    }
                    try addAliasRows(
                        db, entity: newID, kind: entity.kind, names: names, evidence: "split off by a curator")
                    // Roles read from articles that only the split speakers came from move too.
                    for article in Set(group.map(\.articleID)) where !stayingArticles.contains(article) {
                        try execute(
                            db,
                            "UPDATE OR IGNORE entity_roles SET entity_id = ?1 WHERE entity_id = ?2 AND article_id = ?3",
                            newID, entity.id, article)
                    }
                    // Never link them back, either way.
                    for alias in [newName] + names where !stayingNames.contains(NameKey.normalized(alias)) {
                        try execute(
                            db, "INSERT OR IGNORE INTO entity_rejections(entity_id, name) VALUES (?1, ?2)", entity.id,
                            alias)
                    }
                    if !names.contains(where: { NameKey.normalized($0) == NameKey.normalized(entity.name) }) {
                        try execute(
                            db, "INSERT OR IGNORE INTO entity_rejections(entity_id, name) VALUES (?1, ?2)", newID,
                            entity.name)
                    }
                    let keys = Self.distinct(group.map(\.article)).sorted()
                    report.append(
                        "Split \"\(newName)\" (#\(newID)) off \(entity.label): article\(keys.count == 1 ? "" : "s") \(keys.joined(separator: ", ")), "
                            + "\(quotes) quote\(quotes == 1 ? "" : "s"); they will not be linked again")
                    try log(
                        db, "unmerge",
                        [
                            "entity": "\(entity.id)", "name": entity.name, "new": "\(newID)", "new_name": newName,
                            "articles": keys.joined(separator: "\n"),
                            "speakers": Self.distinct(group.map(\.name)).joined(separator: "\n"),
                        ])
                }
                try execute(db, "UPDATE entities SET curated = 1 WHERE id = ?1", entity.id)
                return report
            }
        }
    }

    /// Adds `alias` as a name of the entity `name`; later imports link speakers so named to it.
    public func addAlias(_ alias: String, to name: String) throws -> [String] {
        let entity = try curatedEntity(name)
        let trimmed = alias.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.notFound, "an alias cannot be empty") }
        return try run {
            try db.transaction { db in
                let others = try entities(named: trimmed).filter { $0 != entity.id }
                try addAliasRows(
                    db, entity: entity.id, kind: entity.kind, names: [trimmed], evidence: "alias added by a curator")
                try execute(db, "DELETE FROM entity_rejections WHERE entity_id = ?1 AND name = ?2", entity.id, trimmed)
                try execute(db, "UPDATE entities SET curated = 1 WHERE id = ?1", entity.id)
                try log(db, "alias", ["entity": "\(entity.id)", "name": entity.name, "alias": trimmed])
                var out = ["Added alias \"\(trimmed)\" to \(entity.label)"]
                for other in others {
                    let label = try entityName(other).map { "\"\($0)\" (#\(other))" } ?? "#\(other)"
                    out.append(
                        "Note: \(label) is also called \"\(trimmed)\"; `hearsay merge` joins them if they are one")
                }
                return out
            }
        }
    }

    /// Gives the entity `name` the canonical name `newName` (the old one stays an alias); imports no
    /// longer rename it.
    public func rename(_ name: String, to newName: String) throws -> [String] {
        let entity = try curatedEntity(name)
        let trimmed = newName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.notFound, "a name cannot be empty") }
        return try run {
            try db.transaction { db in
                try execute(db, "UPDATE entities SET name = ?1, curated = 1 WHERE id = ?2", trimmed, entity.id)
                try addAliasRows(
                    db, entity: entity.id, kind: entity.kind, names: [trimmed, entity.name],
                    evidence: "renamed by a curator")
                try log(db, "rename", ["entity": "\(entity.id)", "from": entity.name, "to": trimmed])
                return ["Renamed \(entity.label) to \"\(trimmed)\"; \"\(entity.name)\" stays an alias"]
            }
        }
    }

    /// The id of the quote `reference` designates: its id, or `ARTICLE:START` (the article key and
    /// the quote's start offset, both in every quote export).
    public func quoteID(_ reference: String) throws -> Int64 {
        if let id = Int64(reference) { return id }
        guard let colon = reference.lastIndex(of: ":"), let start = Int64(reference[reference.index(after: colon)...])
        else {
            throw StoreError(.notFound, "\(reference.debugDescription) is not a quote: give its id or ARTICLE:START")
        }
        let article = String(reference[..<colon])
        return try run {
            let statement = try db.prepare(
                sql: "SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.key = ? AND q.start = ?")
            try statement.bind(article, at: 1)
            try statement.bind(start, at: 2)
            guard try statement.step() else {
                throw StoreError(
                    .notFound,
                    "no quote starts at \(start) in \(article.debugDescription); `hearsay export quotes` lists them")
            }
            return statement.int64(at: 0)
        }
    }

    /// Gives quote `quote` the speaker `name` (an entity's name, alias or `#ID`). With `create`, a
    /// person of that name is created when nobody has it.
    public func reassign(quote: Int64, to name: String, create: Bool = false) throws -> [String] {
        let target: CuratedEntity
        do {
            target = try curatedEntity(name)
        } catch let error as StoreError where error.code == .notFound && create {
            target = try run {
                try db.transaction { db in
                    try execute(db, "INSERT INTO entities(name, kind, curated) VALUES (?1, 'person', 1)", name)
                    let id = db.lastInsertRowID
                    try addAliasRows(db, entity: id, kind: .person, names: [name], evidence: "created by a curator")
                    return CuratedEntity(id: id, name: name, kind: .person)
                }
            }
        }
        return try run {
            try db.transaction { db in
                let statement = try db.prepare(
                    sql: """
                        SELECT a.key, q.start, q."end", coalesce(q.text, substr(a.text, q.start + 1, q."end" - q.start)), e.name
                         FROM quotes q JOIN articles a ON a.id = q.article_id
                        LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.id = ?
                        """)
                try statement.bind(quote, at: 1)
                guard try statement.step() else {
                    throw StoreError(
                        .notFound, "no quote #\(quote) in \(path); `hearsay export quotes` lists them with their ids")
                }
                let article = statement.string(at: 0) ?? ""
                let start = statement.int64(at: 1)
                let end = statement.int64(at: 2)
                let text = statement.string(at: 3) ?? ""
                let before = statement.string(at: 4)
                try execute(db, "UPDATE quotes SET speaker_id = ?1, curated = 1 WHERE id = ?2", target.id, quote)
                try log(
                    db, "reassign",
                    [
                        "article": article, "start": "\(start)", "end": "\(end)", "text": text,
                        "entity": "\(target.id)", "name": target.name,
                    ])
                let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
                return [
                    "Quote #\(quote) (\(article): “\(shown)”) now said by \(target.label), was \(before.map { "\"\($0)\"" } ?? "nobody")"
                ]
            }
        }
    }

    // MARK: - Replaying curation on import

    /// Replays curation on a freshly (re)imported article: speakers a curator split off an entity
    /// go back to the entity they were split into, and quotes get the speakers curators chose.
    /// Called by the article writer inside its transaction.
    static func replayReassignments(db: Database, articleID: Int64, key: String) throws {
        try replaySplits(db: db, articleID: articleID, key: key)
        try replayQuoteChoices(db: db, articleID: articleID, key: key)
    }

    /// `hearsay unmerge` decisions that name this article: its speakers of those names are pinned
    /// to the entity they were split into (two people of one name are told apart by article).
    private static func replaySplits(db: Database, articleID: Int64, key: String) throws {
        let log = try db.prepare(sql: "SELECT arguments FROM curation WHERE action = 'unmerge' ORDER BY id")
        var pins: [(names: [String], entity: Int64)] = []
        while try log.step() {
            guard let data = log.string(at: 0)?.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: String],
                let articles = object["articles"], articles.split(separator: "\n").contains(Substring(key)),
                let entity = object["new"].flatMap(Int64.init)
            else { continue }
            pins.append(((object["speakers"] ?? "").split(separator: "\n").map(String.init), entity))
        }
        guard !pins.isEmpty else { return }
        let exists = try db.prepare(sql: "SELECT 1 FROM entities WHERE id = ?")
        let speakers = try db.prepare(sql: "SELECT position FROM article_speakers WHERE article_id = ? AND name = ?")
        // A fresh note, not appended: the row was just written by the import.
        let note = try db.prepare(sql: "INSERT OR IGNORE INTO link_evidence(text) VALUES ('split off by a curator')")
        try note.run()
        let moveSpeaker = try db.prepare(
            sql: """
                UPDATE article_speakers
                   SET entity_id = ?1, evidence_id = (SELECT id FROM link_evidence WHERE text = 'split off by a curator')
                 WHERE article_id = ?3 AND position = ?2
                """)
        let moveQuotes = try db.prepare(sql: "UPDATE quotes SET speaker_id = ?1 WHERE article_id = ?3 AND mention = ?2")
        let moveClaims = try db.prepare(
            sql: "UPDATE claims SET claimant_id = ?1 WHERE article_id = ?3 AND mention = ?2")
        for pin in pins {
            try exists.bind(pin.entity, at: 1)
            let alive = try exists.step()
            exists.reset()
            guard alive else { continue }
            for name in pin.names {
                try speakers.bind(articleID, at: 1)
                try speakers.bind(name, at: 2)
                var rows: [Int64] = []
                while try speakers.step() { rows.append(speakers.int64(at: 0)) }
                speakers.reset()
                for row in rows {
                    for statement in [moveSpeaker, moveQuotes, moveClaims] {
                        try statement.bind(pin.entity, at: 1)
                        try statement.bind(row, at: 2)
                        try statement.bind(articleID, at: 3)
                        try statement.run()
                    }
                }
            }
        }
    }

    private static func replayQuoteChoices(db: Database, articleID: Int64, key: String) throws {
        let log = try db.prepare(sql: "SELECT arguments FROM curation WHERE action = 'reassign' ORDER BY id")
        var wanted: [(start: Int64, end: Int64, text: String, entity: Int64, name: String)] = []
        while try log.step() {
            guard let data = log.string(at: 0)?.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: String],
                object["article"] == key, let start = object["start"].flatMap(Int64.init),
                let end = object["end"].flatMap(Int64.init), let entity = object["entity"].flatMap(Int64.init)
            else { continue }
            wanted.append((start, end, object["text"] ?? "", entity, object["name"] ?? ""))
        }
        guard !wanted.isEmpty else { return }
        let find = try db.prepare(
            sql: #"""
                SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
                 WHERE q.article_id = ? AND ((q.start = ? AND q."end" = ?)
                       OR coalesce(q.text, substr(a.text, q.start + 1, q."end" - q.start)) = ?) LIMIT 1
                """#)
        let exists = try db.prepare(sql: "SELECT 1 FROM entities WHERE id = ?")
        let update = try db.prepare(sql: "UPDATE quotes SET speaker_id = ?, curated = 1 WHERE id = ?")
        for choice in wanted {
            try find.bind(articleID, at: 1)
            try find.bind(choice.start, at: 2)
            try find.bind(choice.end, at: 3)
            try find.bind(choice.text, at: 4)
            let quote = try find.step() ? find.int64(at: 0) : nil
            find.reset()
            guard let quote else { continue }
            try exists.bind(choice.entity, at: 1)
            let alive = try exists.step()
            exists.reset()
            // A later merge may have folded the chosen entity into another: follow its name.
            var entity: Int64? = alive ? choice.entity : nil
            if entity == nil {
                let byName = try db.prepare(sql: "SELECT entity_id FROM entity_aliases WHERE alias = ? LIMIT 1")
                try byName.bind(choice.name, at: 1)
                entity = try byName.step() ? byName.int64(at: 0) : nil
            }
            guard let entity else { continue }
            try update.bind(entity, at: 1)
            try update.bind(quote, at: 2)
            try update.run()
        }
    }

    // MARK: - Helpers

    /// An entity named on the command line.
    struct CuratedEntity {
        var id: Int64
        var name: String
        var kind: SpeakerKind
        var label: String { "\"\(name)\" (#\(id))" }
    }

    /// One speaker of one article linked to an entity.
    struct SpeakerRow {
        /// The speaker's position in its article.
        var position: Int64
        var articleID: Int64
        var article: String
        var name: String
        var aliases: [String]
    }

    /// The one entity `name` designates: `#ID`, or a name `--person` accepts that fits one entity.
    func curatedEntity(_ name: String) throws -> CuratedEntity {
        var ids: [Int64]
        if name.hasPrefix("#"), let id = Int64(name.dropFirst()) {
            ids = [id]
        } else {
            ids = try entities(named: name)
            if ids.isEmpty {
                // Organisations and groups are looked up under their own key.
                ids = try run {
                    let statement = try db.prepare(
                        sql: "SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ? OR alias = ?")
                    var found: [Int64] = []
                    for key in EntityLinker.lookupKeys(for: [name], kind: .organisation) {
                        try statement.bind(key, at: 1)
                        try statement.bind(name, at: 2)
                        while try statement.step() {
                            let id = statement.int64(at: 0)
                            if !found.contains(id) { found.append(id) }
                        }
                        statement.reset()
                    }
                    return found
                }
            }
        }
        return try run {
            let statement = try db.prepare(sql: "SELECT name, kind FROM entities WHERE id = ?")
            var found: [CuratedEntity] = []
            for id in ids {
                try statement.bind(id, at: 1)
                if try statement.step() {
                    found.append(
                        CuratedEntity(
                            id: id, name: statement.string(at: 0) ?? "",
                            kind: SpeakerKind(rawValue: statement.string(at: 1) ?? "") ?? .unknown))
                }
                statement.reset()
            }
            guard !found.isEmpty else {
                throw StoreError(.notFound, "nobody called \(name.debugDescription) in \(path); try `hearsay people`")
            }
            // Several entities share the name: the user must say which one.
            guard found.count == 1, let only = found.first else {
                let list = found.prefix(8).map(\.label).joined(separator: ", ")
                throw StoreError(.ambiguousName, "\(name.debugDescription) could be \(list); give the id as #ID")
            }
            return only
        }
    }

    private func speakerRows(_ db: Database, _ entity: Int64) throws -> [SpeakerRow] {
        let statement = try db.prepare(
            sql: """
                SELECT s.position, s.article_id, a.key, s.name, s.aliases FROM article_speakers s
                  JOIN articles a ON a.id = s.article_id
                 WHERE s.entity_id = ? ORDER BY a.published, s.article_id, s.position
                """)
        try statement.bind(entity, at: 1)
        var rows: [SpeakerRow] = []
        while try statement.step() {
            rows.append(
                SpeakerRow(
                    position: statement.int64(at: 0), articleID: statement.int64(at: 1),
                    article: statement.string(at: 2) ?? "",
                    name: statement.string(at: 3) ?? "", aliases: JSONText.parseArray(statement.string(at: 4))))
        }
        return rows
    }

    /// Groups of rows to split off: rows whose names are not the entity's name (by the linker's
    /// rules), grouped by name. The rows that name the entity itself stay; if none does, the largest
    /// group stays.
    static func splitByName(_ rows: [SpeakerRow], entityName: String, kind: SpeakerKind) -> [[SpeakerRow]] {
        func same(_ a: String, _ b: String) -> Bool {
            if NameKey.normalized(a) == NameKey.normalized(b) { return true }
            if kind == .person { return NameKey.match(a, b) == .same }
            return OrganisationKey.key(a) == OrganisationKey.key(b)
        }
        var groups: [[SpeakerRow]] = []
        var staying = 0
        for row in rows {
            if same(row.name, entityName) {
                staying += 1
                continue
            }
            if let g = groups.firstIndex(where: { same($0[0].name, row.name) }) {
                groups[g].append(row)
            } else {
                groups.append([row])
            }
        }
        if staying == 0, let largest = groups.indices.max(by: { groups[$0].count < groups[$1].count }) {
            groups.remove(at: largest)
        }
        return groups
    }

    static func splitByArticle(_ rows: [SpeakerRow], articles: Set<String>) -> [[SpeakerRow]] {
        let picked = rows.filter { articles.contains($0.article) }
        return picked.isEmpty || picked.count == rows.count && rows.count == 0 ? [] : [picked]
    }

    /// The fullest of several names: the most name units, then the longest.
    static func fullestName(_ names: [String]) -> String {
        names.max { a, b in
            let ua = NameKey.parse(a).units.count
            let ub = NameKey.parse(b).units.count
            return ua != ub ? ua < ub : a.count < b.count
        } ?? ""
    }

    static func distinct(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private func aliasNames(_ db: Database, _ entity: Int64) throws -> [String] {
        let statement = try db.prepare(sql: "SELECT DISTINCT alias FROM entity_aliases WHERE entity_id = ? ORDER BY id")
        try statement.bind(entity, at: 1)
        var names: [String] = []
        while try statement.step() { if let name = statement.string(at: 0) { names.append(name) } }
        return names
    }

    private func addAliasRows(_ db: Database, entity: Int64, kind: SpeakerKind, names: [String], evidence: String)
        throws
    {
        let insert = try db.prepare(
            sql: """
                INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key, surname, evidence, curated)
                VALUES (?, ?, ?, ?, ?, 1)
                """)
        for name in names {
            for key in EntityLinker.lookupKeys(for: [name], kind: kind) {
                try insert.bind(entity, at: 1)
                try insert.bind(name, at: 2)
                try insert.bind(key, at: 3)
                try insert.bind(EntityDirectory.surname(ofKey: key), at: 4)
                try insert.bind(evidence, at: 5)
                try insert.run()
            }
        }
    }

    /// SQL moving the speakers `condition` selects to entity `?1` (`?2` is the condition's value)
    /// with `note` added to their evidence: the new `link_evidence` texts first, then the rows.
    static func moveSpeakers(note: String, where condition: String) -> [String] {
        let noted = "coalesce(v.text || '; ', '') || '\(note)'"
        return [
            """
            INSERT OR IGNORE INTO link_evidence(text)
            SELECT \(noted) FROM (SELECT evidence_id FROM article_speakers WHERE \(condition)) s
              LEFT JOIN link_evidence v ON v.id = s.evidence_id
            """,
            """
            UPDATE article_speakers SET entity_id = ?1, evidence_id = (
                SELECT n.id FROM link_evidence n
                 WHERE n.text = (SELECT \(noted) FROM (SELECT 1) LEFT JOIN link_evidence v
                                  ON v.id = article_speakers.evidence_id))
             WHERE \(condition)
            """,
        ]
    }

    private func count(_ db: Database, _ sql: String, _ ids: Int64...) throws -> Int {
        let statement = try db.prepare(sql: sql)
        for (offset, id) in ids.enumerated() { try statement.bind(id, at: Int32(offset + 1)) }
        return try statement.step() ? Int(statement.int64(at: 0)) : 0
    }

    private func execute(_ db: Database, _ sql: String, _ values: Any...) throws {
        let statement = try db.prepare(sql: sql)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case let v as Int64: try statement.bind(v, at: index)
            case let v as Int: try statement.bind(v, at: index)
            case let v as String: try statement.bind(v, at: index)
            default: try statement.bindNull(at: index)
            }
        }
        try statement.run()
    }

    private func log(_ db: Database, _ action: String, _ arguments: [String: String]) throws {
        var json = "{"
        for (offset, key) in arguments.keys.sorted().enumerated() {
            if offset > 0 { json += "," }
            JSONText.appendString(key, to: &json)
            json += ":"
            JSONText.appendString(arguments[key] ?? "", to: &json)
        }
        json += "}"
        try execute(db, "INSERT INTO curation(action, arguments) VALUES (?1, ?2)", action, json)
    }
}
