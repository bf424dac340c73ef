import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay unmerge NAME`: an entity holds several people; split it back into what was linked.
    struct Unmerge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unmerge",
            abstract: "Split a speaker back into the people that were linked into it.",
            discussion: """
                Each article's speaker whose name is not NAME's (romanised spellings, titles and middle
                initials aside) becomes a speaker of its own with its quotes, claims, aliases and roles;
                with --article, the speakers of those articles are split off instead. Split names are
                never linked back by later imports.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The speaker to split (a name or #ID).")
        var name: String

        @Option(name: .customLong("article"), help: "Split off the speaker of this article (repeatable).")
        var articles: [String] = []

        func run() throws {
            let store = try database.open()
            for line in try store.unmerge(name, articles: articles) { print(line) }
        }
    }
}
