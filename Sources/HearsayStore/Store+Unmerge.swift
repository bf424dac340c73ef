import Extraction
import Foundation
import HearsayModel
import HearsayText
import Linking
import SQLiteLayer

extension Store {
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
                    ? SameEntity.splitByName(rows, name: \.name, entityName: entity.name, kind: entity.kind)
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
                    let newName = SameEntity.fullestName(group.map(\.name))
                    try db.execute(
                        sql: "INSERT INTO entities(name, kind, curated) VALUES (?1, ?2, 1)",
                        arguments: [newName, entity.kind.rawValue])
                    let newID = db.lastInsertRowID
                    var quotes = 0
                    for row in group {
                        // A speaker is its article and its position there; quotes and claims name
                        // it by that position (`mention`).
                        quotes += try count(
                            db, "SELECT count(*) FROM quotes WHERE article_id = ?1 AND mention = ?2",
                            [row.articleID, row.position])
                        try db.execute(
                            sql: "UPDATE quotes SET speaker_id = ?1 WHERE article_id = ?2 AND mention = ?3",
                            arguments: [newID, row.articleID, row.position])
                        try db.execute(
                            sql: "UPDATE claims SET claimant_id = ?1 WHERE article_id = ?2 AND mention = ?3",
                            arguments: [newID, row.articleID, row.position])
                        let speaker = "article_id = ?3 AND position = ?2"
                        for sql in Self.moveSpeakers(note: "split off by a curator", where: speaker) {
                            try db.execute(sql: sql, arguments: [newID, row.position, row.articleID])
                        }
                    }
                    // Names used only by the split speakers move with them.
                    let names = Self.distinct(group.flatMap { [$0.name] + $0.aliases })
                    for alias in names where !stayingNames.contains(NameKey.normalized(alias)) {
                        try db.execute(
                            sql:
                                "UPDATE OR IGNORE entity_aliases SET entity_id = ?1 WHERE entity_id = ?2 AND alias = ?3",
                            arguments: [newID, entity.id, alias])
                    }
                    try addAliasRows(
                        db, entity: newID, kind: entity.kind, names: names, evidence: "split off by a curator")
                    // Roles read from articles that only the split speakers came from move too.
                    for article in Set(group.map(\.articleID)) where !stayingArticles.contains(article) {
                        try db.execute(
                            sql:
                                "UPDATE OR IGNORE entity_roles SET entity_id = ?1 WHERE entity_id = ?2 AND article_id = ?3",
                            arguments: [newID, entity.id, article])
                    }
                    // Never link them back, either way.
                    for alias in [newName] + names where !stayingNames.contains(NameKey.normalized(alias)) {
                        try db.execute(
                            sql: "INSERT OR IGNORE INTO entity_rejections(entity_id, name) VALUES (?1, ?2)",
                            arguments: [entity.id, alias])
                    }
                    if !names.contains(where: { NameKey.normalized($0) == NameKey.normalized(entity.name) }) {
                        try db.execute(
                            sql: "INSERT OR IGNORE INTO entity_rejections(entity_id, name) VALUES (?1, ?2)",
                            arguments: [newID, entity.name])
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
                try db.execute(sql: "UPDATE entities SET curated = 1 WHERE id = ?1", arguments: [entity.id])
                return report
            }
        }
    }
}
