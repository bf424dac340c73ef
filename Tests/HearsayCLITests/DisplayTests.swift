import TestSupport
import Testing

/// `show` wraps at word boundaries and gives each attribution's confidence; tables give the quote half the width.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct DisplayTests {
    @Test func showWrapsBetweenWordsWithConfidence() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        let show = try cli.run(["show", "courier-1", "--no-colour"], environment: ["COLUMNS": "40"])
        #expect(show.status == 0, "\(show.stderr)")
        let body = show.stdout.split(separator: "\n").drop { !$0.isEmpty && !$0.hasPrefix("The trade") }
        for line in body { #expect(line.unicodeScalars.count <= 40, "\(line)") }
        // Every word of the article is whole on some line.
        let words = Set(body.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) })
        for word in ["lifeblood", "fisherman.", "Friday."] { #expect(words.contains(Substring(word)), "\(word)") }
        #expect(show.stdout.contains("{Marisol\u{A0}Quennell\u{A0}0.96}"), "\(show.stdout)")
    }

    @Test func quoteColumnGetsHalfTheWidth() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        for width in [60, 80, 120] {
            let table = try cli.run(["quotes"], environment: ["COLUMNS": String(width)])
            let header = try #require(table.stdout.split(separator: "\n").first)
            let quoteColumn = try #require(header.range(of: "QUOTE"))
            let start = header.unicodeScalars.distance(
                from: header.unicodeScalars.startIndex, to: quoteColumn.lowerBound)
            #expect(width - start >= width / 2, "\(width): \(header)")
            for line in table.stdout.split(separator: "\n") { #expect(line.unicodeScalars.count <= width) }
        }
    }
}
