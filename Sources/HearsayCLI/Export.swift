import ArgumentParser
import Extraction
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay export quotes|claims|articles|people`: every matching record, streamed.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write every quote, claim, article or person as CSV or JSON lines, in constant memory.",
            discussion: """
                Quotes and claims take every filter; articles take the date, outlet, name and search filters;
                people take the name filters. For claims, --person and --org match the claimant or an entity
                the claim mentions, as `hearsay claims` does (only the claimant with --by).
                Output goes to standard output unless --output is given.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "quotes, claims, articles or people.")
        var kind: ExportKind

        @Option(name: [.customShort("f"), .long], help: "csv or jsonl.")
        var format: ExportFormat = .csv

        @Option(help: "Write to this file instead of standard output.")
        var output: String?

        @OptionGroup var filters: FilterOptions

        @Flag(help: "Write CSV cells as stored, even those a spreadsheet would run as a formula.")
        var rawCSV = false

        @Flag(help: "CSV: begin with a UTF-8 byte-order mark, so spreadsheets read curly quotes and accents right.")
        var bom = false

        @Option(help: "imported (the default), date (newest first), speaker, outlet or confidence.")
        var sort: SortOrder = .imported

        @Flag(help: "Claims: --person and --org match only the claimant, not the entities a claim mentions.")
        var by = false

        func validate() throws {
            if by, kind != .claims { throw ValidationError("--by applies to claims only") }
            if kind == .people {
                let unused = [
                    ("--source", filters.source), ("--since", filters.since), ("--until", filters.until),
                    ("--search", filters.search),
                ].filter { $0.1 != nil }.map(\.0)
                if !unused.isEmpty {
                    throw ValidationError(
                        "export people takes only --person, --org and --limit; \(unused.joined(separator: ", ")) filter quotes, claims and articles"
                    )
                }
            }
        }

        func run() throws {
            let store = try database.openForReading()
            let file = try output.map { try OutputFile(path: $0) }
            let buffer = file?.buffer ?? OutputBuffer()
            buffer.rawCSV = rawCSV
            let count: Int
            if bom, format == .csv { try buffer.append([0xEF, 0xBB, 0xBF]) }
            if kind == .claims, !by, filters.person != nil || filters.org != nil {
                count = try store.exportClaimsWithMentions(filter: filters.filter, format: format, to: buffer)
            } else {
                count = try store.export(kind, filter: filters.filter, format: format, order: sort.order, to: buffer)
            }
            try file?.commit()
            if let output { Terminal.error("Wrote \(count) \(kind.rawValue) to \(TerminalText.escaped(output)).") }
        }
    }
}
