import ArgumentParser
import Extraction
import HearsayModel
import HearsayImport
import HearsayStore
import Ingest

extension Hearsay {
    /// `hearsay extract PATH...`: extraction without a database, one JSON line per article.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
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

        @OptionGroup var metadata: ArticleMetadataOptions

        @Option(help: .hidden)
        var workers: Int?

        func validate() throws {
            if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        }

        func run() throws {
            let out = try output.map { path throws(LineOutputError) in try LineOutput.file(path) } ?? .standardOutput()
            let extractor = Extractor(output: out, workers: workers)
            var reader = ArticleReader(overrides: metadata.overrides)
            reader.warn = { Terminal.error("hearsay: warning: \($0)") }
            try extractor.run(paths, reader: reader) { problem in
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
