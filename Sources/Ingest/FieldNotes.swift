/// The warnings of one JSON file: each unused field and each unreadable date field once, at the
/// first line it appears on.
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
        if let (field, value) = json.unreadableDate, told.insert("date " + field).inserted {
            warn(
                InputProblem(
                    path: path, line: line,
                    reason: "field \"\(field)\" holds \(value.debugDescription), not a date Hearsay can read "
                        + "(stored as written; said once per file)"))
        }
    }
}
