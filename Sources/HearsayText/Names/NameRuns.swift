import HearsayModel

/// Reading capitalised name runs and literal phrases on a document's folded scalars.
/// Shared by ``AliasFinder`` and ``RoleReader``; every function is a plain scan over `[Unicode.Scalar]`.
public enum NameRuns {
    /// Lowercase words that never start or continue a name even when capitalised at a sentence start.
    package static let notNameWords: Set<String> = Set(Lexicons.notNameRunWords)

    /// Lowercase words allowed inside a name run ("Abu Mahdi al-Sadr", "Ludwig van Dorn").
    package static let nameParticles: Set<String> = Set(Lexicons.nameRunParticles)

    /// A letter (``ScalarClass/isLetter(_:)``).
    @inlinable @inline(__always) public static func isLetter(_ c: Unicode.Scalar) -> Bool { ScalarClass.isLetter(c) }
    /// An upper-case letter (``ScalarClass/isUpper(_:)``).
    @inlinable @inline(__always) public static func isUpper(_ c: Unicode.Scalar) -> Bool { ScalarClass.isUpper(c) }
    /// A letter or an ASCII digit: what a name run is made of.
    @inlinable @inline(__always) public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isLetterOrDigit(c)
    }
    package static func isJoiner(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "'" }

    /// Lowercased ASCII letters of a scalar (others unchanged).
    package static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value >= 0x41 && c.value <= 0x5A, let l = Unicode.Scalar(c.value + 32) { return l }
        return c
    }

    /// True when `s` holds `phrase` (lowercase ASCII) at `i`, ignoring case.
    package static func hasPhrase(_ s: [Unicode.Scalar], at i: Int, _ phrase: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i + phrase.count <= s.count else { return false }
        for k in 0..<phrase.count where lower(s[i + k]) != phrase[k] { return false }
        return true
    }

    /// The word that ends just before `end` (letters, digits, inner hyphens and apostrophes, and an
    /// initial's dot), or nil when `end` is not preceded by a word character.
    package static func wordEnding(at end: Int, in s: [Unicode.Scalar], lower bound: Int = 0) -> TextSpan? {
        let e = end
        // Initials with their dots: "T.", "U.S.", "H.R."
        if e - 2 >= bound, s[e - 1] == ".", isUpper(s[e - 2]), e - 3 < bound || !isWordScalar(s[e - 3]) {
            var b = e - 2
            while b - 2 >= bound, s[b - 1] == ".", isUpper(s[b - 2]), b - 3 < bound || !isWordScalar(s[b - 3]) {
                b -= 2
            }
            return TextSpan(start: b, end: e)
        }
        guard e - 1 >= bound, isWordScalar(s[e - 1]) else { return nil }
        var b = e - 1
        while b - 1 >= bound, isWordScalar(s[b - 1]) || (isJoiner(s[b - 1]) && b - 2 >= bound && isWordScalar(s[b - 2]))
        {
            b -= 1
        }
        return TextSpan(start: b, end: e)
    }

    /// The word that starts at `start` (see ``wordEnding(at:in:lower:)``), or nil.
    package static func wordStarting(at start: Int, in s: [Unicode.Scalar], upper bound: Int? = nil) -> TextSpan? {
        let limit = bound ?? s.count
        guard start < limit, isWordScalar(s[start]) else { return nil }
        var e = start + 1
        while e < limit, isWordScalar(s[e]) || (isJoiner(s[e]) && e + 1 < limit && isWordScalar(s[e + 1])) {
            e += 1
        }
        if e - start == 1, e < limit, s[e] == ".", isUpper(s[start]) {
            e += 1
            while e + 1 < limit, isUpper(s[e]), s[e + 1] == ".", e + 2 >= limit || !isWordScalar(s[e + 2]) { e += 2 }
        }
        return TextSpan(start: start, end: e)
    }

    /// The folded lowercase text of a word span ("Al-Sadr" → "al-sadr").
    package static func lowerWord(_ s: [Unicode.Scalar], _ span: TextSpan) -> String {
        ScalarString.make(s, span.start..<span.end, map: lower)
    }

    /// ``lowerWord(_:_:)`` without dots, hyphens and apostrophes, as title words are listed
    /// (the same as `lowerWord(s, span).replacingDots()`: "Gen." → "gen", "Vice-President" → "vicepresident").
    package static func bareWord(_ s: [Unicode.Scalar], _ span: TextSpan) -> String {
        ScalarString.make(s, span.start..<span.end) { c in c == "." || c == "-" || c == "'" ? nil : lower(c) }
    }

    /// Whether a word starts with a capital, or is a particle hyphened to a capitalised word ("al-Sadr").
    package static func isCapitalised(_ s: [Unicode.Scalar], _ w: TextSpan) -> Bool {
        if isUpper(s[w.start]) { return true }
        var k = w.start
        while k < w.end, s[k] != "-" { k += 1 }
        return k + 1 < w.end && isUpper(s[k + 1])
    }

    /// Whether a word can be part of a name: capitalised and not a function word, or a name particle.
    package static func isNameWord(_ s: [Unicode.Scalar], _ w: TextSpan) -> Bool {
        let text = lowerWord(s, w)
        let bare = text.split(separator: "-").first.map(String.init) ?? text
        if nameParticles.contains(bare) && text.contains("-") { return true }
        if nameParticles.contains(text) { return true }
        guard isUpper(s[w.start]) else { return false }
        return !notNameWords.contains(text)
    }

    /// The run of name words that ends just before `end` (spaces before `end` skipped), starting with a
    /// capitalised word. A possessive "'s" ends the run. Nil when no name word precedes.
    package static func runEnding(at end: Int, in s: [Unicode.Scalar], lower bound: Int = 0, maxWords: Int = 6)
        -> TextSpan?
    {
        var e = end
        while e - 1 >= bound, s[e - 1] == " " { e -= 1 }
        var start: Int?
        var cursor = e
        var words = 0
        while words < maxWords, let w = wordEnding(at: cursor, in: s, lower: bound), isNameWord(s, w) {
            start = w.start
            words += 1
            guard w.start - 1 >= bound, s[w.start - 1] == " " else { break }
            cursor = w.start - 1
        }
        guard var a = start else { return nil }
        // The run must begin with a capitalised word, not a particle.
        while a < e, let w = wordStarting(at: a, in: s, upper: e), !isCapitalised(s, w) {
            a = w.end + 1
        }
        return a < e ? TextSpan(start: a, end: e) : nil
    }

    /// The run of name words starting at `start` (spaces and an opening quote mark skipped).
    package static func runStarting(
        at start: Int, in s: [Unicode.Scalar], upper bound: Int? = nil, maxWords: Int = 6, allowThe: Bool = false
    ) -> TextSpan? {
        let limit = bound ?? s.count
        var a = start
        while a < limit, s[a] == " " || s[a] == "\"" || s[a] == "\u{201C}" { a += 1 }
        var end: Int?
        var cursor = a
        var words = 0
        // A nickname may start with "The" ("The Harbourmaster").
        if allowThe, let w = wordStarting(at: a, in: s, upper: limit), lowerWord(s, w) == "the", w.end + 1 < limit,
            s[w.end] == " ", isUpper(s[w.end + 1])
        {
            cursor = w.end + 1
        }
        while words < maxWords, let w = wordStarting(at: cursor, in: s, upper: limit),
            words > 0 ? isNameWord(s, w) : (isCapitalised(s, w) && isNameWord(s, w))
        {
            end = w.end
            words += 1
            guard w.end + 1 < limit, s[w.end] == " " else { break }
            cursor = w.end + 1
        }
        guard var e = end else { return nil }
        // Do not end on a particle.
        while let w = wordEnding(at: e, in: s, lower: a), !isCapitalised(s, w), w.start > a {
            e = w.start - 1
        }
        return TextSpan(start: a, end: e)
    }

    /// The text of `span` in `s`.
    package static func text(_ s: [Unicode.Scalar], _ span: TextSpan) -> String {
        ScalarString.make(s, span.start..<span.end)
    }

    /// `span` without the title words it starts with ("Iraqi President Karim Otani" → "Karim Otani").
    package static func withoutTitles(_ s: [Unicode.Scalar], _ span: TextSpan) -> TextSpan {
        var words: [TextSpan] = []
        var i = span.start
        while i < span.end {
            if let w = wordStarting(at: i, in: s, upper: span.end) {
                words.append(w)
                i = w.end
            } else {
                i += 1
            }
        }
        let folded = words.map { bareWord(s, $0) }
        let n = NameKey.titleLength(folded)
        guard n > 0, n < words.count else { return span }
        return TextSpan(start: words[n].start, end: span.end)
    }
}

extension String {
    /// The string with dots and hyphens removed, as title words are listed ("Gen." → "gen").
    package func replacingDots() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for b in utf8 where b != 0x2E && b != 0x2D && b != 0x27 { out.append(b) }
        return out.count == utf8.count ? self : String(decoding: out, as: UTF8.self)
    }
}
