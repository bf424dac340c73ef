import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay reassign QUOTE_ID NAME`: who really said a quote.
    struct Reassign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reassign",
            abstract: "Attribute a quote to another speaker; the choice survives re-importing its article.",
            discussion: """
                QUOTE is the quote's id, or ARTICLE:START, the article key and the quote's start offset as
                `hearsay export quotes` gives them. NAME is a name, an alias or #ID.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The quote: its id or ARTICLE:START.")
        var quote: String

        @Argument(help: "The speaker who said it.")
        var name: String

        @Flag(help: "Create a person of that name when nobody has it.")
        var create = false

        func run() throws {
            let store = try database.open()
            for line in try store.reassign(quote: try store.quoteID(quote), to: name, create: create) { print(line) }
        }
    }
}
