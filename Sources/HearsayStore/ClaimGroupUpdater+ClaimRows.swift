import Extraction
import Foundation
import HearsayModel
import Linking
import SQLiteLayer

/// Claims as grouping reads them: from a stored row, or from an article about to be stored, the
/// same columns written and read the same way.
extension ClaimGroupUpdater {
    /// The columns ``preparedClaim(_:)`` reads, with the joins they need.
    static let claimSelect = """
        SELECT c.id, a.key, a.source, a.published, coalesce(c.text, substr(a.text, c.start + 1, c."end" - c.start)),
         \(CompactJSON.figuresSQL("c.figures")), \(CompactJSON.datesSQL("c.dates"))
         FROM claims c JOIN articles a ON a.id = c.article_id
        """

    /// A claim from a row of ``claimSelect``.
    static func preparedClaim(_ row: Statement) -> PreparedClaim {
        // Grouping reads only figures of an event, and dates only of claims it can link (one in
        // ten): the rest of the JSON is not decoded.
        let figures = row.string(at: 5) ?? "[]"
        var claim = GroupableClaim(
            id: row.int64(at: 0), article: row.string(at: 1) ?? "", outlet: row.string(at: 2),
            date: row.string(at: 3), text: row.string(at: 4) ?? "",
            figures: namesEvent(figures) ? decode(figures) : [], dates: [])
        let prepared = PreparedClaim(claim)
        guard prepared.canLink, let dates = row.string(at: 6), dates != "[]" else { return prepared }
        claim.dates = decode(dates)
        return PreparedClaim(claim)
    }

    /// The claim as ``preparedClaim(_:)`` reads it back once `article` is stored (id 0 until then):
    /// the same columns, written and read the same way.
    static func preparedClaim(_ claim: Claim, of article: ArticleInput) -> PreparedClaim {
        // Figures go through their stored JSON, so their numbers are what reading the row back
        // gives; only figures of an event are read, and JSON names an event exactly when one has it.
        let hasEvent = claim.figures.contains { $0.event != nil }
        var grouped = GroupableClaim(
            id: 0, article: article.key, outlet: article.metadata.source,
            date: article.metadata.date.flatMap(ArticleWriter.validDate), text: claim.text,
            figures: hasEvent ? decode(ArticleWriter.json(claim.figures)) : [], dates: [])
        let prepared = PreparedClaim(grouped)
        guard prepared.canLink, !claim.dates.isEmpty else { return prepared }
        // Dates are strings only, which their JSON gives back unchanged.
        grouped.dates = claim.dates
        return PreparedClaim(grouped)
    }

    /// Whether the figures' JSON `json` names an event (holds `"event":"`), searched in its UTF-8
    /// bytes rather than through Foundation's string search.
    private static func namesEvent(_ json: String) -> Bool {
        let needle = Array("\"event\":\"".utf8)
        var json = json
        return json.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            outer: for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                for offset in 1..<needle.count where bytes[start + offset] != needle[offset] { continue outer }
                return true
            }
            return false
        }
    }

    /// A JSON array column; most claims have none, so "[]" is not decoded.
    private static func decode<T: Decodable>(_ json: String?) -> [T] {
        guard let json, json != "[]" else { return [] }
        return (try? JSONDecoder().decode([T].self, from: Data(json.utf8))) ?? []
    }
}
