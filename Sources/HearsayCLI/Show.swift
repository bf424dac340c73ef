import ArgumentParser
import Foundation
import HearsayModel
import HearsayStore

extension Hearsay {
    /// `hearsay show ARTICLE`: the text with its quotes marked.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
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
            try output.append(Self.wrap(Self.render(view, colour: useColour), width: Terminal.width))
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
                // No-break spaces keep "{Name Surname 0.90}" on one line when the text is wrapped.
                let name = (mark.speaker ?? "unknown speaker").replacingOccurrences(of: " ", with: "\u{A0}")
                let who = "{\(name)\u{A0}\(String(format: "%.2f", mark.confidence))}"
                out.append(contentsOf: (colour ? "\u{1B}[1;33m\(who)\u{1B}[0m" : who).unicodeScalars)
                position = end
            }
            out.append(contentsOf: scalars[position...])
            return String(out)
        }

        /// Each line of `text` wrapped at spaces to `width` visible columns (colour codes take none);
        /// a word longer than the width stays whole on its own line.
        static func wrap(_ text: String, width: Int) -> String {
            var out: [String] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                var current = ""
                var used = 0
                for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                    let length = visibleLength(word)
                    if used > 0, used + 1 + length > width {
                        out.append(current)
                        current = ""
                        used = 0
                    }
                    if used > 0 {
                        current += " "
                        used += 1
                    }
                    current += word
                    used += length
                }
                out.append(current)
            }
            return out.joined(separator: "\n")
        }

        /// The scalars of `word` a terminal shows: escape sequences (`ESC [ … letter`) left out.
        static func visibleLength(_ word: Substring) -> Int {
            var count = 0
            var inEscape = false
            for scalar in word.unicodeScalars {
                if inEscape {
                    if scalar.properties.isAlphabetic { inEscape = false }
                } else if scalar == "\u{1B}" {
                    inEscape = true
                } else {
                    count += 1
                }
            }
            return count
        }
    }
}
