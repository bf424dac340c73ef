import Extraction
import Foundation
import HearsayModel
import TestSupport
import Testing

@testable import HearsayStore

/// Figures and dates are stored without their keys and must read back exactly as the objects
/// the store wrote before schema 6, in Swift (exports) and in SQL (claim grouping, claim_rows).
@Suite struct CompactJSONTests {
    /// The object form schema 5 stored, written out here as the reference.
    static func objects(_ figures: [Figure]) -> String {
        var out = "["
        for (index, figure) in figures.enumerated() {
            if index > 0 { out += "," }
            out += "{\"value\":\(figure.value.isFinite ? "\(figure.value)" : "null"),\"qualifier\":"
            JSONText.appendOptional(figure.qualifier, to: &out)
            out += ",\"unit\":"
            JSONText.appendOptional(figure.unit, to: &out)
            out += ",\"event\":"
            JSONText.appendOptional(figure.event, to: &out)
            out += ",\"text\":"
            JSONText.appendString(figure.text, to: &out)
            out += "}"
        }
        return out + "]"
    }

    static func objects(_ dates: [ResolvedDate]) -> String {
        var out = "["
        for (index, date) in dates.enumerated() {
            if index > 0 { out += "," }
            out += "{\"text\":"
            JSONText.appendString(date.text, to: &out)
            out += ",\"from\":"
            JSONText.appendOptional(date.from, to: &out)
            out += ",\"to\":"
            JSONText.appendOptional(date.to, to: &out)
            out += "}"
        }
        return out + "]"
    }

    static let figures: [[Figure]] = [
        [Figure(value: 4_000_000, qualifier: nil, unit: "crowns", event: "cost", text: "4 million crowns")],
        [
            Figure(value: 7.479317389036175e17, qualifier: "over", unit: nil, event: nil, text: "747931738903617536"),
            Figure(
                value: -0.125, qualifier: "at least", unit: "per cent, \"roughly\"", event: "rise", text: "½ ] , [ \\"),
            Figure(value: .nan, qualifier: nil, unit: "é€🚢\n\t", event: "a,b]", text: ""),
            Figure(value: 1e16, qualifier: nil, unit: nil, event: nil, text: "1e16"),
        ],
    ]
    static let dates: [[ResolvedDate]] = [
        [ResolvedDate(text: "last Tuesday", from: "2021-03-02", to: "2021-03-02")],
        [
            ResolvedDate(text: "in \"spring\", [maybe]", from: nil, to: "2021-06-20"),
            ResolvedDate(text: "Ærø 🌊 \\ day", from: "2020-01-01", to: nil),
        ],
    ]

    @Test func storedArraysReadBackAsTheObjects() {
        for figures in Self.figures {
            let stored = CompactJSON.figures(figures)
            #expect(stored.hasPrefix("[["))
            #expect(CompactJSON.expand(stored, keys: CompactJSON.figureKeys) == Self.objects(figures))
            #expect(stored.utf8.count < Self.objects(figures).utf8.count)
            #expect(ArticleWriter.json(figures) == Self.objects(figures))
        }
        for dates in Self.dates {
            #expect(CompactJSON.expand(CompactJSON.dates(dates), keys: CompactJSON.dateKeys) == Self.objects(dates))
            #expect(ArticleWriter.json(dates) == Self.objects(dates))
        }
        // The object form of older rows, and no list at all, pass through unchanged.
        let old = Self.objects(Self.figures[1])
        #expect(CompactJSON.expand(old, keys: CompactJSON.figureKeys) == old)
        #expect(CompactJSON.expand("[]", keys: CompactJSON.figureKeys) == "[]")
    }

    @Test func sqlReadsThemBackAsTheSameObjects() throws {
        let store = try Store(path: ":memory:")
        let statement = try store.db.prepare(
            sql:
                "SELECT \(CompactJSON.figuresSQL("?1")), \(CompactJSON.datesSQL("?2")), \(CompactJSON.figuresSQL("NULL"))"
        )
        for (figures, dates) in zip(Self.figures, Self.dates) {
            statement.reset()
            try statement.bind(CompactJSON.figures(figures), at: 1)
            try statement.bind(CompactJSON.dates(dates), at: 2)
            #expect(try statement.step())
            #expect(statement.string(at: 0) == Self.objects(figures))
            #expect(statement.string(at: 1) == Self.objects(dates))
            #expect(statement.isNull(at: 2))
        }
    }

    @Test func exportsAndClaimRowsGiveTheObjects() throws {
        let store = try Store(path: ":memory:")
        let text = "Officials said costs rose by half a point last Tuesday, in spring."
        let claim = Claim(
            text: "costs rose by half a point last Tuesday", span: Fixtures.span(of: "costs rose", in: text),
            kind: .reported, claimant: 0, cue: "said", figures: Self.figures[1], dates: Self.dates[1], paragraph: 0,
            confidence: 0.7)
        try store.importArticle(
            ArticleInput(
                key: "figures.txt", text: text, metadata: ArticleMetadata(),
                extraction: ArticleExtraction(speakers: [Speaker(name: "officials", kind: .group)], claims: [claim])))
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("claims.jsonl")
        do { try store.export(.claims, filter: QueryFilter(), format: .jsonl, to: try OutputBuffer(path: path)) }
        let line = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            line.contains("\"figures\":" + Self.objects(Self.figures[1]) + ",\"dates\":" + Self.objects(Self.dates[1])))
        #expect(try store.db.scalarText(sql: "SELECT figures FROM claim_rows") == Self.objects(Self.figures[1]))
        #expect(try store.db.scalarText(sql: "SELECT dates FROM claim_rows") == Self.objects(Self.dates[1]))
        let csvPath = folder.path("claims.csv")
        do { try store.export(.claims, filter: QueryFilter(), format: .csv, to: try OutputBuffer(path: csvPath)) }
        let csv = try String(contentsOfFile: csvPath, encoding: .utf8)
        let quoted = "\"" + Self.objects(Self.figures[1]).replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(csv.contains(quoted))
    }
}
