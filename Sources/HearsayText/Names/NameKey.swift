import HearsayModel

/// A person's name taken apart for comparison: titles and suffixes set aside, the Arabic
/// article (al-/el-) dropped, name elements that bind to the next word ("Abdul Mahdi",
/// "Abu Mahdi", "bin Salman") kept as one unit, and middle initials separated.
///
/// ```swift
/// let n = NameKey.parse("Maj. Gen. Karim al-Hadid Jr.")
/// // n.titles == ["Maj", "Gen"], n.given == "karim", n.surname == "hadid", n.suffix == "jr"
/// ```
public struct ParsedName: Sendable, Hashable {
    /// Titles and roles found in front of the name, as written ("Iraqi", "President").
    public var titles: [String]
    /// The name units in order, folded to lowercase ASCII ("abd mahdi" is one unit).
    public var units: [String]
    /// Single-letter initials written between the given name and the surname ("t" in "Mark T. Esper").
    public var middleInitials: [String]
    /// A generational suffix: "jr", "sr", "ii", "iii", "iv", or nil.
    public var suffix: String?
    /// The name as written with titles removed ("Mark T. Esper").
    public var display: String

    /// The first unit when there are two or more, else nil (a bare surname).
    public var given: String? { units.count >= 2 ? units.first : nil }
    /// The last unit, or nil for an empty name.
    public var surname: String? { units.last }
    /// Units between the given name and the surname.
    public var middle: [String] { units.count > 2 ? Array(units[1..<(units.count - 1)]) : [] }
    /// True when the name is a surname alone ("Mansour", "al-Sadr", "Abdul-Mahdi").
    public var isSurnameOnly: Bool { units.count == 1 }
}

/// How two person names relate.
public enum NameMatch: Sendable, Hashable, Comparable {
    /// Nothing in common that matters.
    case unrelated
    /// The same surname with different given names, initials or suffixes: different people.
    case conflict
    /// One of them is a bare surname equal to the other's surname.
    case surnameOnly
    /// Only the given name's initial agrees ("M. Esper" and "Mark Esper").
    case initialOnly
    /// The same full name under the romanisation key (middle names and initials may be missing on one side).
    case same
}

/// Name normalisation and the romanisation key used to decide whether two spellings name the same person.
///
/// Everything here is a pure function of strings. The phonetic key reduces a word to classes that
/// absorb the variation of romanised Arabic and Persian names: vowels fold to two classes (front
/// `a e i y` and back `o u`), runs of vowels and doubled letters collapse, `q`/`k`/hard `c` are one
/// consonant, `v`/`w` are one, and a final `h` after a vowel is silent. So "Muhandis", "Mohandis" and
/// "Mohandes" share a key, as do "Saleh"/"Salih" and "Qassem"/"Qasem", while "Tim"/"Tom" do not.
public enum NameKey {
    /// Folded lowercase words of `text`: diacritics removed, apostrophes dropped inside words,
    /// hyphens and dots separate ("Adil Abdul-Mahdi" → `["adil", "abdul", "mahdi"]`).
    public static func words(_ text: String) -> [String] {
        NameFolding.words(text).map(\.word)
    }

    /// The name as plain folded words joined by single spaces ("Kata'ib Hezbollah" → "kataib hezbollah").
    public static func normalized(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// Takes a person's name apart: see ``ParsedName``.
    public static func parse(_ name: String) -> ParsedName {
        let raw = NameFolding.words(name)
        let starts = wordStarts(name)
        var words = raw.map(\.word)
        var hyphen = raw.map(\.hyphenAfter)
        let titleEnd = titleLength(words)
        let titles = (0..<titleEnd).map { displayWord(name, starts, $0) }
        words.removeFirst(titleEnd)
        hyphen.removeFirst(titleEnd)
        let display: String
        if titleEnd < starts.count {
            // No title in front: the name itself, trimmed, without copying it first.
            display = starts[titleEnd] == 0 ? trimmed(name) : trimmed(String(name.unicodeScalars.dropFirst(starts[titleEnd])))
        } else {
            display = ""
        }
        // Generational suffix at the end.
        var suffix: String?
        if words.count >= 2, let last = words.last, NameVocabulary.suffixes.contains(last) {
            suffix = last
            words.removeLast()
            hyphen.removeLast()
        }
        // Units: drop the Arabic article, bind Abd/Abu/bin to the next word, set initials aside.
        var units: [String] = []
        var initials: [String] = []
        var k = 0
        while k < words.count {
            var w = words[k]
            let isArticle = NameVocabulary.articles.contains(w)
            if isArticle, k + 1 < words.count, hyphen[k] || (k > 0 && (w == "al" || w == "el")) {
                k += 1
                continue
            }
            if let (head, rest) = splitBoundPrefix(w) {
                units.append(head + " " + rest)
                k += 1
                continue
            }
            w = NameVocabulary.binderForms[w] ?? w
            if NameVocabulary.binders.contains(w), k + 1 < words.count {
                var n = k + 1
                if NameVocabulary.articles.contains(words[n]), n + 1 < words.count { n += 1 }
                units.append(w + " " + words[n])
                k = n + 1
                continue
            }
            if w.unicodeScalars.count == 1, !(units.isEmpty && k == words.count - 1) {
                // An initial: a leading one stands for the given name, others are middle initials.
                if units.isEmpty && initials.isEmpty && k + 1 < words.count {
                    var run = w
                    var m = k + 1
                    while m < words.count - 1, words[m].unicodeScalars.count == 1 {
                        run += words[m]
                        m += 1
                    }
                    units.append(run)
                    k = m
                    continue
                }
                initials.append(w)
                k += 1
                continue
            }
            units.append(w)
            k += 1
        }
        return ParsedName(
            titles: titles, units: units, middleInitials: initials, suffix: suffix,
            display: display)
    }

    /// Words that show a "name" is a piece of a sentence, not a person's name ("He", "The Obama",
    /// "Donald Trump Is", "America Ferrera Sent Donald Trump").
    package static let sentenceWords: Set<String> = NameRuns.notNameWords.union(Lexicons.sentenceWordsInNames)

    /// Whether `name` can be a person's name: it starts with a capital, has one to four name units,
    /// no digits, and no word that belongs to a sentence rather than a name ("He", "The", "Says").
    /// Titles in front are allowed ("Mr. Trump", "Sen. Ann Pell").
    public static func isPlausiblePersonName(_ name: String) -> Bool {
        guard startsWithCapital(name) else { return false }
        return hasPersonNameParts(name, parse(name))
    }

    /// ``isPlausiblePersonName(_:)`` for a caller that has parsed `name` already (`parsed` must be
    /// `parse(name)`), so the name is not taken apart twice.
    public static func isPlausiblePersonName(_ name: String, parsed: ParsedName) -> Bool {
        startsWithCapital(name) && hasPersonNameParts(name, parsed)
    }

    /// The checks of ``isPlausiblePersonName(_:)`` after the capital.
    private static func hasPersonNameParts(_ name: String, _ parsed: ParsedName) -> Bool {
        guard !parsed.units.isEmpty, parsed.units.count <= 4 else { return false }
        // Places are not people: "Iran", "Iowa", "South Florida", "New Jersey", "R-Ohio" (a party and a state).
        if parsed.units.allSatisfy({ Places.isPlace($0) || Places.regionDescriptors.contains($0) }) { return false }
        if parsed.units.count <= 3, Places.regionDescriptors.contains(parsed.units[0]) { return false }
        let head = Array(name.unicodeScalars.prefix(2))
        if head.count == 2, head[1] == "-", ["R", "D", "I"].contains(String(head[0])) { return false }
        for unit in parsed.units {
            for word in unit.split(separator: " ") {
                let w = String(word)
                // Initials ("A. Pell") are letters, not the article "a".
                if w.unicodeScalars.count > 1 || parsed.units.count == 1, sentenceWords.contains(w) { return false }
                if w.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) { return false }
            }
        }
        return true
    }

    /// Whether a name starts with a capital letter, a lowercase particle hyphened or spaced before
    /// a capitalised word aside ("al-Sadr", "van Dorn").
    package static func startsWithCapital(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return false }
        if scalars[first].properties.isUppercase { return true }
        var end = first
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[first..<end]))
        guard NameRuns.nameParticles.contains(word), end + 1 < scalars.count,
            scalars[end] == "-" || scalars[end] == " "
        else { return false }
        return scalars[end + 1].properties.isUppercase
    }

    /// The romanisation key of one word (see the type's summary): "mohandes" → "mBhFndFs".
    public static func phonetic(_ word: String) -> String {
        let s = Array(word.unicodeScalars)
        var out: [Unicode.Scalar] = []
        var i = 0
        func push(_ c: Unicode.Scalar) {
            if out.last != c { out.append(c) }
        }
        while i < s.count {
            let c = s[i]
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            switch c {
            case "a", "e", "i", "y":
                // A leading y before a vowel is a consonant (Yusuf); elsewhere it is a vowel (Husayn).
                if c == "y", out.isEmpty, let n = next, isVowel(n) { push("y") } else { push("F") }
            case "o", "u":
                if out.last == "F" || out.last == "B" { break }
                push("B")
            case "q", "k": push("k")
            case "c":
                if next == "h" {
                    push("x")
                    i += 2
                    continue
                }
                if let n = next, n == "e" || n == "i" || n == "y" { push("s") } else { push("k") }
            case "p":
                if next == "h" {
                    push("f")
                    i += 2
                    continue
                } else {
                    push("p")
                }
            case "v", "w": push("v")
            case "d":
                if next == "j" {
                    push("j")
                    i += 2
                    continue
                } else {
                    push("d")
                }
            case "z": push("z")
            case "x":
                push("k")
                push("s")
            case "h":
                // A silent final h after a vowel: Saleh / Salih / Saleh.
                if next == nil, let last = out.last, last == "F" || last == "B" { break }
                // "kh" and "gh" stay distinct from k and g; an h after another consonant is kept.
                push("h")
            default: push(c)
            }
            i += 1
        }
        // The vowel of a closed final syllable is the one romanisations disagree on most
        // (Yusuf / Yousef, Mohandis / Mohandes): in a word of two or more syllables it matches any vowel.
        let groups = out.indices.filter { out[$0] == "F" || out[$0] == "B" }
        if groups.count >= 2, let last = groups.last, last < out.count - 1 { out[last] = "V" }
        return String(String.UnicodeScalarView(out))
    }

    private static func isVowel(_ c: Unicode.Scalar) -> Bool {
        c == "a" || c == "e" || c == "i" || c == "o" || c == "u" || c == "y"
    }

    /// The key of a name unit: the phonetic key of each of its words, with a given name's common
    /// English short form replaced by its full form first ("Mike" and "Michael" share a key).
    public static func unitKey(_ unit: String) -> String {
        // Most units are one word: its key, without splitting and joining.
        if !unit.utf8.contains(0x20) { return phonetic(unit) }
        return unit.split(separator: " ").map { phonetic(String($0)) }.joined(separator: "+")
    }

    /// The key of a given-name unit: as ``unitKey(_:)`` after replacing a common English short form
    /// by its full form ("Mike" and "Michael" share a key).
    public static func givenKey(_ unit: String) -> String {
        unitKey(NameVocabulary.nicknames[unit] ?? unit)
    }

    /// The key under which a person's surname is indexed ("Adil Abdul-Mahdi" → the key of "abd mahdi").
    public static func surnameKey(_ name: String) -> String? {
        parse(name).surname.map(unitKey)
    }

    /// The key of the whole name (every unit, initials and titles left out), for exact lookups.
    public static func fullKey(_ name: String) -> String {
        parse(name).units.map(unitKey).joined(separator: " ")
    }

    /// How two person names relate; see ``NameMatch``. Order does not matter.
    ///
    /// ```swift
    /// NameKey.match("Adel Abdul Mahdi", "Adil Abdul-Mahdi")      // .same
    /// NameKey.match("Adel Abdul Mahdi", "Abu Mahdi al-Muhandis") // .unrelated
    /// NameKey.match("Mark Esper", "Mark Milley")                 // .unrelated
    /// NameKey.match("Tom Jones", "Ann Jones")                    // .conflict
    /// ```
    public static func match(_ a: String, _ b: String) -> NameMatch {
        match(parse(a), parse(b))
    }

    /// ``match(_:_:)-(String,String)`` on names already parsed.
    public static func match(_ a: ParsedName, _ b: ParsedName) -> NameMatch {
        guard let sa = a.surname, let sb = b.surname, unitKey(sa) == unitKey(sb) else { return .unrelated }
        // Romanisations agree on the first letter of each word (Qassem / Qasem, Muhandis / Mohandes);
        // English names that only sound alike often do not (Coffman / Kofman).
        guard sameInitials(sa, sb) else { return .unrelated }
        if a.isSurnameOnly || b.isSurnameOnly { return .surnameOnly }
        guard let ga = a.given, let gb = b.given else { return .surnameOnly }
        // Jr. and Sr. tell a father from his son; a Roman numeral is often dropped by writers.
        if a.suffix != b.suffix,
            fatherSonSuffixes.contains(a.suffix ?? "") || fatherSonSuffixes.contains(b.suffix ?? "")
        {
            return .conflict
        }
        if !a.middleInitials.isEmpty, !b.middleInitials.isEmpty, a.middleInitials != b.middleInitials {
            return .conflict
        }
        let ka = givenKey(ga)
        let kb = givenKey(gb)
        if ka != kb || !sameInitials(NameVocabulary.nicknames[ga] ?? ga, NameVocabulary.nicknames[gb] ?? gb) {
            let shortA = ga.unicodeScalars.count <= 3 && !ga.contains(" ")
            let shortB = gb.unicodeScalars.count <= 3 && !gb.contains(" ")
            // "J" or "JD" against "James": initials only.
            if (ga.unicodeScalars.count < 3 && shortA && gb.unicodeScalars.first == ga.unicodeScalars.first)
                || (gb.unicodeScalars.count < 3 && shortB && ga.unicodeScalars.first == gb.unicodeScalars.first)
            {
                return .initialOnly
            }
            return .conflict
        }
        // Middle names: where both give one, they must agree (as names or as initials).
        let ma = a.middle.map(unitKey)
        let mb = b.middle.map(unitKey)
        if !ma.isEmpty, !mb.isEmpty, ma != mb { return .conflict }
        let initialsA = a.middle.compactMap { $0.unicodeScalars.first.map(String.init) } + a.middleInitials
        let initialsB = b.middle.compactMap { $0.unicodeScalars.first.map(String.init) } + b.middleInitials
        if !a.middleInitials.isEmpty || !b.middleInitials.isEmpty,
            !initialsA.isEmpty, !initialsB.isEmpty, Set(initialsA).isDisjoint(with: initialsB)
        {
            return .conflict
        }
        return .same
    }

    /// Whether each word of two units starts with the same letter.
    package static func sameInitials(_ a: String, _ b: String) -> Bool {
        let wa = a.split(separator: " ").map { $0.unicodeScalars.first }
        let wb = b.split(separator: " ").map { $0.unicodeScalars.first }
        return wa == wb
    }

    /// Suffixes that tell a father from his son ("Jr.", "Sr.").
    private static let fatherSonSuffixes = Set(Lexicons.fatherSonSuffixes)

    /// A unit written as one word that starts with a binding element ("Abdulmahdi" → ("abd", "mahdi")).
    private static func splitBoundPrefix(_ w: String) -> (String, String)? {
        // Most words start with no prefix's first letter: they are let through without a comparison.
        guard let lead = w.utf8.first, boundPrefixLeads.contains(lead) else { return nil }
        for prefix in Lexicons.abdPrefixes where w.hasPrefix(prefix) {
            let rest = String(w.dropFirst(prefix.count))
            if rest.unicodeScalars.count >= 3 { return ("abd", rest) }
        }
        return nil
    }

    /// The first bytes of the binding prefixes.
    private static let boundPrefixLeads: Set<UInt8> = Set(Lexicons.abdPrefixes.compactMap(\.utf8.first))

    /// How many leading words of a name are titles: everything up to the last title word that
    /// still leaves a word after it, with a portfolio ("of State", "for Foreign Affairs") attached.
    package static func titleLength(_ words: [String]) -> Int {
        var end = 0
        var i = 0
        while i < words.count - 1 {
            if NameVocabulary.titleWords.contains(words[i]) {
                end = i + 1
                var j = i + 1
                if j < words.count - 1, words[j] == "of" || words[j] == "for" {
                    j += 1
                    if j < words.count - 1, words[j] == "the" { j += 1 }
                    var k = j
                    while k < words.count - 1, NameVocabulary.portfolioWords.contains(words[k]) { k += 1 }
                    if k > j {
                        end = k
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        return end
    }

    /// The scalar offset at which each word of `name` (as split by ``words(_:)``) starts.
    private static func wordStarts(_ name: String) -> [Int] {
        var out: [Int] = []
        var inWord = false
        for (offset, scalar) in name.unicodeScalars.enumerated() {
            let v = scalar.value
            // ASCII without building a String per scalar; the same answers as `NameFolding.letters(_:)`:
            // letters and digits start a word, an apostrophe or backtick neither starts nor ends one.
            let isLetter: Bool?
            if v < 0x80 {
                isLetter = v &- 0x41 < 26 || v &- 0x61 < 26 || v &- 0x30 < 10 ? true : (v == 0x27 || v == 0x60 ? false : nil)
            } else {
                isLetter = NameFolding.letters(scalar).map { !$0.isEmpty }
            }
            if let isLetter {
                if !inWord && isLetter {
                    out.append(offset)
                    inWord = true
                }
            } else {
                inWord = false
            }
        }
        return out
    }

    /// Word `index` of `name` as written, without trailing punctuation.
    private static func displayWord(_ name: String, _ starts: [Int], _ index: Int) -> String {
        let end = index + 1 < starts.count ? starts[index + 1] : name.unicodeScalars.count
        let slice = name.unicodeScalars.dropFirst(starts[index]).prefix(end - starts[index])
        return trimmed(String(String.UnicodeScalarView(slice)))
    }

    /// `text` without spaces, commas and dashes at either end (a final dot of "Jr." is kept).
    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        // Most names have nothing to trim: they are returned as they are, not copied.
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(Substring(scalars[start..<end]))
    }

    /// Spaces, commas, dashes, semicolons, colons, line breaks, tabs and no-break spaces.
    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x2C, 0x2D, 0x3B, 0x3A, 0x0A, 0x09, 0xA0: return true
        default: return false
        }
    }
}
