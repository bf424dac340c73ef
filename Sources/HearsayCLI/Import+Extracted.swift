import ArgumentParser
import Foundation
import HearsayImport
import HearsayStore

extension Hearsay.Import {
    /// The article flags describe original articles: extract records carry their own metadata.
    func validateExtracted() throws {
        guard extracted else { return }
        if !metadata.isEmpty {
            throw ValidationError("--title, --date, --source, --url and --author do not apply to --extracted records")
        }
    }

    /// `hearsay import --extracted PATH...`: stores the records of `hearsay extract`.
    func runExtracted() throws {
        let store = try database.open()
        let importer = ExtractedImporter(sink: StoreSink(store), batchSize: batchSize)
        try importer.run(paths) { problem in
            Terminal.error("hearsay: skipped \(problem)")
        }
        let totals = importer.totals
        var summary = "Imported \(totals.articles) extracted article\(totals.articles == 1 ? "" : "s")"
        summary += " (\(totals.added) new, \(totals.replaced) replaced, \(totals.unchanged) unchanged)"
        summary += ": \(totals.quotes) quotes, \(totals.claims) claims in \(String(format: "%.2f", importer.elapsed)) s"
        print(summary)
        if importer.rejected > 0 {
            throw CommandFailure(
                "\(importer.rejected) record\(importer.rejected == 1 ? " was" : "s were") rejected (named above); the rest were imported"
            )
        }
    }
}
