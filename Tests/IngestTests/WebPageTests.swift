import Extraction
import Foundation
import HearsayModel
import Testing

@testable import Ingest

@Test func theFerryPageGivesItsParagraphsWithoutTheFurniture() throws {
    let page = try WebPage.read(try examplePage("millbrook-ferry.html")).get()
    let paragraphs = page.text.components(separatedBy: "\n\n")
    #expect(paragraphs.first?.hasPrefix("Millbrook council voted on Tuesday") == true)
    #expect(paragraphs.last?.hasPrefix("The first night sailings are planned for July.") == true)
    #expect(paragraphs.contains("What happens next"))
    #expect(paragraphs.contains { $0.hasPrefix("“A night crossing is the difference") })
    for furniture in [
        "cookies", "Sport", "Related stories", "Subscribe", "islander_jo", "All rights reserved", "Advertisement",
        "Share on social media", "Photo: Ledger staff", "Council backs night ferry", "By Priya", "ledgerAds",
    ] {
        #expect(!page.text.contains(furniture), "\(furniture)")
    }
}

@Test func theFerryPageGivesItsMetadataFromJSONLDAndMetaTags() throws {
    let metadata = try WebPage.read(try examplePage("millbrook-ferry.html")).get().metadata
    #expect(metadata.title == "Council backs night ferry to Gull Island")
    #expect(metadata.date == "2024-05-14")
    #expect(metadata.author == "Priya Castellano")
    #expect(metadata.source == "The Millbrook Ledger")
    #expect(metadata.url == "https://ledger.millbrook.example/2024/05/14/night-ferry-gull-island")
}

@Test func aWindows1252PageIsDecodedAndItsGraphReadForTheHeadline() throws {
    let page = try WebPage.read(try examplePage("pell-valley-frost.html")).get()
    #expect(page.text.contains("“The blossom was fully open when the cold came,” said Agnes Farrow"))
    #expect(page.text.contains("£18,000"))
    #expect(!page.text.contains("Most read"))
    #expect(!page.text.contains("Leave a reply"))
    #expect(page.metadata.title == "Late frost cuts Pell Valley apple harvest by a third")
    #expect(page.metadata.author == "Tomasz Wren")
    #expect(page.metadata.date == "2023-10-02")
    #expect(page.metadata.source == "Pell Valley Gazette")
}

@Test func entitiesAreDecodedAndTheTitleLosesTheSiteSuffix() throws {
    let html = """
        <html><head><title>Mayor opens the new library on Elm Street at last &ndash; Fenwick Post</title></head>
        <body><div class="article-body"><p>The mayor of Fenwick said &ldquo;books are back&rdquo; as she opened \
        the new library on Elm Street, three years after the old one closed &amp; was sold.</p>
        <p>Readers queued from eight in the morning, and the first loan, a cookery book, went out at nine.</p>
        </div></body></html>
        """
    let page = try WebPage.read(Array(html.utf8)).get()
    #expect(page.text.contains("said “books are back” as she opened"))
    #expect(page.text.contains("closed & was sold"))
    #expect(page.metadata.title == "Mayor opens the new library on Elm Street at last")
    #expect(page.text.components(separatedBy: "\n\n").count == 2)
}

@Test func brAndListsAndBlockQuotesKeepTheirParagraphs() throws {
    let html = """
        <html><body><article>
        <p>The committee, which met for four hours on Thursday, listed its demands in a letter to the board.</p>
        <ul><li>A new roof for the school hall, which has leaked since the storms of last winter.</li>
        <li>Two more teachers for the youngest classes, where numbers have grown by a quarter.</li></ul>
        <blockquote>“We have waited long enough,” the letter said, and it was signed by every member.</blockquote>
        <p>First line of a poem read at the meeting<br>second line of the same poem<br><br>a new stanza, read slowly.</p>
        </article></body></html>
        """
    let paragraphs = try WebPage.read(Array(html.utf8)).get().text.components(separatedBy: "\n\n")
    #expect(paragraphs.count == 6)
    #expect(paragraphs[1].hasPrefix("A new roof"))
    #expect(paragraphs[3].hasPrefix("“We have waited long enough,”"))
    #expect(paragraphs[4] == "First line of a poem read at the meeting\nsecond line of the same poem")
}

@Test func aPageWithNoBodyOrNoTextIsRefused() {
    let noBody = WebPage.read(Array("<html><head><title>Only a head</title></head></html>".utf8))
    #expect(throws: WebPage.Failure.self) { try noBody.get() }
    let empty = WebPage.read(Array("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8))
    #expect(throws: WebPage.Failure.self) { try empty.get() }
}

@Test func binaryDataIsNotAPage() {
    var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    bytes += (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    guard case .failure(let failure) = WebPage.read(bytes) else {
        Issue.record("binary data read as a page")
        return
    }
    #expect(failure.reason.contains("binary"))
}

@Test func aCharsetThatLiesIsNamed() {
    // Declared UTF-8, but the curly quotes are Windows-1252 bytes.
    var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>The clerk said ".utf8)
    bytes +=
        [0x93] + Array("we are closed".utf8) + [0x94]
        + Array(" to everyone at the door that day.</p></body></html>".utf8)
    guard case .failure(let failure) = WebPage.read(bytes) else {
        Issue.record("a lying charset went unnoticed")
        return
    }
    #expect(failure.reason.contains("charset says utf-8"))
}

@Test func aLatin1DeclarationOverUTF8BytesIsReadAsUTF8WithANote() throws {
    let html =
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Zoë Kraus said the café would reopen in the spring, once the new ovens arrive from the coast.</p></body></html>"
    let page = try WebPage.read(Array(html.utf8)).get()
    #expect(page.text.contains("Zoë Kraus said the café"))
    #expect(page.notes.count == 1)
}

@Test func theHTTPCharsetWinsOverTheMetaTag() throws {
    var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>The ".utf8)
    bytes +=
        [0xE9]
        + Array(
            "lection of the harbour board is set for June, the clerk confirmed in a short note.</p></body></html>".utf8)
    let page = try WebPage.read(bytes, charset: "ISO-8859-1").get()
    #expect(page.text.contains("The élection of the harbour board"))
}

@Test func deepNestingDoesNotHang() throws {
    let depth = 100_000
    var html = "<html><body>" + String(repeating: "<div>", count: depth)
    html += "<p>The council met again on Monday, and again it could not agree on the budget for the year.</p>"
    html += String(repeating: "</div>", count: depth) + "</body></html>"
    let result = WebPage.read(Array(html.utf8))
    if case .success(let page) = result { #expect(page.text.contains("could not agree")) }
}

@Test func datesInURLsAndRFC2822AreRead() {
    #expect(DateText.dayInURL("https://example.org/news/2021/03/09/budget") == "2021-03-09")
    #expect(DateText.dayInURL("https://example.org/news/budget-2021") == nil)
    #expect(DateText.day("Tue, 09 Mar 2021 10:00:00 +0000") == "2021-03-09")
    #expect(DateText.day("2021-03-09T23:30:00-05:00") == "2021-03-09")
    #expect(DateText.day("2021/03/09") == "2021-03-09")
    #expect(DateText.day("last Tuesday") == nil)
}
