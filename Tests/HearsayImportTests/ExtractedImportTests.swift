import Foundation
import HearsayStore
import Ingest
import TestSupport
import Testing

@testable import HearsayImport

/// `extract` then `import --extracted`: the same database as a direct import, whatever the order
/// and split of the records; deterministic lines; error lines and newer formats.
@Suite struct ExtractedImportTests {
    /// Invented articles, keyed in reading order, whose speakers and claims link across articles:
    /// full names, bare surnames and the same counted events, so the order of storing matters.
    private static let articles: [(key: String, date: String, source: String, text: String)] = [
        (
            "k01", "2031-03-02", "Harbour Times",
            "Flood cuts Varrow road\n\nAt least 12 people were killed when the Varrow dam failed on Sunday, "
                + "police said. \"The water came at night,\" said Ilka Ossery, the mayor of Varrow."
        ),
        (
            "k02", "2031-03-03", "Valley Post",
            "Varrow counts its dead\n\nMore than 14 people were killed when the Varrow dam failed, "
                + "Mayor Ossery said on Monday. \"We will rebuild the dam,\" Ossery told reporters."
        ),
        (
            "k03", "2031-03-03", "Harbour Times",
            "Engineers blame the spillway\n\n\"The spillway was never finished,\" said Tomas Brennick, an engineer "
                + "at Varrow Waterworks. Brennick said that 3 inspections were skipped last year."
        ),
        (
            "k04", "2031-03-04", "Coast Daily",
            "Mayor faces questions\n\n\"Nobody warned us,\" said Ilka Ossery. The Varrow Waterworks said "
                + "12 people were killed when the dam failed. Brennick declined to comment."
        ),
        (
            "k05", "2031-03-05", "Valley Post",
            "Rain returns\n\n\"Keep away from the river,\" said Ossery, who met Tomas Brennick on Tuesday. "
                + "Officials said 2 bridges were closed."
        ),
        (
            "k06", "2031-03-06", "Coast Daily",
            "Inquiry opens\n\nThe inquiry will hear from Ilka Ossery and Tomas Brennick, the chair, Rena Voskuil, "
                + "said. \"We want every record,\" Voskuil said."
        ),
    ]

    private static func feed(_ folder: ScratchFolder, broken: Int? = nil) throws -> String {
        var lines: [String] = []
        for (index, article) in articles.enumerated() {
            if index == broken { lines.append("{\"id\": \"bad\", \"text\": ") }
            let object: [String: String] = [
                "id": article.key, "date": article.date, "source": article.source, "text": article.text,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return try folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
    }

    private static func extract(_ inputs: [String], to path: String) throws -> [InputProblem] {
        var problems: [InputProblem] = []
        let extractor = Extractor(output: try LineOutput.file(path), workers: 3)
        try extractor.run(inputs, reader: ArticleReader()) { problems.append($0) }
        return problems
    }

    /// Every export of `store`, row ids removed, rows sorted: what must agree between databases.
    private static func exports(_ store: Store, in folder: ScratchFolder, _ name: String) throws -> [String] {
        var all: [String] = []
        for kind in ExportKind.allCases {
            let path = folder.path("\(name)-\(kind).jsonl")
            let output = try OutputBuffer(path: path)
            try store.export(kind, filter: QueryFilter(), format: .jsonl, to: output)
            try output.flush()
            var rows: [String] = []
            for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
                guard var row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    continue
                }
                for key in ["id", "speaker_id", "claimant_id", "group"] { row[key] = nil }
                let data = try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys])
                rows.append("\(kind) " + String(decoding: data, as: UTF8.self))
            }
            all += rows.sorted()
        }
        return all
    }

    /// A shuffle that is the same on every run, so a failure can be replayed.
    private static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var state = seed
        var result = items
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            result.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
        }
        return result
    }

    @Test func shuffledAndSplitRecordsGiveTheDirectImportsDatabase() throws {
        let folder = ScratchFolder("hearsay-extracted")
        let feed = try Self.feed(folder)
        let direct = try Store(path: folder.path("direct.db"))
        try Importer(sink: StoreSink(direct), known: nil, batchSize: 2, workers: 2).run([feed], reader: ArticleReader())
        {
            _ in
        }
        let expected = try Self.exports(direct, in: folder, "direct")
        #expect(expected.contains { $0.hasPrefix("people ") && $0.contains("Ilka Ossery") })

        #expect(try Self.extract([feed], to: folder.path("records.jsonl")).isEmpty)
        let lines = try String(contentsOfFile: folder.path("records.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(lines.count == Self.articles.count)

        for (round, seed) in [UInt64(1), 7, 42].enumerated() {
            // Shuffled, split unevenly over three files given in reverse, a tiny sort budget so
            // runs spill to disk and are merged.
            let mixed = Self.shuffled(lines, seed: seed)
            let cuts = [0, 1, 4, mixed.count]
            var parts: [String] = []
            for part in 0..<3 {
                let body = mixed[cuts[part]..<cuts[part + 1]].joined(separator: "\n") + "\n"
                parts.append(try folder.write("round\(round)-part\(part)", body))
            }
            let store = try Store(path: folder.path("extracted\(round).db"))
            let importer = ExtractedImporter(sink: StoreSink(store), batchSize: 2, workers: 2, runBytes: 1500)
            var problems: [ExtractedInputError] = []
            try importer.run(parts.reversed()) { problems.append($0) }
            #expect(problems.isEmpty)
            #expect(importer.totals.added == Self.articles.count)
            #expect(try Self.exports(store, in: folder, "extracted\(round)") == expected)
        }
    }

    @Test func extractIsDeterministicAndWritesAnErrorLineInPlace() throws {
        let folder = ScratchFolder("hearsay-extracted")
        let feed = try Self.feed(folder, broken: 2)
        let problems = try Self.extract([feed], to: folder.path("one.jsonl"))
        _ = try Self.extract([feed], to: folder.path("two.jsonl"))
        let one = try String(contentsOfFile: folder.path("one.jsonl"), encoding: .utf8)
        #expect(one == (try String(contentsOfFile: folder.path("two.jsonl"), encoding: .utf8)))
        #expect(problems.map(\.line) == [3])
        let lines = one.split(separator: "\n")
        #expect(lines.count == Self.articles.count + 1)
        #expect(lines[2].hasPrefix("{\"format\":\"hearsay-extract/1\",\"error\":{\"line\":3,"))
        #expect(lines[3].hasPrefix("{\"format\":\"hearsay-extract/1\",\"article\":{"))
        #expect(lines[3].contains("\"key\":\"k03\""))

        let store = try Store(path: folder.path("db.db"))
        let importer = ExtractedImporter(sink: StoreSink(store), workers: 2)
        var rejected: [ExtractedInputError] = []
        try importer.run([folder.path("one.jsonl")]) { rejected.append($0) }
        #expect(rejected.map(\.line) == [3])
        #expect(rejected.first?.path == folder.path("one.jsonl"))
        #expect(importer.rejected == 1)
        #expect(importer.totals.added == Self.articles.count)
    }

    @Test func aRecordOfANewerFormatIsRefusedBeforeAnythingIsStored() throws {
        let folder = ScratchFolder("hearsay-extracted")
        let feed = try Self.feed(folder)
        _ = try Self.extract([feed], to: folder.path("records.jsonl"))
        let newer = "{\"format\":\"hearsay-extract/2\",\"article\":{\"key\":\"z\",\"text\":\"t\"}}\n"
        let path = try folder.write("newer.jsonl", newer)
        let store = try Store(path: folder.path("db.db"))
        let importer = ExtractedImporter(sink: StoreSink(store), workers: 2)
        #expect {
            try importer.run([folder.path("records.jsonl"), path]) { _ in }
        } throws: { error in
            let message = String(describing: error)
            return message.contains("hearsay-extract/2") && message.contains("hearsay-extract/1")
                && message.contains("newer.jsonl:1")
        }
        #expect(importer.totals.articles == 0)
    }
}
