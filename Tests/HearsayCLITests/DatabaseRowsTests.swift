import Foundation
import SQLiteLayer
import TestSupport
import Testing

/// The views, search and exports other tools read: quote_rows/claim_rows, datasette metadata,
/// ids in exports, the byte-order mark.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct DatabaseRowsTests {
    @Test func viewsSpellEverythingOut() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let db = try Database(path: cli.path("hearsay.db"))
        let row = try db.prepare(
            sql: """
                SELECT id, article, title, outlet, date, url, speaker, speaker_type, text, kind, cue, confidence
                  FROM quote_rows WHERE article = 'ledger-2'
                """)
        #expect(try row.step())
        #expect(row.string(at: 1) == "ledger-2")
        #expect(row.string(at: 2) == "Tariff talks stall")
        #expect(row.string(at: 3) == "harbour-ledger")
        #expect(row.string(at: 4) == "2016-10-05")
        #expect(row.string(at: 6) == "Tobiah Wrenfield")
        #expect(row.string(at: 7) == "person")
        #expect(row.string(at: 8) == "The tariffs are rigged against small boats,")
        #expect(row.string(at: 9) == "direct")
        #expect(row.isReal(at: 11))
        #expect((0.0...1.0).contains(row.double(at: 11)))
        let bounds = try db.prepare(sql: "SELECT min(confidence), max(confidence), count(*) FROM claim_rows")
        #expect(try bounds.step())
        #expect(bounds.double(at: 0) >= 0 && bounds.double(at: 1) <= 1 && bounds.int64(at: 2) == 3)
        #expect(
            try db.scalarText(sql: "SELECT claimant FROM claim_rows WHERE text LIKE 'the talks%'")
                == "Dockworkers Guild")
        // What datasette runs for quote_rows?_search=rigged with fts_table quotes_fts and fts_pk id.
        #expect(
            try db.scalarText(
                sql:
                    "SELECT speaker FROM quote_rows WHERE id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'rigged')"
            ) == "Tobiah Wrenfield")
    }

    /// Articles whose paragraphs test the view's own paragraph finder: a literal backslash before
    /// an n, a quote on the first line, one on a last line without a line break after it.
    static let awkwardFeed = #"""
        {"id": "memo-1", "date": "2017-02-03", "source": "Quay Courier", "text": "\"The archive stays open,\" said Odile Farrant, the archivist.\n\nThe folder C:\\new\\notes was named in a memo. \"We keep the old files,\" Farrant said. She said the council cut the archive budget by 12 percent.\n\"Nothing is lost,\" Farrant said."}
        {"id": "memo-2", "date": "2017-02-04", "source": "Harbour Ledger", "text": "Budget talks\n\n\n\"The cuts are modest,\" said Tobiah Wrenfield, a councillor. Wrenfield said the council saved 40,000 pounds."}

        """#

    @Test func viewsCarryTheContextExportsWrite() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("feed.jsonl", Self.awkwardFeed)
        #expect(try cli.run(["import", "feed.jsonl"]).status == 0)
        let db = try Database(path: cli.path("hearsay.db"))
        var compared = 0
        for (kind, view) in [("quotes", "quote_rows"), ("claims", "claim_rows")] {
            let export = try cli.run(["export", kind, "-f", "jsonl"])
            let rows = try export.stdout.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            #expect(rows.count >= 2, "\(kind): \(export.stdout)")
            let lookup = try db.prepare(sql: "SELECT context FROM \(view) WHERE id = ?")
            for row in rows {
                let id = try #require(row["id"] as? Int)
                let context = try #require(row["context"] as? String)
                lookup.reset()
                try lookup.bind(Int64(id), at: 1)
                #expect(try lookup.step())
                #expect(lookup.string(at: 0) == context, "\(view) \(id)")
                compared += 1
            }
        }
        #expect(compared >= 5)
        #expect(
            try db.scalarText(sql: "SELECT context FROM quote_rows WHERE text LIKE 'We keep%'")
                == #"The folder C:\new\notes was named in a memo. "We keep the old files," Farrant said. She said the council cut the archive budget by 12 percent."#
        )
        #expect(
            try db.scalarText(sql: "SELECT context FROM quote_rows WHERE text LIKE 'Nothing%'")
                == #""Nothing is lost," Farrant said."#)
    }

    @Test func datasetteMetadataNamesTheSearchTables() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let written = try cli.run(["datasette-metadata", "--output", "metadata.json"])
        #expect(written.status == 0, "\(written.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: cli.path("metadata.json")))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let databases = try #require(root["databases"] as? [String: Any])
        let tables = try #require((databases["hearsay"] as? [String: Any])?["tables"] as? [String: Any])
        let quotes = try #require(tables["quote_rows"] as? [String: Any])
        #expect(quotes["fts_table"] as? String == "quotes_fts")
        #expect(quotes["fts_pk"] as? String == "id")
        #expect((quotes["facets"] as? [String])?.contains("outlet") == true)
        #expect((tables["claim_rows"] as? [String: Any])?["fts_table"] as? String == "claims_fts")
    }

    @Test func exportsCarryTheIdReassignTakes() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let export = try cli.run(["export", "quotes", "-f", "jsonl", "-s", "rigged"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let id = try #require(record["id"] as? Int)
        let reassigned = try cli.run(["reassign", String(id), "Marisol Quennell"])
        #expect(reassigned.status == 0, "\(reassigned.stderr)")
        let after = try cli.run(["quotes", "-s", "rigged", "-f", "csv"])
        #expect(after.stdout.contains("Marisol Quennell"), "\(after.stdout)")
        #expect(after.stdout.hasPrefix("article,"))
        #expect(after.stdout.split(separator: "\r\n")[0].hasSuffix(",confidence,id,context,occurrences,group"))
        let claims = try cli.run(["export", "claims", "-f", "jsonl"])
        #expect(claims.stdout.split(separator: "\n").allSatisfy { $0.contains("\"id\":") })

        let bom = try cli.run(["export", "quotes", "--bom", "--output", "bom.csv"])
        #expect(bom.status == 0, "\(bom.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cli.path("bom.csv")))
        #expect(Array(bytes.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "a")])
        let plain = try cli.run(["export", "quotes"])
        #expect(plain.stdout.hasPrefix("article,"))
    }
}
