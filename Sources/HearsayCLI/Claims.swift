import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay claims`: the claims matching the filters.
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claims",
            abstract: "List claims: claimant, date, outlet and statement, with the same filters as quotes.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions

        @Option(name: [.customShort("f"), .long], help: "table (wrapped to the terminal), csv or jsonl.")
        var format: OutputFormat = .table

        @Flag(help: "With --format csv: write cells as stored, even those a spreadsheet would run as a formula.")
        var rawCSV = false

        @Flag(help: "Only groups of claims from several articles whose figures disagree, side by side.")
        var disputed = false

        @Flag(help: "--person and --org match only the claimant, not the entities a claim mentions.")
        var by = false

        @Option(
            help:
                "Count the matching claims by claimant (speaker), outlet, month, kind or type instead of listing them.")
        var countBy: CountKey?

        @Option(help: "date (newest first, the default), speaker, outlet, confidence or imported.")
        var sort: SortOrder = .date

        @OptionGroup var paging: PagingOptions

        func run() throws {
            let store = try database.openForReading()
            let output = OutputBuffer()
            output.rawCSV = rawCSV
            if let countBy {
                let rows = try store.counts(of: .claims, by: countBy, filter: filters.filter)
                try CountPrinter.write(rows, label: countBy.rawValue, format: format, to: output)
                return
            }
            if disputed {
                try runDisputed(store, output)
                return
            }
            if !by, filters.person != nil || filters.org != nil {
                if let exportFormat = format.exportFormat {
                    try store.exportClaimsWithMentions(filter: filters.filter, format: exportFormat, to: output)
                } else {
                    try runWithMentions(store, output)
                }
                return
            }
            if let exportFormat = format.exportFormat {
                try store.export(.claims, filter: filters.filter, format: exportFormat, order: sort.order, to: output)
                return
            }
            let table = TableRenderer(
                columns: [
                    .init(header: "CLAIMANT", width: 22), .init(header: "DATE", width: 10),
                    .init(header: "OUTLET", width: 14), .init(header: "CLAIM", width: nil),
                ],
                totalWidth: Terminal.width, flexibleGetsHalf: true)
            let pages = Paging(paging, table: true)
            var count = 0
            try store.forEachClaim(matching: filters.filter, orderBy: sort.order) { claim in
                if count == 0, pages.admit(table.header()) { try output.append(table.header()) }
                count += 1
                let row = table.render([
                    claim.claimant ?? "(the article)", claim.date ?? "", claim.source ?? "", claim.text,
                ])
                if pages.admit(row) { try output.append(row) }
            }
            try pages.finish(output)
            if count == 0 { Terminal.error("No claims match.") }
        }
    }
}
