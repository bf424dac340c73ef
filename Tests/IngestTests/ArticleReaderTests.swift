import Extraction
import Foundation
import HearsayModel
import TestSupport
import Testing

@testable import Ingest

/// Everything a read produced, in order.
private func readAll(
    _ paths: [String], reader: ArticleReader = ArticleReader()
) throws -> (articles: [RawArticle], problems: [InputProblem]) {
    var articles: [RawArticle] = []
    var problems: [InputProblem] = []
    try reader.read(paths) { result in
        switch result {
        case .success(let article): articles.append(article)
        case .failure(let problem): problems.append(problem)
        }
    }
    return (articles, problems)
}

private let storyText = "Harbour cranes stand idle in Velmora\n\nDock workers in Velmora walked out on Tuesday.\n"

@Test func folderIsReadRecursivelyInSortedOrderWithRelativeKeys() throws {
    let dir = ScratchFolder("hearsay-ingest")
    try dir.write("b.txt", storyText)
    try dir.write("a/z.txt", storyText)
    try dir.write("a/c.txt", storyText)
    try dir.write("notes.md", storyText)
    try dir.write(".hidden.txt", storyText)
    let (articles, problems) = try readAll([dir.path])
    #expect(problems.isEmpty)
    #expect(articles.map(\.key) == ["a/c.txt", "a/z.txt", "b.txt"])
    #expect(articles[0].origin == dir.path + "/a/c.txt")
}

@Test func aFileGivenByNameIsKeyedByItsNameWhateverItsExtension() throws {
    let dir = ScratchFolder("hearsay-ingest")
    let path = try dir.write("deep/story.md", storyText)
    let (articles, _) = try readAll([path])
    #expect(articles.map(\.key) == ["story.md"])
    #expect(articles.first?.text == storyText)
}

@Test func jsonLinesGiveOneArticleALineWithTheirFields() throws {
    let dir = ScratchFolder("hearsay-ingest")
    let lines = [
        #"{"id": "wire-1", "title": "Ferry strike ends", "date": "2021-03-04", "source": "Coastal Wire", "url": "https://example.org/a", "author": "Ines Palo", "text": "The strike ended.\nCrews returned."}"#,
        "",
        #"{"title": "No id here", "text": "Second story \u201cquoted\u201d."}"#,
        #"{"id": 17, "text": "Numbered id.", "date": "2021-03-05T08:00:00Z"}"#,
    ]
    try dir.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
    let (articles, problems) = try readAll([dir.path + "/feed.jsonl"])
    #expect(problems.isEmpty)
    #expect(articles.map(\.key) == ["wire-1", "feed.jsonl:3", "17"])
    #expect(
        articles[0].metadata
            == ArticleMetadata(
                title: "Ferry strike ends", date: "2021-03-04", source: "Coastal Wire", url: "https://example.org/a",
                author: "Ines Palo"))
    #expect(articles[0].text == "The strike ended.\nCrews returned.")
    #expect(articles[0].origin == dir.path + "/feed.jsonl:1")
    #expect(articles[1].text == "Second story \u{201C}quoted\u{201D}.")
    #expect(articles[2].metadata.date == "2021-03-05")
}

@Test func badJSONLinesAreNamedWithTheirLineAndTheGoodOnesKept() throws {
    let dir = ScratchFolder("hearsay-ingest")
    let lines = [
        #"{"id": "ok-1", "text": "Fine."}"#,
        #"{"id": "broken", "text": "no closing brace""#,
        #"{"id": "empty", "title": "no text field"}"#,
        #"["not", "an", "object"]"#,
        #"{"id": "ok-2", "text": "Also fine."}"#,
    ]
    try dir.write("mixed.jsonl", lines.joined(separator: "\n"))
    let (articles, problems) = try readAll([dir.path])
    #expect(articles.map(\.key) == ["ok-1", "ok-2"])
    #expect(problems.map(\.line) == [2, 3, 4])
    #expect(problems.allSatisfy { $0.path == dir.path + "/mixed.jsonl" })
    #expect(problems[1].reason.contains("\"text\""))
    #expect(problems[0].description.hasPrefix(dir.path + "/mixed.jsonl:2: malformed JSON"))
}

@Test func aJSONFileMayHoldOneObjectOrAnArray() throws {
    let dir = ScratchFolder("hearsay-ingest")
    try dir.write("one.json", "{\n  \"id\": \"solo\",\n  \"text\": \"Alone.\"\n}\n")
    try dir.write(
        "many.json", "[\n {\"text\": \"First.\"},\n {\"id\": \"x\", \"text\": \"Second.\"},\n {\"title\": \"bad\"}\n]")
    let (articles, problems) = try readAll([dir.path])
    #expect(articles.map(\.key) == ["many.json:2", "x", "solo"])
    #expect(problems.map(\.description) == [dir.path + "/many.json:4: no \"text\" field"])
}

@Test func overridesWinOverJSONFieldsAndTheText() throws {
    let dir = ScratchFolder("hearsay-ingest")
    try dir.write("a.jsonl", #"{"title": "From JSON", "source": "Json Post", "text": "Body."}"#)
    try dir.write("b.txt", "A headline from the text\n\nBody text that runs on.\n")
    let reader = ArticleReader(overrides: ArticleMetadata(source: "Flag Daily"))
    let (articles, _) = try readAll([dir.path], reader: reader)
    #expect(articles.map(\.metadata.source) == ["Flag Daily", "Flag Daily"])
    #expect(articles[0].metadata.title == "From JSON")
}

@Test func missingPathsAreProblemsNotErrors() throws {
    let (articles, problems) = try readAll(["/nonexistent/hearsay/none.txt"])
    #expect(articles.isEmpty)
    #expect(problems.map(\.description) == ["/nonexistent/hearsay/none.txt: no such file or folder"])
}

@Test func articlesOverTheLimitAreRejectedNamingTheLimit() throws {
    let dir = ScratchFolder("hearsay-ingest")
    let big = [UInt8](repeating: UInt8(ascii: "a"), count: 256 * 1024)
    try dir.write("big.txt", big)
    try dir.write("big.jsonl", Array(#"{"text": ""#.utf8) + big + Array("\"}\n{\"text\": \"small\"}\n".utf8))
    try dir.write("ok.txt", storyText)
    let reader = ArticleReader(limits: ReaderLimits(maxArticleBytes: 64 * 1024))
    let (articles, problems) = try readAll([dir.path], reader: reader)
    #expect(articles.map(\.key) == ["big.jsonl:2", "ok.txt"])
    #expect(problems.map(\.line) == [1, nil])
    #expect(problems.allSatisfy { $0.reason.contains("over the 64 KB limit") })
    #expect(problems[1].reason == "article is 256 KB, over the 64 KB limit")
}

@Test func aLongSingleLineIsSkippedWithoutStoppingTheFile() throws {
    // A line far longer than the read buffer and the limit: the reader must skip it and go on.
    let dir = ScratchFolder("hearsay-ingest")
    var bytes = Array(#"{"text": ""#.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 600_000) + Array("\"}\n".utf8)
    bytes += Array(#"{"id": "after", "text": "Still read."}"#.utf8)
    try dir.write("long.jsonl", bytes)
    let reader = ArticleReader(limits: ReaderLimits(maxArticleBytes: 10_000, chunkBytes: 4096))
    let (articles, problems) = try readAll([dir.path], reader: reader)
    #expect(articles.map(\.key) == ["after"])
    #expect(problems.map(\.line) == [1])
}

@Test func windowsLineBreaksBecomeNewlines() throws {
    let dir = ScratchFolder("hearsay-ingest")
    try dir.write("crlf.txt", "Title line here\r\n\r\nBody one.\r\nBody two.\r\n")
    let (articles, _) = try readAll([dir.path])
    #expect(articles.first?.text == "Title line here\n\nBody one.\nBody two.\n")
}
@Test func plainTextGetsItsMetadataFromTheText() throws {
    let dir = ScratchFolder("hearsay-ingest")
    try dir.write("x.txt", " date 2022-05-06 Harbour officials in Velmora said on Friday that talks had failed.\n")
    let (articles, _) = try readAll([dir.path])
    #expect(articles.first?.metadata.date == "2022-05-06")
}

@Test func jsonDatesAreNormalisedWhenUnambiguous() {
    #expect(DateText.normalize("2021-03-05T08:00:00Z") == "2021-03-05")
    #expect(DateText.normalize("2021/03/05") == "2021-03-05")
    #expect(DateText.normalize("March 5, 2021") == "2021-03-05")
    #expect(DateText.normalize("5th Mar 2021") == "2021-03-05")
    #expect(DateText.normalize("Friday, 5 March 2021, 10:00") == "2021-03-05")
    #expect(DateText.normalize("sometime in spring") == "sometime in spring")
    #expect(DateText.normalize("2021-13-45") == "2021-13-45")
}

@Test func utf16JSONLinesAreConverted() throws {
    let dir = ScratchFolder("hearsay-ingest")
    let lines =
        "{\"id\": \"u16\", \"text\": \"Caf\u{E9} \u{201C}open\u{201D}.\"}\n{\"id\": \"u16-2\", \"text\": \"Two.\"}\n"
    let little: [UInt8] =
        [0xFF, 0xFE] + Array(lines.utf16).flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
    try dir.write("wide.jsonl", little)
    let (articles, problems) = try readAll([dir.path])
    #expect(problems.isEmpty)
    #expect(articles.map(\.key) == ["u16", "u16-2"])
    #expect(articles.first?.text == "Caf\u{E9} \u{201C}open\u{201D}.")
}

@Test func aJSONFileOfConcatenatedObjectsIsReadLikeJSONLines() throws {
    let dir = ScratchFolder("hearsay-ingest")
    try dir.write("stream.json", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n{\"text\": 3}\n")
    let (articles, problems) = try readAll([dir.path])
    #expect(articles.map(\.key) == ["stream.json:1", "stream.json:2"])
    #expect(problems.map(\.description) == [dir.path + "/stream.json:3: \"text\" is not a string"])
}

@Test func emptyAndBlankJSONFilesAreProblems() throws {
    let dir = ScratchFolder("hearsay-ingest")
    try dir.write("empty.jsonl", "")
    try dir.write("blank.jsonl", "\n\n  \n")
    try dir.write("empty.json", " \n")
    let (articles, problems) = try readAll([dir.path])
    #expect(articles.isEmpty)
    #expect(problems.count == 3)
    #expect(problems.allSatisfy { $0.reason.hasPrefix("empty file") })
}

@Test func sizesInMessagesReadNaturally() {
    #expect(ReaderLimits.describe(bytes: 10 * 1024 * 1024) == "10 MB")
    #expect(ReaderLimits.describe(bytes: 50 * 1024 * 1024 + 40) == "50 MB")
    #expect(ReaderLimits.describe(bytes: 52_400_000) == "50 MB")
    #expect(ReaderLimits.describe(bytes: 3 * 1024 * 1024 / 2) == "1.5 MB")
    #expect(ReaderLimits.describe(bytes: 2048) == "2 KB")
    #expect(ReaderLimits.describe(bytes: 17) == "17 bytes")
}
