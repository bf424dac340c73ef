import HearsayModel
import HearsayText

/// Finds the words that soften a claim: "reportedly", "allegedly", "at least", "some", "about".
///
/// ```swift
/// Hedges.find(in: "The mayor reportedly met about 40 donors.")  // ["reportedly", "about"]
/// ```
///
/// Approximators that are also ordinary words ("about", "around", "over", "under") count only
/// right before a number; the rest count wherever they stand.
public enum Hedges {
    /// The hedges in `text`, lower-cased, in order, each once.
    public static func find(in text: String) -> [String] {
        let document = Document(text: text)
        let words = document.words
        return find(document.folded, words: words)
    }

    /// The hedges among `words` of the folded text `s`.
    static func find(_ s: [Unicode.Scalar], words: [ClaimWord]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            var matched = false
            for phrase in byFirstWord[words[i].lower] ?? [] where i + phrase.words.count <= words.count {
                var ok = true
                for (n, part) in phrase.keys.enumerated() where words[i + n].lower != part {
                    ok = false
                    break
                }
                guard ok else { continue }
                let after = i + phrase.words.count
                if phrase.needsNumber {
                    guard after < words.count, Figures.readNumber(s, words, at: after) != nil else { continue }
                }
                if !out.contains(phrase.text) { out.append(phrase.text) }
                i = after
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return out
    }

    private struct Phrase {
        var words: [String]
        var needsNumber: Bool
        var keys: [WordKey] { words.map { WordKey($0) } }
        var text: String { words.joined(separator: " ") }
    }

    /// A phrase as the finder matches it: its words as keys and its text.
    private struct KeyedPhrase {
        var words: [WordKey]
        var keys: [WordKey] { words }
        var text: String
        var needsNumber: Bool
    }

    /// The phrases by their first word, longest first.
    private static let byFirstWord: WordMap<[KeyedPhrase]> = {
        let keyed = phrases.map { KeyedPhrase(words: $0.keys, text: $0.text, needsNumber: $0.needsNumber) }
        let groups = Dictionary(grouping: keyed) { $0.words[0].value }
        return WordMap(groups.map { (WordKey(value: $0.key), $0.value) })
    }()

    /// Hedge phrases, longest first so "at least" wins over nothing and "more than" over "more".
    private static let phrases: [Phrase] = {
        let anywhere = Lexicons.hedges
        let beforeNumber = Lexicons.hedgesBeforeNumbers
        let all =
            anywhere.map { Phrase(words: $0.split(separator: " ").map(String.init), needsNumber: false) }
            + beforeNumber.map { Phrase(words: $0.split(separator: " ").map(String.init), needsNumber: true) }
        return all.sorted { $0.words.count > $1.words.count }
    }()
}
