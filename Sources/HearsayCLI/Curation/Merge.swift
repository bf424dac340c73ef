import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay merge NAME OTHER`: two entities the linker kept apart are one.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge a speaker into another: its quotes, claims, aliases and roles move over.",
            discussion: """
                The first NAME is kept; OTHER is folded into it and its names become aliases, so later
                imports link them to NAME too. A name is anything --person accepts, or #ID.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The speaker to keep.")
        var name: String

        @Argument(help: "The speaker to fold into it.")
        var other: String

        func run() throws {
            let store = try database.open()
            for line in try store.merge(other, into: name) { print(line) }
        }
    }
}
