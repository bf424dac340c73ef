/// Turns what a user typed into an FTS5 query that matches it literally.
///
/// User text is never FTS5 syntax: every word becomes a quoted string, so `AND`, `OR`, `NEAR`,
/// `*`, `:`, `^`, parentheses and stray quotes are searched as words (or dropped when they
/// hold no letters or digits). Double-quoted parts of the input are kept together as phrases.
/// See <https://sqlite.org/fts5.html#full_text_query_syntax>.
enum FullTextQuery {
    /// All the words (and quoted phrases) of `text`, in any order.
    static func allWords(_ text: String) throws -> String {
        var parts: [String] = []
        var phrase: [Unicode.Scalar] = []
        var inPhrase = false
        var word: [Unicode.Scalar] = []
        func flushWord() {
            if let term = quoted(word) { parts.append(term) }
            word.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                if inPhrase {
                    if let term = quoted(phrase) { parts.append(term) }
                    phrase.removeAll()
                } else {
                    flushWord()
                }
                inPhrase.toggle()
            } else if inPhrase {
                phrase.append(scalar)
            } else if scalar.properties.isWhitespace {
                flushWord()
            } else {
                word.append(scalar)
            }
        }
        // An unbalanced quote: its words are searched as plain words.
        if inPhrase {
            for piece in String(String.UnicodeScalarView(phrase)).split(whereSeparator: { $0.isWhitespace }) {
                if let term = quoted(Array(piece.unicodeScalars)) { parts.append(term) }
            }
        }
        flushWord()
        guard !parts.isEmpty else { throw emptySearch(text) }
        return parts.joined(separator: " ")
    }

    /// `text` as one phrase: its words in this order, next to each other.
    static func phrase(_ text: String) throws -> String {
        let scalars = text.unicodeScalars.filter { $0 != "\"" }
        guard let term = quoted(Array(scalars)) else { throw emptySearch(text) }
        return term
    }

    /// `"…"` around the scalars, or nil when they hold no letter or digit (FTS5 would index nothing).
    private static func quoted(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            return nil
        }
        var out = "\""
        for scalar in scalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    private static func emptySearch(_ text: String) -> StoreError {
        StoreError(.badSearch, "nothing to search for in \(text.debugDescription): give at least one word")
    }
}
