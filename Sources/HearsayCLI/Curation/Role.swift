import ArgumentParser
import HearsayStore

extension Hearsay {
    /// `hearsay role remove NAME ROLE`: a role or organisation wrongly given to a speaker.
    struct RoleCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "role", abstract: "Manage the roles and organisations a speaker is recorded with.",
            subcommands: [Remove.self])

        /// `hearsay role remove NAME ROLE`.
        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Take a role or organisation away from a speaker; later imports do not give it back.")

            @OptionGroup var database: DatabaseOptions

            @Argument(help: "The speaker (a name or #ID).")
            var name: String

            @Argument(help: "The role or organisation, as `hearsay people` shows it.")
            var role: String

            func run() throws {
                let store = try database.open()
                for line in try store.removeRole(role, from: name) { print(line) }
            }
        }
    }
}
