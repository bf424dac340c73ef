import ArgumentParser
import Extraction
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay quotes`: the quotes matching the filters.
    struct Quotes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quotes",
            abstract:
                "List quotes: speaker, date, outlet and words, filtered by person, organisation, outlet, date or text.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions

        @Option(name: [.customShort("f"), .long], help: "table (wrapped to the terminal), csv or jsonl.")
        var format: OutputFormat = .table

        @Flag(help: "With --format csv: write cells as stored, even those a spreadsheet would run as a formula.")
        var rawCSV = false
        @Option(help: "Count the matching quotes by speaker, outlet, month, kind or type instead of listing them.")
        var countBy: CountKey?

        @Option(help: "date (newest first, the default), speaker, outlet, confidence or imported.")
        var sort: SortOrder = .date

        @OptionGroup var paging: PagingOptions

        @Flag(help: "Each quote once (same speaker, same words), with how many articles printed it, where and when.")
        var unique = false

        func run() throws {
            let store = try database.openForReading()
            let output = OutputBuffer()
            output.rawCSV = rawCSV
            if let countBy {
                let rows = try store.counts(of: .quotes, by: countBy, filter: filters.filter)
                try CountPrinter.write(rows, label: countBy.rawValue, format: format, to: output)
                return
            }
            if unique {
                try runUnique(store, output)
                return
            }
            if let exportFormat = format.exportFormat {
                try store.export(.quotes, filter: filters.filter, format: exportFormat, order: sort.order, to: output)
                return
            }
            let table = TableRenderer(
                columns: [
                    .init(header: "SPEAKER", width: 22), .init(header: "DATE", width: 10),
                    .init(header: "OUTLET", width: 14), .init(header: "QUOTE", width: nil),
                ],
                totalWidth: Terminal.width, flexibleGetsHalf: true)
            let pages = Paging(paging, table: true)
            var count = 0
            try store.forEachQuote(matching: filters.filter, orderBy: sort.order) { quote in
                if count == 0, pages.admit(table.header()) { try output.append(table.header()) }
                count += 1
                let row = table.render([
                    quote.speaker ?? "(unknown)", quote.date ?? "", quote.source ?? "",
                    Self.display(quote.text, kind: quote.kind),
                ])
                if pages.admit(row) { try output.append(row) }
            }
            try pages.finish(output)
            if count == 0 { Terminal.error("No quotes match.") }
        }

        /// Direct and partial quotes in quote marks; reported speech as it is.
        static func display(_ text: String, kind: QuoteKind) -> String {
            kind == .reported ? text : "“\(text)”"
        }
    }
}
