import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay who "PHRASE"`: who said it.
    struct Who: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "who",
            abstract: "Who said a phrase: the quotes containing it, grouped by speaker.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Words to find, in this order, inside quotes.")
        var phrase: String

        @OptionGroup var filters: FilterOptions

        @OptionGroup var paging: PagingOptions

        func validate() throws {
            try SearchLimits.check(phrase, what: "the phrase")
            if !phrase.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            ) {
                throw ValidationError("give a phrase with at least one word")
            }
        }

        func run() throws {
            let store = try database.openForReading()
            let groups = try store.who(said: phrase, filter: filters.filter)
            guard !groups.isEmpty else {
                Terminal.error("Nobody is quoted saying \(phrase.debugDescription).")
                return
            }
            let output = OutputBuffer()
            let width = Terminal.width
            let pages = Paging(paging, table: true)
            for group in groups {
                let name = group.speaker ?? "(speaker unknown)"
                let kind = group.speakerType.map { " (\($0.rawValue))" } ?? ""
                let heading = "\(name)\(kind): \(group.quotes.count) quote\(group.quotes.count == 1 ? "" : "s")\n"
                if pages.admit(heading) { try output.append(heading) }
                for quote in group.quotes {
                    let origin = [quote.date, quote.source].compactMap { $0 }.joined(separator: ", ")
                    let text = Quotes.display(quote.text, kind: quote.kind) + (origin.isEmpty ? "" : "  [\(origin)]")
                    let entry = TableRenderer.wrap(text, width: width - 6).enumerated().map { index, line in
                        (index == 0 ? "  - " : "    ") + line + "\n"
                    }.joined()
                    if pages.admit(entry) { try output.append(entry) }
                }
            }
            try pages.finish(output)
        }
    }
}
