/// Turns what a user typed into an FTS5 query, understanding a little search syntax and taking
/// everything else literally.
///
/// Understood: `"a phrase"`, a prefix `rig*`, `OR` (upper case) between two terms, and `NOT term`
/// or `-term` to leave a term out. Every other word becomes a quoted string, so `AND`, `NEAR`,
/// `:`, `^`, parentheses and stray quotes are searched as words (or dropped when they hold no
/// letters or digits) and no input can be an FTS5 syntax error. Terms are all required unless
/// joined by `OR`. See <https://sqlite.org/fts5.html#full_text_query_syntax>.
enum FullTextQuery {
    /// One piece of the input: a quoted phrase or a bare word.
    private enum Token {
        case phrase([Unicode.Scalar])
        case word(String)
    }

    /// The FTS5 query for `text`.
    static func allWords(_ text: String) throws -> String {
        var required: [[String]] = []
        var excluded: [String] = []
        var pendingOr = false
        var pendingNot = false
        let tokens = tokenize(text)
        for (index, token) in tokens.enumerated() {
            var negated = pendingNot
            pendingNot = false
            let term: String?
            switch token {
            case .phrase(let scalars):
                term = quoted(scalars)
            case .word(let word):
                let hasNext = index + 1 < tokens.count
                if word == "OR", !required.isEmpty, hasNext, !negated {
                    pendingOr = true
                    continue
                }
                if word == "NOT", hasNext, !negated {
                    pendingNot = true
                    continue
                }
                var body = word
                if body.hasPrefix("-"), body.count > 1 {
                    body.removeFirst()
                    negated = true
                }
                if body.hasSuffix("*"), body.count > 1 {
                    term = quoted(Array(body.dropLast().unicodeScalars)).map { $0 + "*" }
                } else {
                    term = quoted(Array(body.unicodeScalars))
                }
            }
            guard let term else { continue }
            if negated {
                excluded.append(term)
            } else if pendingOr, !required.isEmpty {
                required[required.count - 1].append(term)
            } else {
                required.append([term])
            }
            pendingOr = false
        }
        // Only exclusions: FTS5 needs something to exclude from, so the words are searched instead.
        if required.isEmpty {
            required = excluded.map { [$0] }
            excluded = []
        }
        guard !required.isEmpty else { throw emptySearch(text) }
        var query = required.map { $0.count == 1 ? $0[0] : "(" + $0.joined(separator: " OR ") + ")" }
            .joined(separator: " AND ")
        if !excluded.isEmpty {
            query = "(" + query + ")" + excluded.map { " NOT " + $0 }.joined()
        }
        return required.count == 1 && excluded.isEmpty ? query : "(" + query + ")"
    }

    /// `text` as one phrase: its words in this order, next to each other.
    static func phrase(_ text: String) throws -> String {
        let scalars = text.unicodeScalars.filter { $0 != "\"" }
        guard let term = quoted(Array(scalars)) else { throw emptySearch(text) }
        return term
    }

    /// The phrases and words of `text`; an unbalanced quote's words are plain words.
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var phrase: [Unicode.Scalar] = []
        var inPhrase = false
        var word = ""
        func flushWord() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                if inPhrase {
                    tokens.append(.phrase(phrase))
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
                word.unicodeScalars.append(scalar)
            }
        }
        if inPhrase {
            for piece in String(String.UnicodeScalarView(phrase)).split(whereSeparator: { $0.isWhitespace }) {
                tokens.append(.word(String(piece)))
            }
        }
        flushWord()
        return tokens
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
