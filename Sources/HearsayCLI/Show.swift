import ArgumentParser
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay show ARTICLE`: the text with its quotes marked.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an article with every quote marked and its speaker named beside it.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The article's key (its JSON id or file path), or the end of it.")
        var article: String

        @Flag(inversion: .prefixedNo, help: "Colour the quotes (default: when printing to a terminal).")
        var colour: Bool?

        func run() throws {
            let store = try database.openForReading()
            let view = try store.article(article)
            let output = OutputBuffer()
            let useColour = colour ?? Terminal.colour
            try output.append("\(view.key)\n")
            for (label, value) in [
                ("title", view.title), ("outlet", view.source), ("date", view.date), ("url", view.url),
                ("author", view.author),
            ] {
                if let value { try output.append("  \(label): \(value)\n") }
            }
            try output.append("  \(view.marks.count) quote\(view.marks.count == 1 ? "" : "s")\n\n")
            try output.append(Self.render(view, colour: useColour))
            try output.append("\n")
            try output.flush()
        }

        /// The text with `[[…]]` (or colour) around each quote and `{speaker}` after it.
        static func render(_ view: ArticleView, colour: Bool) -> String {
            let scalars = Array(view.text.unicodeScalars)
            var out = String.UnicodeScalarView()
            var position = 0
            let open = colour ? "\u{1B}[36m" : "[["
            let close = colour ? "\u{1B}[0m" : "]]"
            for mark in view.marks {
                let start = min(max(mark.start, position), scalars.count)
                let end = min(max(mark.end, start), scalars.count)
                out.append(contentsOf: scalars[position..<start])
                out.append(contentsOf: open.unicodeScalars)
                out.append(contentsOf: scalars[start..<end])
                out.append(contentsOf: close.unicodeScalars)
                let who = "{\(mark.speaker ?? "unknown speaker")}"
                out.append(contentsOf: (colour ? "\u{1B}[1;33m\(who)\u{1B}[0m" : who).unicodeScalars)
                position = end
            }
            out.append(contentsOf: scalars[position...])
            return String(out)
        }
    }
}
