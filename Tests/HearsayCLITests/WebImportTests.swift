import Foundation
import HearsayModel
import Ingest
import TestSupport
import Testing

/// Web pages, gzip and WARC through the built binary: files, standard input, and bad input.
@Suite struct WebImportTests {
    private static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/pages")

    private func page(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.pages.appendingPathComponent(name)))
    }

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func aPageFolderImportsWithItsQuotesAndMetadata() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["import", Self.pages.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 2 articles"))
        let quotes = try cli.run(["quotes", "--format", "csv"])
        #expect(quotes.stdout.contains("Harriet Okafor"), "\(quotes.stdout)")
        #expect(quotes.stdout.contains("Agnes Farrow"))
        #expect(!quotes.stdout.contains("hello"), "a string from a script became a quote")
        let articles = try cli.run(["export", "articles", "--format", "csv"])
        #expect(articles.stdout.contains("Council backs night ferry to Gull Island"))
        #expect(articles.stdout.contains("The Millbrook Ledger"))
    }

    /// Runs `hearsay import -` with `bytes` on standard input (through the shell, as `< FILE`).
    private func importPiped(_ cli: HearsayRunner, _ bytes: [UInt8], name: String) throws -> HearsayBinary.Outcome {
        let file = try cli.write(name, bytes)
        return try cli.run(["import", "-"], shellPrefix: "exec < '\(file)'")
    }

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func standardInputTakesAPageAGzipAndAWARCGz() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let html = try page("millbrook-ferry.html")
        let piped = try importPiped(cli, html, name: "page.bin")
        #expect(piped.status == 0, "\(piped.stderr)")
        let again = try importPiped(cli, try GzipWriter.member(html), name: "page.gz.bin")
        #expect(again.stdout.contains("1 unchanged"), "\(again.stdout)")
        let warc = WARCWriter.response(
            uri: "https://gazette.pellvalley.example/frost", date: "2024-06-01T10:00:00Z",
            body: try page("pell-valley-frost.html"), contentType: "text/html; charset=windows-1252", id: 1)
        let crawl = try importPiped(cli, try GzipWriter.member(warc), name: "crawl.bin")
        #expect(crawl.status == 0, "\(crawl.stderr)")
        let articles = try cli.run(["export", "articles", "--format", "jsonl"])
        // A piped page is keyed by its address; a WARC record by its target.
        #expect(
            articles.stdout.contains(
                "\"article\":\"https://ledger.millbrook.example/2024/05/14/night-ferry-gull-island\""))
        #expect(articles.stdout.contains("\"article\":\"https://gazette.pellvalley.example/frost\""))
    }

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func badInputIsNamedTheRestImportedAndTheExitStatusIsOne() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/good.html", String(decoding: try page("millbrook-ferry.html"), as: UTF8.self))
        try cli.write("in/empty.html", "<html><head><title>Nothing</title></head></html>")
        let whole = try GzipWriter.member(Array("{\"text\": \"The ferry ran late again.\"}\n".utf8))
        try cli.write("in/cut.jsonl.gz", Array(whole.prefix(whole.count - 6)))
        let result = try cli.run(["import", "in"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("in/empty.html"), "\(result.stderr)")
        #expect(result.stderr.contains("in/cut.jsonl.gz"), "\(result.stderr)")
        // The gzip trailer is cut, but the line inside came out whole, so it is stored.
        #expect(result.stdout.contains("Imported 2 articles"), "\(result.stdout)")
    }

    @Test(.enabled(if: HearsayRunner.binary != nil, "the hearsay binary is not built"))
    func unusedJSONFieldsAreWarnedWithoutFailingTheImport() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write(
            "crawl.jsonl",
            "{\"maintext\": \"The quay reopened.\", \"title\": \"Quay\", \"language\": \"en\"}\n"
                + "{\"maintext\": \"The quay closed.\", \"title\": \"Quay 2\", \"language\": \"en\"}\n")
        let result = try cli.run(["import", "crawl.jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "field \"language\"").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("crawl.jsonl:1:"))
    }
}
