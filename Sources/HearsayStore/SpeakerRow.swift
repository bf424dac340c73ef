import Foundation
import SQLiteLayer

extension Store {
    /// One speaker of one article linked to an entity.
    struct SpeakerRow {
        /// The speaker's position in its article.
        var position: Int64
        var articleID: Int64
        var article: String
        var name: String
        var aliases: [String]
    }

    func speakerRows(_ db: Database, _ entity: Int64) throws -> [SpeakerRow] {
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
}
