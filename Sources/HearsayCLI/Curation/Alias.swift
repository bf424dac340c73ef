import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay alias add NAME ALIAS`: another name a speaker goes by.
    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alias",
            abstract: "Manage the names a speaker is known by.", subcommands: [Add.self, Remove.self])

        /// `hearsay alias add NAME ALIAS`.
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Give a speaker another name; later imports link speakers so named to it.")

            @OptionGroup var database: DatabaseOptions

            @Argument(help: "The speaker (a name or #ID).")
            var name: String

            @Argument(help: "The other name.")
            var alias: String

            func run() throws {
                let store = try database.open()
                for line in try store.addAlias(alias, to: name) { print(line) }
            }
        }

        /// `hearsay alias remove NAME ALIAS`.
        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Take a name away from a speaker; speakers so named are split off and never linked back.")

            @OptionGroup var database: DatabaseOptions

            @Argument(help: "The speaker (a name or #ID).")
            var name: String

            @Argument(help: "The name to take away.")
            var alias: String

            func run() throws {
                let store = try database.open()
                for line in try store.removeAlias(alias, from: name) { print(line) }
            }
        }
    }
}
