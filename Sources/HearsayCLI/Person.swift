import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay person NAME`: one speaker in full.
    struct Person: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a speaker: aliases, roles, organisations, first and last quoted, and the quotes by date.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "A name or alias, any case (a surname alone when it fits one person).")
        var name: String

        func run() throws {
            let store = try database.openForReading()
            let output = OutputBuffer()
            let width = Terminal.width
            for (index, person) in try store.person(named: name).enumerated() {
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
                for quote in person.quotes {
                    let origin = [quote.date ?? "undated", quote.source].compactMap { $0 }.joined(separator: ", ")
                    let lines = TableRenderer.wrap(Quotes.display(quote.text, kind: quote.kind), width: width - 6)
                    try output.append("  \(origin) (\(quote.article))\n")
                    for line in lines { try output.append("    \(line)\n") }
                }
            }
            try output.flush()
        }
    }
}
