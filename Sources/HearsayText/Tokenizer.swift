import HearsayModel

/// Splits folded text into words: the one tokenizer of the quote and the claim stages.
///
/// A word is a run of letters and digits with some joiners kept inside it ("it's", "al-Asad",
/// "U.S", "150,000", "2.5"); its key is the FNV-1a hash of its lower-cased scalars
/// (``Normalizer/key(_:)``, ``WordKey``), computed while it is read. Where the two stages read a
/// word differently, and their results depend on it, the difference is a ``TokenRules`` type
/// (``QuoteTokenRules``, ``ClaimTokenRules``) rather than a second tokenizer: the scanning loop
/// is this one, specialised for each.
///
/// ```swift
/// let tokens = Tokenizer.tokens(document.folded)                                 // words and marks
/// let words = Tokenizer.words(document.folded, in: TextSpan(start: 0, end: 40))  // words only
/// ```
package enum Tokenizer {
    /// One word as the scanner read it, before it is made a ``Token`` or a ``ClaimWord``.
    package struct Scanned {
        /// One past the word's last scalar.
        package var end: Int
        /// The FNV-1a key of the lower-cased word.
        package var key: UInt64
        /// How many letters the word holds, and how many of them are upper-case.
        package var letters: Int
        package var uppers: Int
        /// True while no letter, apostrophe or hyphen was read.
        package var digitsOnly: Bool
        /// True when every scalar is ASCII.
        package var ascii: Bool
        /// The joiners inside the word (``Joiners`` bits).
        package var joiners: UInt8
    }

    /// The words and punctuation marks of the folded text `s`, as the quote stages read them
    /// (``QuoteTokenRules``): one ``Token`` per word or number, one per punctuation scalar, held
    /// compactly (``TokenList``).
    ///
    /// The list holds exactly the tokens: a first guess of one token per four scalars is
    /// reserved, and a text denser in tokens is counted once where the guess runs out, so a
    /// 10 MB article never holds a doubled list (issue 13: memory).
    package static func tokens(_ s: [Unicode.Scalar]) -> TokenList {
        var out = TokenList()
        s.withUnsafeBufferPointer { s in
            if s.count >= 1 << 20 {
                // A long text is counted first: the list is then never held twice while it grows.
                var j = 0
                var count = 0
                var keyed = 0
                while let t = nextToken(s, &j) {
                    count += 1
                    if t.kind != .punct || t.mark.value >= 0x80 { keyed += 1 }
                }
                out.reserveCapacity(tokens: count, keys: keyed)
            } else {
                out.reserveCapacity(tokens: s.count / 4 + 1, keys: s.count / 5 + 1)
            }
            var i = 0
            // The room is read again only when it is reserved anew, not once a token.
            var room = out.capacity
            while let token = nextToken(s, &i) {
                if out.count == room.tokens || out.keyCount == room.keys {
                    var j = i
                    var rest = 0
                    var keyed = 0
                    while let t = nextToken(s, &j) {
                        rest += 1
                        if t.kind != .punct || t.mark.value >= 0x80 { keyed += 1 }
                    }
                    out.reserveCapacity(tokens: out.count + 1 + rest, keys: out.keyCount + 1 + keyed)
                    room = out.capacity
                }
                out.append(token)
            }
        }
        return out.compacted()
    }

    /// The token at or after `i` (spaces skipped), moving `i` past it; nil at the end of `s`.
    @inline(__always)
    private static func nextToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: inout Int) -> Token? {
        let n = s.count
        while i < n {
            let c = s[i]
            if Normalizer.isSpace(c) {
                i += 1
                continue
            }
            if !QuoteTokenRules.isWordScalar(c) {
                defer { i += 1 }
                return Token(
                    start: i, end: i + 1, key: Normalizer.key(CollectionOfOne(c)), kind: .punct,
                    capitalized: false, allCaps: false, mark: c)
            }
            let w = scan(s, from: i, to: n, QuoteTokenRules.self)
            defer { i = w.end }
            return Token(
                start: i, end: w.end, key: w.key, kind: w.digitsOnly ? .number : .word,
                capitalized: QuoteTokenRules.isUpper(c), allCaps: w.letters >= 2 && w.uppers == w.letters,
                mark: " ")
        }
        return nil
    }

    /// The words of `span` in the folded text `s`, as the claim stages read them
    /// (``ClaimTokenRules``): punctuation is skipped.
    /// The array holds exactly the words, reserved as ``tokens(_:)`` reserves its tokens.
    package static func words(_ s: [Unicode.Scalar], in span: TextSpan) -> [ClaimWord] {
        var out: [ClaimWord] = []
        var i = max(0, span.start)
        let end = min(s.count, span.end)
        guard i < end else { return out }
        // A long span is counted first, so that its words (millions for a 10 MB paragraph) are
        // never held twice while the array grows or is trimmed (issue 13: memory).
        let long = end - i >= 1 << 20
        out.reserveCapacity(long ? wordCount(s, in: span, upTo: .max) : (end - i) / 5 + 1)
        s.withUnsafeBufferPointer { s in
            while let word = nextWord(s, &i, end) {
                if out.count == out.capacity {
                    var j = i
                    var rest = 0
                    while nextWord(s, &j, end) != nil { rest += 1 }
                    out.reserveCapacity(out.count + 1 + rest)
                }
                out.append(word)
            }
        }
        return out.withExactCapacity()
    }

    /// The number of words ``words(_:in:)`` reads in `span`, counting no further than `limit`
    /// (no array is built: a paragraph of 10 MB is counted in place).
    package static func wordCount(_ s: [Unicode.Scalar], in span: TextSpan, upTo limit: Int) -> Int {
        var i = max(0, span.start)
        let end = min(s.count, span.end)
        guard i < end else { return 0 }
        var n = 0
        s.withUnsafeBufferPointer { s in
            while n < limit, nextWord(s, &i, end) != nil { n += 1 }
        }
        return n
    }

    /// Calls `body` with each word ``words(_:in:)`` reads in `span`, in order, building no array.
    package static func forEachWord(_ s: [Unicode.Scalar], in span: TextSpan, _ body: (ClaimWord) -> Void) {
        var i = max(0, span.start)
        let end = min(s.count, span.end)
        guard i < end else { return }
        s.withUnsafeBufferPointer { s in
            while let word = nextWord(s, &i, end) { body(word) }
        }
    }

    /// Calls `body` with each word ``words(_:in:)`` reads in `span`, in order, until it returns false.
    package static func scanWords(_ s: [Unicode.Scalar], in span: TextSpan, while body: (ClaimWord) -> Bool) {
        var i = max(0, span.start)
        let end = min(s.count, span.end)
        guard i < end else { return }
        s.withUnsafeBufferPointer { s in
            while let word = nextWord(s, &i, end), body(word) {}
        }
    }

    /// The claim word at or after `i` and before `end`, moving `i` past it; nil when there is none.
    @inline(__always)
    private static func nextWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: inout Int, _ end: Int) -> ClaimWord? {
        while i < end {
            let c = s[i]
            guard ClaimTokenRules.isWordScalar(c) else {
                i += 1
                continue
            }
            let w = scan(s, from: i, to: end, ClaimTokenRules.self)
            defer { i = w.end }
            return ClaimWord(
                span: TextSpan(start: i, end: w.end), lower: WordKey(value: w.key),
                capitalised: ClaimTokenRules.isUpper(c), numeric: w.digitsOnly,
                allCapitals: w.letters >= 2 && w.uppers == w.letters, ascii: w.ascii, joiners: w.joiners)
        }
        return nil
    }

    /// Reads the word starting at `start` (a word scalar under `R`), never past `end`: its end,
    /// key and flags, in one pass.
    @inline(__always)
    package static func scan<R: TokenRules>(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int, _: R.Type
    ) -> Scanned {
        var i = start
        var h = WordKey.seed
        var letters = 0
        var uppers = 0
        var digitsOnly = true
        var ascii = true
        var joiners: UInt8 = 0
        // Where the current part of the word began: after its last apostrophe, hyphen or initial's dot.
        var segmentStart = start
        while i < end {
            let c = s[i]
            let v = c.value
            if v < 0x80 {
                // ASCII letters and digits, the bulk of any article.
                let folded = v | 0x20
                if folded &- 0x61 < 26 {
                    digitsOnly = false
                    letters &+= 1
                    if v < 0x5B { uppers &+= 1 }
                    h = (h ^ UInt64(folded)) &* WordKey.prime
                    i += 1
                    continue
                }
                if v &- 0x30 < 10 {
                    h = (h ^ UInt64(v)) &* WordKey.prime
                    i += 1
                    continue
                }
            } else if R.isWordScalar(c) {
                ascii = false
                digitsOnly = false
                letters &+= 1
                if R.isUpper(c) { uppers &+= 1 }
                h = (h ^ UInt64(R.lower(c).value)) &* WordKey.prime
                i += 1
                continue
            }
            // A joiner is kept only between two word scalars, and only where the rules say.
            guard i + 1 < end, i > start, R.isWordScalar(s[i + 1]),
                R.joins(s, at: i, wordStart: start, segmentStart: segmentStart, end: end, digitsOnly: digitsOnly)
            else { break }
            if c == "'" || c == "-" {
                digitsOnly = false
                segmentStart = i + 1
            } else if c == ".", !ScalarClass.isDigit(s[i - 1]) {
                segmentStart = i + 1
            }
            joiners |= Joiners.bit(c)
            h = (h ^ UInt64(v)) &* WordKey.prime
            i += 1
        }
        return Scanned(
            end: i, key: h, letters: letters, uppers: uppers, digitsOnly: digitsOnly, ascii: ascii, joiners: joiners)
    }
}

/// How ``Tokenizer`` reads a word where the quote and the claim stages differ: which non-ASCII
/// scalars are letters, how they lower-case, and which joiners stay inside a word. (ASCII letters
/// and digits read the same under every rule.)
package protocol TokenRules {
    /// True for a scalar that belongs to a word.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool
    /// True for an upper-case letter.
    static func isUpper(_ c: Unicode.Scalar) -> Bool
    /// The scalar a word's key hashes for `c`.
    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar
    /// True when the non-word scalar at `i`, between two word scalars, stays inside the word that
    /// began at `wordStart` (whose current part began at `segmentStart`; `digitsOnly` while it
    /// holds digits only). The text ends at `end` for this reading.
    static func joins(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, wordStart: Int, segmentStart: Int, end: Int,
        digitsOnly: Bool
    ) -> Bool
}

/// The quote stages' reading (``Document/tokens``): any letter or number is a word scalar;
/// initialisms of either case join one letter per dot ("U.S", "e.g"); a comma or full stop joins
/// digits only inside a number, the comma only before exactly three digits ("5,000" but not
/// "2019,2020"); an apostrophe between digits splits ("'90'91").
package enum QuoteTokenRules: TokenRules {
    @inlinable @inline(__always) package static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        Normalizer.isWordScalar(c)
    }
    @inlinable @inline(__always) package static func isUpper(_ c: Unicode.Scalar) -> Bool { Normalizer.isUpper(c) }

    /// ``Normalizer/lower(_:)``, with curly apostrophes made straight as ``Normalizer/key(_:)`` does.
    @inlinable @inline(__always) package static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let l = Normalizer.lower(c)
        return l.value == 0x2019 || l.value == 0x2018 ? "'" : l
    }

    @inlinable @inline(__always) package static func joins(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, wordStart: Int, segmentStart: Int, end: Int,
        digitsOnly: Bool
    ) -> Bool {
        let c = s[i]
        let prevDigit = ScalarClass.isDigit(s[i - 1])
        let nextDigit = ScalarClass.isDigit(s[i + 1])
        if c == "'" || c == "-" { return !(c == "'" && prevDigit && nextDigit) }
        // An initialism such as "U.S" or "F.B.I": one letter per dot.
        if c == ".", !prevDigit, !nextDigit, i - segmentStart == 1 { return true }
        guard c == "," || c == ".", prevDigit, nextDigit, digitsOnly else { return false }
        if c == "." { return true }
        return i + 4 <= end && ScalarClass.isDigit(s[i + 2]) && ScalarClass.isDigit(s[i + 3])
            && (i + 4 == end || !ScalarClass.isDigit(s[i + 4]))
    }
}

/// The claim stages' reading (``Tokenizer/words(_:in:)``): only alphabetic scalars and ASCII
/// digits are word scalars; initialisms join capitals only, one per dot, when nothing but a
/// boundary follows the last ("U.S", not "a.m"); a full stop between digits always joins, a comma
/// before exactly three digits ("150,000"); an apostrophe joins even between digits.
public enum ClaimTokenRules: TokenRules {
    /// An ASCII digit.
    @inlinable @inline(__always) public static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    /// A letter (alphabetic) or an ASCII digit.
    @inlinable @inline(__always) public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        // General punctuation (dashes, curly quotes, spaces) holds no letter: skip the property table.
        if v >= 0x2000 && v <= 0x206F { return false }
        return c.properties.isAlphabetic
    }

    /// An upper-case letter.
    @inlinable @inline(__always) public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    /// The scalar's lower-case mapping when it is one scalar, else the scalar itself.
    @inlinable @inline(__always) public static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 65 && v <= 90 { return Unicode.Scalar(v + 32) ?? c }
        if v < 128 { return c }
        let m = c.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? (m.first ?? c) : c
    }

    @inlinable @inline(__always) package static func joins(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, wordStart: Int, segmentStart: Int, end: Int,
        digitsOnly: Bool
    ) -> Bool {
        let c = s[i]
        if c == "'" || c == "-" { return true }
        if c == ".", isUpper(s[i - 1]), isUpper(s[i + 1]), i - 1 == wordStart || s[i - 2] == ".",
            i + 2 >= end || !isWordScalar(s[i + 2])
        {
            // "U.S", "U.N": single letters joined by full stops stay one word.
            return true
        }
        guard c == "," || c == ".", isDigit(s[i - 1]), isDigit(s[i + 1]) else { return false }
        if c == "." { return true }
        // "150,000" but not "2019, 2020": a thousands comma is followed by 3 digits.
        var n = 0
        var k = i + 1
        while k < end, isDigit(s[k]) {
            n += 1
            k += 1
        }
        return n == 3
    }
}
