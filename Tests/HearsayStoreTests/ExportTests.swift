import Extraction
import Foundation
import HearsayModel
import TestSupport
import Testing

@testable import HearsayStore

@Suite struct ExportTests {
    private func export(
        _ store: Store, _ kind: ExportKind, _ format: ExportFormat, _ filter: QueryFilter = QueryFilter()
    ) throws -> String {
        let folder = ScratchFolder("hearsaystore")
        let path = folder.path("out")
        do {
            let output = try OutputBuffer(path: path)
            try store.export(kind, filter: filter, format: format, to: output)
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// A strict RFC 4180 reader: fields separated by commas, records by CRLF, quoted fields may
    /// hold commas, CRLF and doubled quotes.
    static func parseCSV(_ text: String) throws -> [[String]] {
        struct Malformed: Error {}
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var quoted = false
        var fieldStarted = false
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    guard index == scalars.count || scalars[index] == "," || scalars[index] == "\r" else {
                        throw Malformed()
                    }
                    continue
                }
                field.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            switch scalar {
            case "\"":
                guard !fieldStarted, field.isEmpty else { throw Malformed() }
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { throw Malformed() }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldStarted = false
                index += 1
            case "\n":
                throw Malformed()
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
            index += 1
        }
        guard !quoted, record.isEmpty, field.isEmpty else { throw Malformed() }
        return records
    }

    @Test(arguments: Location.allCases)
    func csvRoundTripsCommasQuotesAndLineBreaks(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        let text = "Title line\n\n\"First, a \"\"tricky\"\" one\r\nover two lines\", she said.\nMore text."
        let quoteText = "First, a \"\"tricky\"\" one\r\nover two lines"
        let speaker = Speaker(name: "Ana \"Nan\" Lowe, Jr.", kind: .person, roles: ["chair, board"])
        let input = ArticleInput(
            key: "odd, \"key\".txt", text: text,
            metadata: ArticleMetadata(title: "A, \"title\"\nwith a break", date: "2022-05-06", source: "Out, let"),
            extraction: ArticleExtraction(
                speakers: [speaker],
                quotes: [
                    Quote(
                        text: quoteText, span: Fixtures.span(of: quoteText, in: text), kind: .direct, speaker: 0,
                        cue: "said", paragraph: 1, confidence: 0.75)
                ]))
        try store.importArticle(input)
        try store.importArticle(Fixtures.harbour())

        let csv = try export(store, .quotes, .csv)
        let rows = try Self.parseCSV(csv)
        #expect(rows.first == Store.exportColumns(.quotes).map(\.name))
        #expect(rows.count == 5)
        let first = rows[1]
        #expect(first[0] == "odd, \"key\".txt")
        #expect(first[1] == "A, \"title\"\nwith a break")
        #expect(first[5] == "Ana \"Nan\" Lowe, Jr.")
        #expect(first[8] == "chair, board")
        #expect(first[9] == quoteText)
        #expect(first[15] == "0.75")
        #expect(rows.allSatisfy { $0.count == 20 })
        // Python's csv module, a reader we did not write, agrees.
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script =
            "import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let csvPath = folder.path("quotes.csv")
        try csv.write(toFile: csvPath, atomically: true, encoding: .utf8)
        python.arguments = ["python3", "-c", script, csvPath]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        if python.terminationStatus == 0 {
            let parsed = try JSONDecoder().decode([[String]].self, from: data)
            #expect(parsed == rows)
        }
    }

    @Test func jsonLinesHaveTheInterfaceFieldsAndTypes() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.ferry())
        let lines = try export(store, .quotes, .jsonl).split(separator: "\n")
        #expect(lines.count == 5)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(Set(record.keys) == Set(Store.exportColumns(.quotes).map(\.name)))
        #expect(record["text"] as? String == "well within the budget, with commas, and \"quotes\"")
        #expect(record["speaker"] as? String == "Marta Quillfeather")
        #expect(record["speaker_type"] as? String == "person")
        #expect(record["speaker_role"] as? String == "chief engineer")
        #expect(record["kind"] as? String == "partial")
        #expect(record["date"] as? String == "2021-03-04")
        #expect(record["start"] as? Int != nil)
        #expect(record["url"] as? String == "https://gazette.example/harbour")

        let claims = try export(store, .claims, .jsonl).split(separator: "\n")
        let claim = try #require(try JSONSerialization.jsonObject(with: Data(claims[0].utf8)) as? [String: Any])
        #expect(Set(claim.keys) == Set(Store.exportColumns(.claims).map(\.name)))
        #expect(claim["claimant"] as? String == "Marta Quillfeather")

        let articles = try export(store, .articles, .jsonl).split(separator: "\n")
        let article = try #require(try JSONSerialization.jsonObject(with: Data(articles[0].utf8)) as? [String: Any])
        #expect(
            Set(article.keys) == ["article", "title", "source", "date", "url", "author", "text", "quotes", "claims"])
        #expect(article["text"] as? String == Fixtures.harbourText)
        #expect(article["quotes"] as? Int == 3)
        #expect(article["author"] as? String == "Tomas Brennick")
        #expect(articles.count == 2)

        let people = try export(store, .people, .jsonl).split(separator: "\n")
        let marta = try people.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .first { $0["name"] as? String == "Marta Quillfeather" }
        #expect(marta?["aliases"] as? [String] == ["Quillfeather"])
        #expect(marta?["organisations"] as? [String] == ["Port Ellery Council"])
        #expect(marta?["quotes"] as? Int == 3)
    }

    @Test func exportTakesTheFiltersAndIsNeverCappedByDefault() throws {
        let store = try Store(path: ":memory:")
        var batch: [ArticleInput] = []
        for index in 0..<300 { batch.append(Fixtures.harbour(key: "h\(index)")) }
        var totals = ImportTotals()
        try store.importBatch(batch, totals: &totals)
        try store.importArticle(Fixtures.ferry())
        #expect(try export(store, .quotes, .jsonl).split(separator: "\n").count == 902)
        #expect(try export(store, .quotes, .jsonl, QueryFilter(until: "2020-01-01")).split(separator: "\n").count == 2)
        #expect(
            try export(store, .articles, .csv, QueryFilter(person: "Vantablack")).split(separator: "\r\n").count == 2)
        let nobody = try export(store, .quotes, .csv, QueryFilter(person: "Nobody"))
        #expect(nobody == Store.exportColumns(.quotes).map(\.name).joined(separator: ",") + "\r\n")
    }
}
