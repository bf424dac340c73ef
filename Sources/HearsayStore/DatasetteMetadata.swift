import Foundation

/// The `metadata.json` that tells datasette how to show and search a Hearsay database: labels,
/// facets, and which full-text table serves `_search` on each view
/// (<https://docs.datasette.io/en/stable/full_text_search.html#configuring-full-text-search-for-a-table-or-view>).
public enum DatasetteMetadata {
    /// The metadata for a database datasette will call `name` (its file name without `.db`).
    public static func json(databaseName name: String) throws -> Data {
        let rowFacets = ["outlet", "speaker", "kind", "speaker_type"]
        let tables: [String: Any] = [
            "quote_rows": [
                "title": "Quotes", "description": "Every quote with its article, outlet, date and speaker.",
                "fts_table": "quotes_fts", "fts_pk": "id", "label_column": "text", "facets": rowFacets,
                "sort_desc": "date",
            ],
            "claim_rows": [
                "title": "Claims", "description": "Every checkable claim with its article, outlet, date and claimant.",
                "fts_table": "claims_fts", "fts_pk": "id", "label_column": "text",
                "facets": ["outlet", "claimant", "kind", "claimant_type"], "sort_desc": "date",
            ],
            "articles": [
                "title": "Articles", "label_column": "title", "facets": ["source"], "sort_desc": "published",
            ],
            "entities": ["title": "Speakers", "label_column": "name", "facets": ["kind"]],
        ]
        let metadata: [String: Any] = [
            "title": "Hearsay: who said what",
            "databases": [name: ["tables": tables]],
        ]
        return try JSONSerialization.data(
            withJSONObject: metadata, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
