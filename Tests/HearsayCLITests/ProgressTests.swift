import Foundation
import HearsayStore
import TestSupport
import Testing

@testable import HearsayCLI
@testable import Ingest

/// Import progress: drawn in place on a terminal with a total, a percentage, a rate and the time
/// left; absent when standard error is not a terminal.
@Suite(.enabled(if: HearsayRunner.binary != nil && PseudoTerminal.script != nil, "needs the binary and script(1)"))
struct ProgressTests {
    @Test func progressOnATerminalOnly() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("feed.jsonl", HabitsCorpus.feed)
        try cli.write("folder/a.txt", "\"The tide is late,\" said Perpetua Hollins, a pilot.")
        let screen = try #require(try PseudoTerminal.run(["import", "feed.jsonl", "folder"], in: cli))
        // The first article read draws the line: one of five, counted before the import began.
        #expect(screen.contains("\r\u{1B}[K1/5 articles (20%)"), "\(screen.debugDescription)")
        #expect(screen.contains("articles/s"))
        #expect(screen.contains(" left"))
        #expect(screen.contains("Imported 5 articles"))

        let piped = try cli.run(["import", "feed.jsonl", "folder", "--db", "other.db"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stderr.contains("articles/s"))
        #expect(!piped.stderr.contains("\u{1B}"))
    }

    /// gzip, WARC and standard input cannot be counted in articles ahead: the line goes by the
    /// bytes read out of the inputs' sizes (compressed ones for gzip), or counts bytes with no
    /// total when standard input is a pipe.
    @Test func progressByBytesWhenArticlesCannotBeCounted() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let compressed = try GzipWriter.member(Array(HabitsCorpus.feed.utf8))
        try cli.write("feed.jsonl.gz", compressed)
        try cli.write("feed.jsonl", HabitsCorpus.feed)
        let kilobytes = ProgressLine.ByteUnit.kilobytes.format(compressed.count)
        let gzip = try #require(try PseudoTerminal.run(["import", "feed.jsonl.gz", "--db", "gz.db"], in: cli))
        // The first article is drawn when the whole small file is read: all of its compressed bytes.
        #expect(gzip.contains("\r\u{1B}[K\(kilobytes)/\(kilobytes) KB (100%), 1 articles"), "\(gzip.debugDescription)")
        #expect(gzip.contains("KB/s, ") && gzip.contains(" left"))
        #expect(gzip.contains("Imported 4 articles"))

        let size = ProgressLine.ByteUnit.kilobytes.format(HabitsCorpus.feed.utf8.count)
        let file = try #require(
            try PseudoTerminal.run(["import", "-", "--db", "file.db"], in: cli, input: .file("feed.jsonl")))
        #expect(file.contains("/\(size) KB ("), "\(file.debugDescription)")
        #expect(file.contains("Imported 4 articles"))

        let piped = try #require(
            try PseudoTerminal.run(["import", "-", "--db", "pipe.db"], in: cli, input: .pipe("feed.jsonl")))
        #expect(piped.contains(" KB read, 1 articles, "), "\(piped.debugDescription)")
        #expect(!piped.contains("%"))
        #expect(piped.contains("Imported 4 articles"))
    }

    @Test func theLineInEachMeasure() {
        var totals = ImportTotals()
        totals.quotes = 30
        totals.claims = 7
        #expect(
            ProgressLine.line(read: 10, measure: .articles(40), totals: totals, elapsed: 2)
                == "10/40 articles (25%), 30 quotes, 7 claims, 5 articles/s, 6 s left")
        #expect(
            ProgressLine.line(
                read: 10, measure: .bytes(read: 12_400_000, total: 49_600_000), totals: totals, elapsed: 4)
                == "12.4/49.6 MB (25%), 10 articles, 30 quotes, 7 claims, 3.1 MB/s, 12 s left")
        #expect(
            ProgressLine.line(read: 10, measure: .bytes(read: 2_500_000_000, total: nil), totals: totals, elapsed: 2)
                == "2.5 GB read, 10 articles, 30 quotes, 7 claims, 5 articles/s")
        #expect(
            ProgressLine.line(read: 10, measure: .none, totals: totals, elapsed: 2)
                == "10 articles, 30 quotes, 7 claims, 5 articles/s")
    }

    /// The sizes an import is measured against: files as ``ArticleReader`` finds them, gzip by
    /// its compressed size; unknown for a FIFO.
    @Test func inputSizesAreTheFilesTheReaderOpens() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a.txt", "one two three")
        try cli.write("in/b.jsonl.gz", try GzipWriter.member(Array(HabitsCorpus.feed.utf8)))
        try cli.write("in/notes.md", "not read by the importer")
        let gz = try GzipWriter.member(Array(HabitsCorpus.feed.utf8)).count
        #expect(InputSize.bytes(of: [cli.path("in")]) == 13 + gz)
        #expect(InputSize.bytes(of: [cli.path("in/a.txt"), cli.path("in/a.txt")]) == 26)
        let fifo = cli.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(InputSize.bytes(of: [cli.path("in"), fifo]) == nil)
    }
}
