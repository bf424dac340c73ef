import HearsayModel
import HearsayText

/// A statement in the text that two names name the same entity.
public struct AliasStatement: Sendable, Hashable {
    /// How the article states the alias.
    public enum Form: String, Sendable, Hashable, Codable {
        /// `X (also, Y)`, `X (a.k.a. Y)`, `X (also known as Y)`.
        case parenthetical
        /// `X, also known as Y`, `X, better known as Y`, `X, also called Y`.
        case alsoKnownAs
        /// `X, better known by his nom de guerre, Y`.
        case nomDeGuerre
        /// `X, whose real name is Y`, `X, whose full name is Y`.
        case realName
        /// `Long Name (LN)`: an acronym defined in parentheses.
        case acronym
    }

    /// The name the statement is about (titles removed), or nil when its subject is a pronoun or a
    /// relative clause whose antecedent is not a name ("He is an ally of X who is better known as Y"):
    /// the caller resolves the subject, which lies before ``marker``.
    public var name: TextSpan?
    /// The other name.
    public var alias: TextSpan
    /// How it is stated.
    public var form: Form
    /// The wording that states it ("also known as", "(also,", "nom de guerre,").
    public var marker: TextSpan
    /// The text of ``name``, or nil.
    public var nameText: String?
    /// The text of ``alias``.
    public var aliasText: String
}

/// Finds explicit alias statements and acronym definitions in an article.
///
/// ```swift
/// let found = AliasFinder.find(in: Document(text: "Omar Tamimi (also, Abu Karim al-Basri) spoke."))
/// // found[0].nameText == "Omar Tamimi", found[0].aliasText == "Abu Karim al-Basri"
/// ```
/// A single pass over the folded scalars looks for the marker phrases; the names on each side are
/// read as runs of capitalised words.
public enum AliasFinder {
    private struct Marker {
        let phrase: [Unicode.Scalar]
        let form: AliasStatement.Form
        let parenthesised: Bool
        init(_ phrase: String, _ form: AliasStatement.Form, paren: Bool = false) {
            self.phrase = Array(phrase.unicodeScalars)
            self.form = form
            self.parenthesised = paren
        }
    }

    // Longest first, so "(also known as " wins over "(also ".
    private static let markers: [Marker] = LexiconFile.pairs(Lexicons.aliasMarkers).map { phrase, form in
        guard let form = AliasStatement.Form(rawValue: form) else {
            preconditionFailure("Lexicons/alias-markers.txt: unknown form \(form)")
        }
        return Marker(phrase + " ", form, paren: phrase.hasPrefix("("))
    }

    /// Words an acronym's letters may skip in the long name ("Ministry of the Interior").
    private static let acronymSkippable = Set(Lexicons.acronymSkippableWords)

    /// Words that may sit between the subject and the marker ("X, who is better known as Y").
    private static let connectors: Set<String> = Set(Lexicons.aliasConnectors)

    /// The first two scalars of every marker, lowercased: a cheap gate before comparing phrases.
    private static let markerHeads: [(Unicode.Scalar, Unicode.Scalar)] = {
        var out: [(Unicode.Scalar, Unicode.Scalar)] = []
        for m in markers where !out.contains(where: { $0 == (m.phrase[0], m.phrase[1]) }) {
            out.append((m.phrase[0], m.phrase[1]))
        }
        return out
    }()

    /// The first scalars of the markers, as bits of their ASCII values.
    private static let firstLetters: UInt128 = markers.reduce(0) { $0 | (1 << UInt128($1.phrase[0].value)) }

    /// Every alias statement and acronym definition in `document`, in text order.
    public static func find(in document: Document) -> [AliasStatement] {
        find(in: document) { look in WordStartIndex.forEachStart(in: document, paren: look, look) }
    }

    /// ``find(in:)-(Document)`` and the document's ``WordStartIndex``, from one reading of its word
    /// starts rather than one each (they are read from every token of the article).
    static func findIndexing(_ document: Document) -> (found: [AliasStatement], index: WordStartIndex) {
        var index: WordStartIndex?
        let found = find(in: document) { look in index = WordStartIndex(document, visiting: look) }
        return (found, index ?? WordStartIndex(document))
    }

    /// The alias statements and acronym definitions of `document`, looking at each place that
    /// `starts` gives its body: every word start and "(", in text order.
    private static func find(in document: Document, starts: ((Int) -> Void) -> Void) -> [AliasStatement] {
        let s = document.folded
        var out: [AliasStatement] = []
        let end = s.count - 1
        // Markers open a word or are a parenthesis, and only a parenthesis opens an acronym: the
        // word starts and the parentheses, in text order, are the only places to look.
        let heads = markerHeads
        let firsts = firstLetters
        var next = 0
        func look(_ i: Int) {
            guard i < end, i >= next else { return }
            let c = s[i]
            if c == "(", let found = acronym(at: i, in: s) {
                out.append(found)
                next = i + 1
                return
            }
            let a = NameRuns.lower(c)
            // Most words cannot open a marker: their first letter says so without the pair table.
            guard a.value < 0x80, firsts & (1 << UInt128(a.value)) != 0 else { return }
            let b = NameRuns.lower(s[i + 1])
            guard heads.contains(where: { $0.0 == a && $0.1 == b }) else { return }
            for m in markers where NameRuns.hasPhrase(s, at: i, m.phrase) {
                if let found = statement(marker: m, at: i, in: s) {
                    out.append(found)
                    next = i + m.phrase.count
                }
                break
            }
        }
        starts(look)
        return out
    }

    /// ``find(in:)-(Document)`` on a plain string.
    public static func find(in text: String) -> [AliasStatement] {
        find(in: Document(text: text))
    }

    private static func statement(marker m: Marker, at i: Int, in s: [Unicode.Scalar]) -> AliasStatement? {
        let afterMarker = i + m.phrase.count
        guard var alias = NameRuns.runStarting(at: afterMarker, in: s, allowThe: true) else { return nil }
        if m.parenthesised {
            // The alias must close the parenthesis.
            var e = alias.end
            while e < s.count, s[e] == " " { e += 1 }
            guard e < s.count, s[e] == ")" else { return nil }
        }
        alias = NameRuns.withoutTitles(s, alias)
        let markerSpan = TextSpan(start: i, end: afterMarker)
        var name: TextSpan?
        if m.parenthesised {
            name = NameRuns.runEnding(at: i, in: s).map { NameRuns.withoutTitles(s, $0) }
        } else {
            // Step back over connector words ("who is better") to the comma that closes the subject.
            var cursor = i
            while true {
                var e = cursor
                while e > 0, s[e - 1] == " " { e -= 1 }
                guard let w = NameRuns.wordEnding(at: e, in: s) else {
                    cursor = e
                    break
                }
                let word = NameRuns.lowerWord(s, w)
                guard connectors.contains(word) || ((word == "his" || word == "her") && m.form == .nomDeGuerre)
                else {
                    cursor = e
                    break
                }
                cursor = w.start
            }
            // Without a comma the subject is a description ("an ally of Iran who is better known as Y")
            // or the alias is a common noun: leave the subject to the caller.
            if cursor > 0, s[cursor - 1] == "," {
                name = NameRuns.runEnding(at: cursor - 1, in: s).map { NameRuns.withoutTitles(s, $0) }
            }
        }
        return AliasStatement(
            name: name, alias: alias, form: m.form, marker: markerSpan,
            nameText: name.map { NameRuns.text(s, $0) }, aliasText: NameRuns.text(s, alias))
    }

    /// `Long Name (LN)`: the parenthesis holds 2 to 8 capitals that are the initials of the words before it.
    private static func acronym(at open: Int, in s: [Unicode.Scalar]) -> AliasStatement? {
        var close = open + 1
        while close < s.count, close - open <= 9, NameRuns.isUpper(s[close]) || s[close] == "-" { close += 1 }
        // Allow a plural or possessive lowercase s after the capitals only when closing right after ("PMUs").
        guard close < s.count, s[close] == ")" else { return nil }
        let letters = s[(open + 1)..<close].filter { $0 != "-" }
        guard letters.count >= 2, letters.count <= 8 else { return nil }
        var need = Array(letters)
        var e = open
        while e > 0, s[e - 1] == " " { e -= 1 }
        let end = e
        var start = end
        var cursor = end
        let skippable = acronymSkippable
        while !need.isEmpty, let w = NameRuns.wordEnding(at: cursor, in: s) {
            let word = NameRuns.lowerWord(s, w)
            if NameRuns.isUpper(s[w.start]) {
                // A hyphenated word may give one initial per part ("Anti-Corruption" → AC).
                var initials: [Unicode.Scalar] = [s[w.start]]
                for k in w.start..<w.end where s[k] == "-" && k + 1 < w.end && NameRuns.isUpper(s[k + 1]) {
                    initials.append(s[k + 1])
                }
                if need.count >= initials.count, Array(need.suffix(initials.count)) == initials {
                    need.removeLast(initials.count)
                } else if let last = need.last, last == initials[0] {
                    need.removeLast()
                } else {
                    return nil
                }
                start = w.start
            } else if !skippable.contains(word) || start == end {
                return nil
            }
            guard w.start > 0, s[w.start - 1] == " " else { break }
            cursor = w.start - 1
        }
        guard need.isEmpty, start < end else { return nil }
        let nameSpan = TextSpan(start: start, end: end)
        let aliasSpan = TextSpan(start: open + 1, end: close)
        return AliasStatement(
            name: nameSpan, alias: aliasSpan, form: .acronym, marker: TextSpan(start: open, end: close + 1),
            nameText: NameRuns.text(s, nameSpan), aliasText: NameRuns.text(s, aliasSpan))
    }
}
