import ArgumentParser

/// The `hearsay` command: who said what, in a database of news articles.
///
/// Each subcommand lives in its own file as `extension Hearsay { struct Name: ParsableCommand }`;
/// a new one is added there and listed in `subcommands` below.
public struct Hearsay: ParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "hearsay",
        abstract: "Who said what: quotes and claims from news articles, in a database you can query.",
        discussion: """
            The database is --db PATH (before or after the subcommand), else $HEARSAY_DB, else ./hearsay.db; it is created on first use.
            Exit status: 0 on success, 1 on failure (the message names the file at fault), 64 on bad usage.
            """,
        version: HearsayVersion.current,
        // Every subcommand gives its `commandName`: a name derived from the type's name costs a
        // search of the binary's protocol conformances per command at every start, 37 M
        // instructions in all (issue 14).
        subcommands: [
            Import.self, Extract.self, Quotes.self, Claims.self, Who.self, People.self, Person.self, Show.self,
            Export.self, Articles.self, Outlets.self, DatasetteMetadataCommand.self, Stats.self, Check.self,
            Merge.self, Unmerge.self, Alias.self, RoleCommand.self, Rename.self, Reassign.self, Serve.self,
        ]
    )

    /// Creates the command (argument-parser needs it).
    public init() {}
}
