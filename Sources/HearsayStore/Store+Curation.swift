import Extraction
import Foundation
import HearsayModel
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
    static func splitByArticle(_ rows: [SpeakerRow], articles: Set<String>) -> [[SpeakerRow]] {
        let picked = rows.filter { articles.contains($0.article) }
        return picked.isEmpty || picked.count == rows.count && rows.count == 0 ? [] : [picked]
    }

    static func distinct(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    func aliasNames(_ db: Database, _ entity: Int64) throws -> [String] {
        let statement = try db.prepare(sql: "SELECT DISTINCT alias FROM entity_aliases WHERE entity_id = ? ORDER BY id")
        try statement.bind(entity, at: 1)
        var names: [String] = []
        while try statement.step() { if let name = statement.string(at: 0) { names.append(name) } }
        return names
    }

    func addAliasRows(_ db: Database, entity: Int64, kind: SpeakerKind, names: [String], evidence: String)
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
                try insert.bind(EntityResolver.surname(ofKey: key), at: 4)
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

    func count(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> Int {
        let statement = try db.prepare(sql: sql)
        try statement.bind(arguments)
        return try statement.step() ? Int(statement.int64(at: 0)) : 0
    }

    func log(_ db: Database, _ action: String, _ arguments: [String: String]) throws {
        var json = "{"
        for (offset, key) in arguments.keys.sorted().enumerated() {
            if offset > 0 { json += "," }
            JSONText.appendString(key, to: &json)
            json += ":"
            JSONText.appendString(arguments[key] ?? "", to: &json)
        }
        json += "}"
        try db.execute(sql: "INSERT INTO curation(action, arguments) VALUES (?1, ?2)", arguments: [action, json])
    }
}
