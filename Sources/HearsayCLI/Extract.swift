import ArgumentParser
import Extraction
import HearsayImport
import HearsayStore
import Ingest

extension Hearsay {
    /// `hearsay extract PATH...`: extraction without a database, one JSON line per article.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Extract quotes and claims without a database: one JSON line per article, for import --extracted.",
            discussion: """
                Reads what import reads (files, folders, - for standard input) and writes one \
                {"format":"hearsay-extract/1","article":{...},"speakers":[...],"quotes":[...],"claims":[...]} \
                line per article, in input order, as soon as it is done: it runs as a Spark pipe or a \
                Hadoop Streaming mapper. A bad input becomes a {"format":...,"error":{"path","line","message"}} \
                line in its place, is named on standard error, and makes the exit status 1.
                Store the lines with: hearsay import --extracted FILES...
                """)

        @Argument(help: "Files, folders, or - for standard input (the default).")
        var paths: [String] = ["-"]

        @Option(help: "Write the lines to this file instead of standard output.")
        var output: String?

        @Option(help: "The title, for plain-text articles that do not give one.")
        var title: String?

        @Option(help: "The publication date (YYYY-MM-DD).")
        var date: String?

        @Option(help: "The outlet.")
        var source: String?

        @Option(help: "The article's address.")
        var url: String?

        @Option(help: "The author.")
        var author: String?

        @Option(help: .hidden)
        var workers: Int?

        func validate() throws {
            if let date, !QueryFilter.isValidDate(date) {
                throw ValidationError(
                    "--date wants a date written YYYY-MM-DD, like 2020-01-31; got \(date.debugDescription)")
            }
            if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        }

        func run() throws {
            let out = try output.map { path throws(LineOutputError) in try LineOutput.file(path) } ?? .standardOutput()
            let extractor = Extractor(output: out, workers: workers)
            let overrides = ArticleMetadata(title: title, date: date, source: source, url: url, author: author)
            try extractor.run(paths, reader: ArticleReader(overrides: overrides)) { problem in
                Terminal.error("hearsay: skipped \(problem)")
            }
            if extractor.rejected > 0 {
                throw CommandFailure(
                    "\(extractor.rejected) input\(extractor.rejected == 1 ? " was" : "s were") rejected (named above, an error line written for each)"
                )
            }
        }
    }
}
