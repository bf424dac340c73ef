import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay stats`: what the database holds.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Count articles, quotes, claims and speakers; show the schema version.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.openForReading()
            let stats = try store.stats()
            var lines = [
                "database:       \(store.path)",
                "schema version: \(stats.schemaVersion)",
                "articles:       \(stats.articles)",
                "quotes:         \(stats.quotes) (\(stats.attributedQuotes) with a speaker)",
                "claims:         \(stats.claims)",
                "speakers:       \(stats.entities) (\(stats.people) people)",
                "outlets:        \(stats.sources)",
            ]
            if let first = stats.firstDate, let last = stats.lastDate {
                lines.append("dates:          \(first) to \(last)")
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
