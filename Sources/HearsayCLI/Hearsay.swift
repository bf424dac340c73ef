import ArgumentParser

/// The `hearsay` command: who said what, in a database of news articles.
public struct Hearsay: ParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "hearsay",
        abstract: "Who said what: quotes and claims from news articles, in a database you can query."
    )

    /// Creates the command (argument-parser needs it).
    public init() {}
}
