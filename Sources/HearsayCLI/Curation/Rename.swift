import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay rename NAME NEW`: the canonical name of a speaker.
    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Give a speaker a new canonical name (the old one stays an alias).")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The speaker (a name or #ID).")
        var name: String

        @Argument(help: "The new name.")
        var newName: String

        func run() throws {
            let store = try database.open()
            for line in try store.rename(name, to: newName) { print(line) }
        }
    }
}
