import HearsayText

/// A word list matched against the class and id names of elements (`"article-body main"`).
///
/// Words of four letters or more match anywhere inside a name ("comment" in `commentlist`); shorter
/// words only as a whole part between punctuation or a change of case ("ad" in `top-ad`, not in `header`).
struct NameWords: Sendable {
    private let long: [[UInt8]]
    private let short: Set<[UInt8]>

    /// A matcher for `words` (lower case); with `wholeParts`, every word matches only as a whole part.
    init(_ words: [String], wholeParts: Bool = false) {
        let minimum = wholeParts ? Int.max : 4
        long = words.filter { $0.utf8.count >= minimum }.map { Array($0.utf8) }
        short = Set(words.filter { $0.utf8.count < minimum }.map { Array($0.utf8) })
    }

    /// The furniture words of `Lexicons/web-boilerplate-names.txt`.
    static let boilerplate = NameWords(Lexicons.webBoilerplateNames)
    /// The content words of `Lexicons/web-content-names.txt`.
    static let content = NameWords(Lexicons.webContentNames)
    /// The score-lowering words of `Lexicons/web-negative-names.txt`.
    static let negative = NameWords(Lexicons.webNegativeNames)

    /// Whether `names` (class and id joined by a space) holds one of the words.
    func matches(_ names: String) -> Bool {
        if names.isEmpty { return false }
        var lower: [UInt8] = []
        lower.reserveCapacity(names.utf8.count)
        var parts: [[UInt8]] = []
        var part: [UInt8] = []
        var previousLower = false
        for byte in names.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            let folded = isUpper ? byte | 0x20 : byte
            lower.append(folded)
            if isUpper && previousLower && !part.isEmpty {
                parts.append(part)
                part = []
            }
            if isUpper || isLower || isDigit || byte >= 0x80 {
                part.append(folded)
            } else if !part.isEmpty {
                parts.append(part)
                part = []
            }
            previousLower = isLower
        }
        if !part.isEmpty { parts.append(part) }
        for p in parts where short.contains(p) { return true }
        for word in long where Self.contains(lower, word) { return true }
        return false
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

extension NameWords {
    /// Names of byline elements.
    static let bylines = NameWords(Lexicons.webBylineNames, wholeParts: true)
    /// Names of page parts whose author links are not the byline.
    static let bylineFurniture = NameWords(Lexicons.webBylineFurnitureNames)
    /// Names of share and follow boxes.
    static let share = NameWords(Lexicons.webShareNames)
}
