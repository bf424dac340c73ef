import ArgumentParser
import Extraction
import Foundation
import HearsayImport
import HearsayModel
import HearsayStore
import Ingest

extension Hearsay {
    /// `hearsay import PATH...`: read articles, extract who said what, store it.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: """
                Import articles: files, folders (.txt, .jsonl, .json, .html, .warc, any of them .gz; \
                recursively) or - for standard input.
                """,
            discussion: """
                JSON lines: one article a line with "text" and any of "id", "title", "date", "source", "url", "author"
                (news-please's and trafilatura's names are read too; a raw page in "html" is read as a web page).
                Web pages: the article's text and its title, date, author, outlet and address are taken out of the page.
                WARC: each HTML response record is an article keyed by its WARC-Target-URI.
                Plain text: metadata is read from the text where it gives it, and from the flags below.
                Re-importing an article changes nothing; an article whose text changed is replaced (each named on standard error).
                A file already stored unchanged under the key another folder gave it keeps that key.
                Bad inputs are named on standard error and skipped; the exit status is then 1.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Files, folders, or - for standard input.")
        var paths: [String]

        @OptionGroup var metadata: ArticleMetadataOptions

        @Flag(help: "The paths hold records written by `hearsay extract` (files, folders, -; .gz too).")
        var extracted = false

        @Option(
            help: ArgumentHelp(
                "CPU seconds one article's extraction may take; an article past it is named and not stored (0: no limit).",
                valueName: "seconds"))
        var articleTimeout: Double = 10

        @Option(help: .hidden)
        var batchSize: Int = 128

        func validate() throws {
            if paths.isEmpty { throw ValidationError("give at least one file, folder or - (standard input)") }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
            if !(articleTimeout >= 0) || !articleTimeout.isFinite {
                throw ValidationError("--article-timeout must be a number of seconds, 0 or more")
            }
            try validateExtracted()
        }

        func run() throws {
            if extracted { return try runExtracted() }
            let store = try database.open()
            // A second, reading connection checks for unchanged articles while the writer writes.
            let checker = try? Store(path: store.path, readOnly: true)
            // A replacement is told from the writer thread, as it is stored.
            let clearLine = Terminal.stderrIsTTY ? "\r\u{1B}[K" : ""
            let sink = StoreSink(store) { Terminal.error(clearLine + "hearsay: \($0)") }
            let importer = Importer(
                sink: sink, known: checker, batchSize: batchSize, articleTimeout: articleTimeout > 0 ? articleTimeout : nil)
            let onTerminal = Terminal.stderrIsTTY
            var reader = ArticleReader(overrides: metadata.overrides)
            var total: ProgressLine.Total?
            if onTerminal {
                if let articles = ImportEstimate.articles(in: paths) {
                    total = .articles(articles)
                } else {
                    // Standard input, gzip, WARC, JSON arrays: measured by the bytes read instead.
                    let meter = ReadMeter()
                    reader.meter = meter
                    total = .bytes(meter: meter, total: InputSize.bytes(of: paths))
                }
            }
            let progress = ProgressLine(enabled: onTerminal, total: total)
            try progress.clearing {
                // A warning may come while the progress line shows: it is cleared first.
                reader.warn = { Terminal.error(clearLine + "hearsay: warning: \($0)") }
                try importer.run(paths, reader: reader, progress: progress.show) { problem in
                    progress.clear()
                    Terminal.error("hearsay: skipped \(problem)")
                }
            }
            let totals = importer.totals
            var summary = "Imported \(totals.articles) article\(totals.articles == 1 ? "" : "s")"
            summary += " (\(totals.added) new, \(totals.replaced) replaced, \(totals.unchanged) unchanged)"
            summary +=
                ": \(totals.quotes) quotes, \(totals.claims) claims in \(String(format: "%.2f", importer.elapsed)) s"
            print(summary)
            if importer.rejected > 0 {
                throw CommandFailure(
                    "\(importer.rejected) input\(importer.rejected == 1 ? " was" : "s were") rejected (named above); the rest were imported"
                )
            }
        }
    }
}
