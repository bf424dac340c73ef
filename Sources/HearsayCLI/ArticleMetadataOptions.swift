import ArgumentParser
import Extraction
import HearsayModel
import HearsayStore

/// The flags that give plain-text articles the metadata they do not state, shared by `import`
/// and `extract`.
struct ArticleMetadataOptions: ParsableArguments {
    @Option(help: "The title, for plain-text articles that do not give one.")
    var title: String?

    @Option(help: "The publication date (YYYY-MM-DD).")
    var date: String?

    @Option(help: "The outlet.")
    var source: String?

    @Option(help: "The article's address.")
    var url: String?

    @Option(help: "The author.")
    var author: String?

    func validate() throws {
        if let date, !QueryFilter.isValidDate(date) {
            throw ValidationError(
                "--date wants a date written YYYY-MM-DD, like 2020-01-31; got \(date.debugDescription)")
        }
    }

    /// The metadata that wins over what the articles say.
    var overrides: ArticleMetadata {
        ArticleMetadata(title: title, date: date, source: source, url: url, author: author)
    }

    /// True when no flag was given.
    var isEmpty: Bool { overrides == ArticleMetadata() }
}
