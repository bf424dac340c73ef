import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay person NAME`: one speaker in full.
    struct Person: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "person",
            abstract:
                "Show a speaker: aliases, roles, organisations, first and last quoted, and the quotes, newest first.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "A name or alias, any case (a surname alone when it fits one person).")
        var name: String

        @Option(name: [.customShort("n"), .long], help: "Show at most this many quotes of each person.")
        var limit: Int?

        @Option(help: "date (newest first, the default), outlet, confidence or imported.")
        var sort: SortOrder = .date

        @OptionGroup var paging: PagingOptions

        func validate() throws {
            if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        }

        func run() throws {
            let store = try database.openForReading()
            let output = OutputBuffer()
            let width = Terminal.width
            let pages = Paging(paging, table: true)
            for (index, person) in try store.person(named: name, order: sort.order).enumerated() {
                if index > 0 { try output.append("\n") }
                let summary = person.summary
                try output.append("\(summary.name) (\(summary.kind.rawValue), #\(summary.id))\n")
                func field(_ label: String, _ values: [String]) throws {
                    guard !values.isEmpty else { return }
                    try output.append("  \(label): \(values.joined(separator: "; "))\n")
                }
                try field("aliases", summary.aliases)
                try field("roles", person.roles)
                try field("organisations", person.organisations)
                try output.append("  quotes: \(summary.quotes), claims: \(summary.claims)\n")
                if let first = person.firstQuoted, let last = person.lastQuoted {
                    try output.append("  first quoted: \(first), last quoted: \(last)\n")
                }
                let shown = person.quotes.prefix(limit ?? person.quotes.count)
                for quote in shown {
                    let origin = [quote.date ?? "undated", quote.source].compactMap { $0 }.joined(separator: ", ")
                    let lines = TableRenderer.wrap(Quotes.display(quote.text, kind: quote.kind), width: width - 6)
                    let entry = "  \(origin) (\(quote.article))\n" + lines.map { "    \($0)\n" }.joined()
                    if pages.admit(entry) { try output.append(entry) }
                }
                if shown.count < person.quotes.count {
                    try output.append("  \(person.quotes.count - shown.count) more: raise --limit\n")
                }
            }
            try pages.finish(output)
        }
    }
}
