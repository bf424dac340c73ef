import Foundation
import TestSupport
import Testing

/// Issue 13, finding 13: a web page nested 100,000 elements deep neither crashes the import (no
/// recursion over the page's depth) nor hangs it (no walk from each node to its ancestors over such
/// a depth). libxml2's tree builder stops a page at 256 open elements, and Hearsay's builder does
/// the same: the text inside the first 256 levels is the article, the rest is not read.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct DeepNestingTests {
    /// Text at each of 100,000 levels of `div`, closed at the end.
    static func nestedPage(depth: Int) -> String {
        "<html><head><title>Harbour ballot</title></head><body>"
            + String(repeating: "<div>The council met on Monday, and the vote was close. ", count: depth)
            + String(repeating: "</div>", count: depth) + "</body></html>\n"
    }

    @Test func aPageNested100000DeepImportsTheTextOfItsFirstLevels() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let path = try cli.write("deep.html", Self.nestedPage(depth: 100_000))
        let started = Date()
        let outcome = try cli.run(["import", path, "--article-timeout", "0"])
        #expect(!outcome.signalled, "the import was killed by signal \(outcome.status): \(outcome.stderr)")
        #expect(outcome.status == 0, "exit \(outcome.status): \(outcome.stderr)")
        // A walk over every ancestor of every node would take minutes at this depth.
        #expect(Date().timeIntervalSince(started) < 60)
        let text = try #require(try cli.storedText("deep.html"))
        let levels = text.components(separatedBy: "The council met on Monday").count - 1
        #expect((200...300).contains(levels), "\(levels) levels of text stored")
    }

    @Test func aPageOfUnclosedInlineElements100000DeepImports() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        // Unclosed inline elements, then end tags that match none of them: each end tag is looked up
        // among the open elements.
        let page =
            "<html><body><article><p>The council met on Monday, and the vote was close.</p>"
            + String(repeating: "<span>a ", count: 100_000) + String(repeating: "</div>", count: 100_000)
            + "</article></body></html>\n"
        let path = try cli.write("spans.html", page)
        let outcome = try cli.run(["import", path, "--article-timeout", "0"])
        #expect(!outcome.signalled, "the import was killed by signal \(outcome.status): \(outcome.stderr)")
        #expect(
            outcome.status == 0 || outcome.stderr.contains("spans.html"), "exit \(outcome.status): \(outcome.stderr)")
    }
}
