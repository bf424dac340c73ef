import Extraction
import Foundation
import HearsayModel
import TestSupport
import Testing

@testable import Ingest

@Test func aFolderOfPagesIsReadWithHTMAndXHTMLAndGzippedPages() throws {
    let dir = ScratchFolder()
    let ferry = try examplePage("millbrook-ferry.html")
    try dir.write("a/ferry.html", ferry)
    try dir.write("b/frost.htm", try examplePage("pell-valley-frost.html"))
    try dir.write("c/ferry.xhtml", ferry)
    try dir.write("d/ferry.html.gz", try GzipWriter.member(ferry))
    try dir.write("e/notes.md", "not read")
    let (articles, problems, _) = try readWeb([dir.path])
    #expect(problems.isEmpty, "\(problems)")
    #expect(articles.map(\.key) == ["a/ferry.html", "b/frost.htm", "c/ferry.xhtml", "d/ferry.html.gz"])
    #expect(articles[0].text == articles[3].text)
    #expect(articles[1].metadata.author == "Tomasz Wren")
}

@Test func gzippedTextAndJSONLinesReadAsTheirInnerExtensionSays() throws {
    let dir = ScratchFolder()
    let text = "Harbour cranes stand idle\n\nDock workers walked out on Tuesday, the union said.\n"
    try dir.write("story.txt.gz", try GzipWriter.member(Array(text.utf8)))
    let lines =
        "{\"id\": \"one\", \"text\": \"The ferry ran late.\"}\n{\"id\": \"two\", \"text\": \"The ferry ran early.\"}\n"
    try dir.write("crawl.jsonl.gz", try GzipWriter.member(Array(lines.utf8)))
    let (articles, problems, _) = try readWeb([dir.path])
    #expect(problems.isEmpty, "\(problems)")
    #expect(articles.map(\.key) == ["one", "two", "story.txt.gz"])
    #expect(articles[2].text == text)
}

@Test func aWARCAndAWARCGzGiveTheSameArticlesAsTheFolder() throws {
    let dir = ScratchFolder()
    let plain = try dir.write("examples.warc", try exampleWARC(gzipped: false))
    let gzipped = try dir.write("examples.warc.gz", try exampleWARC(gzipped: true))
    let fromPlain = try readWeb([plain])
    let fromGzip = try readWeb([gzipped])
    let fromFolder = try readWeb([repositoryRoot.appendingPathComponent("Examples/pages").path])
    #expect(fromPlain.problems.isEmpty && fromGzip.problems.isEmpty, "\(fromPlain.problems) \(fromGzip.problems)")
    #expect(
        fromPlain.articles.map(\.key) == [
            "https://ledger.millbrook.example/2024/05/14/night-ferry-gull-island",
            "https://gazette.pellvalley.example/frost",
        ])
    #expect(fromPlain.articles.map(\.text) == fromGzip.articles.map(\.text))
    #expect(fromPlain.articles.map(\.text) == fromFolder.articles.map(\.text))
    // The frost page gives no address: the record's target stands in.
    #expect(fromPlain.articles[1].metadata.url == "https://gazette.pellvalley.example/frost")
    #expect(fromPlain.articles[1].metadata.date == "2023-10-02")
}

@Test func aWARCRecordsDateStandsInWhenThePageGivesNone() throws {
    let dir = ScratchFolder()
    let page =
        "<html><body><p>The lighthouse keeper retired on Friday after forty years, the harbour trust said in a note to members.</p></body></html>"
    let warc = WARCWriter.response(
        uri: "https://example.org/keeper", date: "2022-08-05T06:00:00Z", body: Array(page.utf8), id: 1)
    let path = try dir.write("one.warc", warc)
    let (articles, problems, _) = try readWeb([path])
    #expect(problems.isEmpty)
    #expect(articles.first?.metadata.date == "2022-08-05")
}

@Test func redirectsImagesAndMetadataRecordsAreSkippedQuietly() throws {
    let dir = ScratchFolder()
    var warc = WARCWriter.record(
        type: "response", fields: ["WARC-Target-URI: https://example.org/old"], date: "2022-08-05T06:00:00Z", id: 1,
        block: Array("HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.org/new\r\n\r\n".utf8))
    warc += WARCWriter.response(
        uri: "https://example.org/logo.png", date: "2022-08-05T06:00:00Z", body: [0x89, 0x50, 0x4E, 0x47],
        contentType: "image/png", id: 2)
    warc += WARCWriter.record(
        type: "metadata", fields: ["WARC-Target-URI: https://example.org/new"], date: "2022-08-05T06:00:00Z", id: 3,
        block: Array("fetchTimeMs: 120\r\n".utf8))
    let (articles, problems, _) = try readWeb([try dir.write("skips.warc", warc)])
    #expect(articles.isEmpty)
    #expect(problems.isEmpty, "\(problems)")
}

@Test func aWARCRecordWhoseLengthLiesIsNamedAndTheNextOneRead() throws {
    let dir = ScratchFolder()
    let good = try exampleWARC(gzipped: false)
    // The first record claims 40 bytes more than it holds, swallowing the start of the next one.
    let head = String(decoding: good.prefix(400), as: UTF8.self)
    let field = try #require(head.range(of: "Content-Length: "))
    let digits = head[field.upperBound...].prefix { $0.isNumber }
    let length = try #require(Int(digits))
    let start = head.utf8.distance(from: head.startIndex, to: digits.startIndex)
    var lying = good
    lying.replaceSubrange(start..<(start + digits.utf8.count), with: Array(String(length + 40).utf8))
    let (articles, problems, _) = try readWeb([try dir.write("lying.warc", lying)])
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.description.contains("record 1") == true)
    #expect(problems.first?.description.contains("Content-Length \(length + 40)") == true)
    #expect(articles.count == 2)
}

@Test func aTruncatedWARCGzNamesTheBreakAndKeepsTheWholeRecords() throws {
    let dir = ScratchFolder()
    let whole = try exampleWARC(gzipped: true)
    let cut = Array(whole.prefix(whole.count - 300))
    let (articles, problems, _) = try readWeb([try dir.write("cut.warc.gz", cut)])
    #expect(articles.count == 1)
    #expect(problems.contains { $0.reason.contains("truncated gzip") })
    #expect(problems.allSatisfy { $0.path.hasSuffix("cut.warc.gz") })
}

@Test func aTruncatedGzippedPageIsNotStoredHalf() throws {
    let dir = ScratchFolder()
    let whole = try GzipWriter.member(try examplePage("millbrook-ferry.html"))
    let path = try dir.write("cut.html.gz", Array(whole.prefix(whole.count / 2)))
    let (articles, problems, _) = try readWeb([path])
    #expect(articles.isEmpty)
    #expect(problems.contains { $0.reason.contains("truncated gzip") && $0.reason.contains("not stored") })
}

@Test func badPagesAreNamedAndTheRestOfTheFolderIsRead() throws {
    let dir = ScratchFolder()
    try dir.write("1-good.html", try examplePage("millbrook-ferry.html"))
    try dir.write("2-binary.html", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 200))
    try dir.write("3-no-body.html", "<html><head><title>Nothing here</title></head></html>")
    var liar = Array("<html><head><meta charset=utf-8></head><body><p>He said ".utf8)
    liar +=
        [0x93, 0x68, 0x69, 0x94] + Array(" loudly to the whole room, twice, and then he left.</p></body></html>".utf8)
    try dir.write("4-liar.html", liar)
    let big = "<html><body><p>" + String(repeating: "word ", count: 2_000_000) + "</p></body></html>"
    try dir.write("5-big.html", big)
    try dir.write("6-good.htm", try examplePage("pell-valley-frost.html"))
    let reader = ArticleReader(limits: ReaderLimits(maxPageBytes: 4 * 1024 * 1024))
    let (articles, problems, _) = try readWeb([dir.path], reader: reader)
    #expect(articles.map(\.key) == ["1-good.html", "6-good.htm"])
    let named = problems.map { ($0.path as NSString).lastPathComponent }
    #expect(named == ["2-binary.html", "3-no-body.html", "4-liar.html", "5-big.html"], "\(problems)")
    #expect(problems[3].reason.contains("over the 4 MB limit"))
}

@Test func crawlerJSONFieldNamesAreReadAndUnusedFieldsWarnedOncePerFile() throws {
    let dir = ScratchFolder()
    let newsPlease = """
        {"title": "Quay reopens", "maintext": "The quay reopened on Monday.", "date_publish": "2024-03-04 09:15:00", "authors": ["Ana Ruiz", "Tom Lee"], "url": "https://example.org/quay", "source_domain": "example.org", "language": "en"}
        {"title": "Quay closes", "maintext": "The quay closed on Friday.", "date_publish": "2024-03-08 17:00:00", "authors": [], "url": "https://example.org/quay2", "source_domain": "example.org", "language": "en"}
        {"title": "Pier", "text": "The pier is long.", "published": "Fri, 08 Mar 2024 17:00:00 +0000", "outlet": "Pier News", "link": "https://example.org/pier"}
        {"title": "Bad date", "text": "The date is unreadable.", "date": "soon"}
        """
    let trafilatura = """
        {"title": "Frost", "text": "Frost hit the valley.", "date": "2023-10-02", "author": "Tomasz Wren", "hostname": "gazette.example", "sitename": "Valley Gazette", "source": "https://gazette.example/frost", "fingerprint": "abc"}
        """
    let a = try dir.write("a.jsonl", newsPlease)
    let b = try dir.write("b.jsonl", trafilatura)
    let (articles, problems, warnings) = try readWeb([a, b])
    #expect(problems.isEmpty, "\(problems)")
    #expect(articles.count == 5)
    #expect(
        articles[0].metadata
            == ArticleMetadata(
                title: "Quay reopens", date: "2024-03-04", source: "example.org", url: "https://example.org/quay",
                author: "Ana Ruiz, Tom Lee"))
    #expect(articles[2].metadata.date == "2024-03-08")
    #expect(articles[2].metadata.source == "Pier News")
    #expect(articles[2].metadata.url == "https://example.org/pier")
    #expect(
        articles[4].metadata
            == ArticleMetadata(
                title: "Frost", date: "2023-10-02", source: "Valley Gazette", url: "https://gazette.example/frost",
                author: "Tomasz Wren"))
    #expect(
        warnings.map(\.description) == [
            a + ":1: field \"language\" is not used by Hearsay (said once per file; the article is stored)",
            a
                + ":4: field \"date\" holds \"soon\", not a date Hearsay can read (stored as written; said once per file)",
            b + ":1: field \"fingerprint\" is not used by Hearsay (said once per file; the article is stored)",
        ])
}

@Test func aJSONLineWithARawPageGoesThroughTheHTMLPath() throws {
    let dir = ScratchFolder()
    let page = String(decoding: try examplePage("millbrook-ferry.html"), as: UTF8.self)
    var line: [String: String] = ["id": "ferry", "html": page, "url": "https://ledger.millbrook.example/x"]
    line["date"] = "2024-05-15"
    let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
    let (articles, problems, _) = try readWeb([try dir.write("pages.jsonl", Array(data) + [0x0A])])
    #expect(problems.isEmpty, "\(problems)")
    #expect(articles.first?.key == "ferry")
    #expect(articles.first?.text.hasPrefix("Millbrook council voted") == true)
    // The crawler's fields win over what the page says; the page fills in the rest.
    #expect(articles.first?.metadata.date == "2024-05-15")
    #expect(articles.first?.metadata.author == "Priya Castellano")
}

@Test func standardInputIsSniffed() {
    #expect(InputSniffer.kind(of: [0x1F, 0x8B, 8, 0]) == .gzip)
    #expect(InputSniffer.kind(of: Array("WARC/1.1\r\nWARC-Type: warcinfo".utf8)) == .warc)
    #expect(InputSniffer.kind(of: Array("\n  <!DOCTYPE html><html>".utf8)) == .html)
    #expect(InputSniffer.kind(of: Array("<html lang=en>".utf8)) == .html)
    #expect(InputSniffer.kind(of: Array("<!-- saved page --><html>".utf8)) == .html)
    #expect(InputSniffer.kind(of: Array("{\"text\": \"x\"}".utf8)) == .jsonLines)
    #expect(InputSniffer.kind(of: Array("[{\"text\": \"x\"}]".utf8)) == .jsonDocument)
    #expect(InputSniffer.kind(of: Array("The <b> tag is old.".utf8)) == .text)
}

@Test func aWARCReadAFewBytesAtATimeGivesTheSameRecords() throws {
    let whole = try exampleWARC(gzipped: false)
    for step in [1, 3, 7, 4096] {
        var offset = 0
        let trickle = ByteSource(pull: { buffer, count throws(OSFailure) in
            let n = min(step, count, whole.count - offset)
            buffer.append(contentsOf: whole[offset..<(offset + n)])
            offset += n
            return n
        })
        let reader = WARCReader(source: trickle, maxBlockBytes: 1 << 20, chunkBytes: 4096)
        var uris: [String?] = []
        while let item = try reader.next() {
            guard case .record(let record) = item else {
                Issue.record("step \(step): \(item)")
                continue
            }
            // Only responses come out; the warcinfo and request records are stepped over.
            #expect(record.type == "response")
            uris.append(record.targetURI)
        }
        #expect(
            uris == [
                "https://ledger.millbrook.example/2024/05/14/night-ferry-gull-island",
                "https://gazette.pellvalley.example/frost",
            ],
            "step \(step)")
    }
}
