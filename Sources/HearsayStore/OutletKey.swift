import HearsayText

/// How an outlet typed by a user finds the outlet as articles spell it.
///
/// The stored `source` is kept as the article gave it (that is what exports carry). Matching uses
/// a key: ASCII letters lower-cased, a leading "the" dropped, spaces and punctuation removed, so
/// "Quay Courier", "the quay-courier" and "QUAY COURIER" are one outlet. Short forms that no
/// rule can expand ("wash-post") are named in `Lexicons/outlet-names.txt`, which gives the
/// display name that also matches ("Washington Post" finds "wash-post").
public enum OutletKey {
    /// The characters the key leaves out.
    static let ignored: [Character] = [" ", "-", "_", ".", ",", "'", "’", "&", "/", ":", "!"]

    /// The key of `name`; the same as ``sql(_:)`` computes in SQL.
    public static func key(_ name: String) -> String {
        var lowered = String(
            name.unicodeScalars.map { $0.isASCII ? Character($0.properties.lowercaseMapping) : Character($0) })
        for prefix in ["the ", "the-", "the_"] where lowered.hasPrefix(prefix) {
            lowered.removeFirst(prefix.count)
        }
        return String(lowered.filter { !ignored.contains($0) })
    }

    /// The key of the text in `column`, as SQL (SQLite's `lower` folds ASCII only, like ``key(_:)``).
    static func sql(_ column: String) -> String {
        let lowered = "lower(\(column))"
        var expression =
            "CASE WHEN substr(\(lowered), 1, 4) IN ('the ', 'the-', 'the_') THEN substr(\(lowered), 5) ELSE \(lowered) END"
        for character in ignored {
            let literal = character == "'" ? "''''" : "'\(character)'"
            expression = "replace(\(expression), \(literal), '')"
        }
        return expression
    }

    /// Display names of outlets written in short, by key (`Lexicons/outlet-names.txt`).
    static let displayNames: [String: String] = {
        LexiconFile.dictionary(Lexicons.outletNames)
    }()

    /// The name to show for an outlet stored as `source`: the list's display name, else as stored.
    public static func displayName(_ source: String) -> String {
        displayNames[key(source)] ?? source
    }

    /// The stored keys that `typed` names: its own key and every short form whose display name has that key.
    static func keys(matching typed: String) -> [String] {
        let wanted = key(typed)
        var keys = [wanted]
        for (short, name) in displayNames.sorted(by: { $0.key < $1.key }) where key(name) == wanted && short != wanted {
            keys.append(short)
        }
        return keys
    }
}
