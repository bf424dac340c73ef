import ArgumentParser

/// Bounds on what `--search` and `who` take, so one query cannot hold the database for minutes.
enum SearchLimits {
    /// The longest search text, in characters.
    static let maxCharacters = 1_000
    /// The most words in one search.
    static let maxWords = 64

    /// Throws a usage error naming `what` when `text` is longer or has more words than allowed.
    static func check(_ text: String, what: String) throws {
        let characters = text.count
        if characters > maxCharacters {
            throw ValidationError(
                "\(what) is \(characters) characters long; at most \(maxCharacters) are taken")
        }
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let letter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if letter, !inWord { words += 1 }
            inWord = letter
        }
        if words > maxWords {
            throw ValidationError("\(what) has \(words) words; at most \(maxWords) are taken")
        }
    }
}
