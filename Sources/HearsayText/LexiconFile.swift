/// Reads the word lists compiled in from `Lexicons/*.txt`.
///
/// A file holds one entry a line. `#` starts a comment when it opens the line or follows a space;
/// blank lines are skipped; spaces around an entry are trimmed. A line `@include NAME` stands
/// for every entry of `Lexicons/NAME.txt`, in order, so a list shared by several others (the
/// weekday names) is written once. Entries keep their case and order, and repeats are kept,
/// because some callers draw from a list by position.
public enum LexiconFile {
    /// The entries of `Lexicons/NAME.txt`, includes expanded.
    ///
    /// A missing file or an include cycle is a programming error in the data, caught by the
    /// tests, so it stops the program rather than being thrown.
    public static func entries(of name: String) -> [String] {
        entries(of: name, including: [])
    }

    /// Splits each `KEY = VALUE` entry in two, for lists that map a word to something.
    public static func pairs(_ entries: [String]) -> [(key: String, value: String)] {
        entries.map { entry in
            guard let sign = entry.firstRange(of: " = ") else {
                preconditionFailure("lexicon entry \"\(entry)\" is not KEY = VALUE")
            }
            return (String(entry[..<sign.lowerBound]), String(entry[sign.upperBound...]))
        }
    }

    /// The `KEY = VALUE` entries as a dictionary; a key written twice is a data error.
    public static func dictionary(_ entries: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in pairs(entries) {
            precondition(result.updateValue(value, forKey: key) == nil, "lexicon key \"\(key)\" written twice")
        }
        return result
    }

    private static func entries(of name: String, including chain: [String]) -> [String] {
        guard let text = embeddedFiles[name] else { preconditionFailure("no lexicon Lexicons/\(name).txt") }
        precondition(!chain.contains(name), "lexicon include cycle: \((chain + [name]).joined(separator: " > "))")
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let entry = uncommented(line)
            if entry.isEmpty { continue }
            if entry.hasPrefix("@include ") {
                let included = entry.dropFirst("@include ".count).trimmingSpaces()
                result += entries(of: String(included), including: chain + [name])
            } else {
                result.append(String(entry))
            }
        }
        return result
    }

    /// The line without its comment and surrounding spaces.
    private static func uncommented(_ line: Substring) -> Substring {
        var end = line.endIndex
        var previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if c == "#" && (previous == " " || previous == "\t") {
                end = index
                break
            }
            previous = c
        }
        return line[..<end].trimmingSpaces()
    }
}

/// The word lists, one accessor per file in `Lexicons/`, each read once on first use.
public enum Lexicons {}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return s
    }
}
