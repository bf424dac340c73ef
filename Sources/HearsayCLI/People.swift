import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay people`: the speakers, most quoted first.
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: "List speakers with their quote counts and aliases, most quoted first.")

        @OptionGroup var database: DatabaseOptions

        @Option(name: [.customShort("n"), .long], help: "At most this many people.")
        var limit: Int?

        @OptionGroup var paging: PagingOptions

        func validate() throws {
            if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        }

        func run() throws {
            let store = try database.openForReading()
            let people = try store.people(matching: QueryFilter(limit: limit))
            guard !people.isEmpty else {
                Terminal.error("No speakers yet: import articles with `hearsay import PATH`.")
                return
            }
            let table = TableRenderer(
                columns: [
                    .init(header: "NAME", width: 28), .init(header: "TYPE", width: 12),
                    .init(header: "QUOTES", width: 6), .init(header: "ALIASES", width: nil),
                ],
                totalWidth: Terminal.width)
            let output = OutputBuffer()
            let pages = Paging(paging, table: true)
            if pages.admit(table.header()) { try output.append(table.header()) }
            for person in people {
                let row = table.render([
                    person.name, person.kind.rawValue, String(person.quotes), person.aliases.joined(separator: "; "),
                ])
                if pages.admit(row) { try output.append(row) }
            }
            try pages.finish(output)
        }
    }
}
