import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay export quotes|claims|articles|people`: every matching record, streamed.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
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

        @Flag(help: "CSV: begin with a UTF-8 byte-order mark, so spreadsheets read curly quotes and accents right.")
        var bom = false

        @Option(help: "imported (the default), date (newest first), speaker, outlet or confidence.")
        var sort: SortOrder = .imported

        @Flag(help: "Claims: --person and --org match only the claimant, not the entities a claim mentions.")
        var by = false

        func validate() throws {
            if by, kind != .claims { throw ValidationError("--by applies to claims only") }
        }

        func run() throws {
            let store = try database.open()
            let buffer = try output.map { try OutputBuffer(path: $0) } ?? OutputBuffer()
            let count: Int
            if bom, format == .csv { try buffer.append([0xEF, 0xBB, 0xBF]) }
            if kind == .claims, !by, filters.person != nil || filters.org != nil {
                count = try store.exportClaimsWithMentions(filter: filters.filter, format: format, to: buffer)
            } else {
                count = try store.export(kind, filter: filters.filter, format: format, order: sort.order, to: buffer)
            }
            if let output { Terminal.error("Wrote \(count) \(kind.rawValue) to \(output).") }
        }
    }
}
