import ArgumentParser
import Foundation
import HearsayStore

extension Hearsay {
    /// `hearsay datasette-metadata`: the metadata.json that makes datasette search and facet the views.
    struct DatasetteMetadataCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "datasette-metadata",
            abstract: "Write a metadata.json for datasette: search on quote_rows and claim_rows, labels, facets.",
            discussion: "Then: datasette hearsay.db --metadata metadata.json")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Write to this file (default: standard output).")
        var output: String?

        func run() throws {
            let name = URL(fileURLWithPath: database.path).deletingPathExtension().lastPathComponent
            let data = try DatasetteMetadata.json(databaseName: name) + Data("\n".utf8)
            if let output {
                try data.write(to: URL(fileURLWithPath: output))
                Terminal.error("Wrote \(output); run: datasette \(database.path) --metadata \(output)")
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
