/// The warnings of one JSON file: each unused field once, at the first line it appears on. (A date
/// that is no day of the calendar is warned about for each article, with its line, when dropped.)
final class FieldNotes {
    private var told: Set<String> = []

    /// Warns through `warn` about what `json` (read from `path`, `line`) has that was not told yet.
    func note(_ json: JSONArticle, path: String, line: Int?, warn: (@Sendable (InputProblem) -> Void)?) {
        guard let warn else { return }
        for field in json.unusedFields where told.insert("unused " + field).inserted {
            warn(
                InputProblem(
                    path: path, line: line,
                    reason: "field \"\(field)\" is not used by Hearsay (said once per file; the article is stored)"))
        }
    }
}
