import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay check`: is the database sound?
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the database: SQLite integrity, foreign keys and the full-text indexes.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.openForReading()
            let problems = try store.check()
            if problems.isEmpty {
                print("\(store.path): ok (integrity, foreign keys, full-text indexes)")
                return
            }
            for problem in problems { Terminal.error("\(store.path): \(problem)") }
            throw CommandFailure("\(store.path): \(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        }
    }
}

/// A failure the command has already explained; printed as `Error: …`, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
