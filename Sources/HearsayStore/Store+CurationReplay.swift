import Foundation
import SQLiteLayer

extension Store {

    /// Replays curation on a freshly (re)imported article: speakers a curator split off an entity
    /// go back to the entity they were split into, quotes get the speakers curators chose, and
    /// roles curators removed stay removed. Called by the article writer inside its transaction.
    static func replayReassignments(db: Database, articleID: Int64, key: String) throws {
        try replaySplits(db: db, articleID: articleID, key: key)
        try replayQuoteChoices(db: db, articleID: articleID, key: key)
        try replayRoleRemovals(db: db, articleID: articleID)
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
}
