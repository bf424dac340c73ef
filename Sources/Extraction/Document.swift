/// An article's text as the stages read it: an array of Unicode scalars, so that an index is
/// an offset in scalars, plus a folded copy of the same length in which look-alike characters
/// (curly apostrophes, thin and non-breaking spaces, dashes) are made plain, and its tokens.
public struct Document: Sendable {
    /// The scalars of the article text, unchanged.
    public let scalars: [Unicode.Scalar]
    /// The same scalars after ``Normalizer/fold(_:)``: same count, same offsets.
    public let folded: [Unicode.Scalar]
    /// The words and punctuation of the text, in order (see ``Token``).
    public let tokens: [Token]

    /// Reads `text` into scalars, folds it and splits it into tokens.
    public init(text: String) {
        let (scalars, folded) = Document.decodeAndFold(text)
        self.scalars = scalars
        self.folded = folded
        self.tokens = Tokenizer.tokens(folded)
    }

    /// ``decode(_:)`` and ``Normalizer/fold(_:)`` in one pass, writing both arrays in place.
    static func decodeAndFold(_ text: String) -> (scalars: [Unicode.Scalar], folded: [Unicode.Scalar]) {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var count = 0
            var folded: [Unicode.Scalar] = []
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { raw, rawCount in
                folded = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, outCount in
                    var i = 0
                    while i < n {
                        let b0 = UInt32(bytes[i])
                        if b0 < 0x80 {
                            // ASCII: the scalar is the byte; only a tab folds (to a space).
                            let c = Unicode.Scalar(UInt8(truncatingIfNeeded: b0))
                            raw[count] = c
                            out[count] = b0 == 0x09 ? " " : c
                            count += 1
                            i += 1
                            continue
                        }
                        let c = multiByteScalar(b0, bytes, &i)
                        raw[count] = c
                        out[count] = Normalizer.foldOne(c)
                        count += 1
                    }
                    outCount = count
                }
                rawCount = count
            }
            return (scalars, folded)
        }
    }

    /// The scalar whose UTF-8 starts with the non-ASCII byte `b0` at `i`, moving `i` past it;
    /// a sequence cut short by the end of the text gives U+FFFD and ends the text.
    @inline(__always)
    private static func multiByteScalar(_ b0: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int)
        -> Unicode.Scalar
    {
        let n = bytes.count
        var v: UInt32
        if b0 < 0xE0, i + 1 < n {
            v = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
            i += 2
        } else if b0 < 0xF0, i + 2 < n {
            v = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
            i += 3
        } else if i + 3 < n {
            v =
                ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                | (UInt32(bytes[i + 3]) & 0x3F)
            i += 4
        } else {
            v = 0xFFFD
            i = n
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    /// The scalars of `text`, decoded straight from its UTF-8 (faster than `Array(text.unicodeScalars)`).
    static func decode(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    out.append(Unicode.Scalar(UInt8(truncatingIfNeeded: b0)))
                    i += 1
                } else {
                    out.append(multiByteScalar(b0, bytes, &i))
                }
            }
            return out
        }
    }

    /// The number of scalars in the text.
    public var count: Int { scalars.count }

    /// The original text of `span`.
    public func text(_ span: TextSpan) -> String {
        let a = max(0, span.start)
        let b = min(count, span.end)
        guard a < b else { return "" }
        return ScalarString.make(scalars, a..<b)
    }

    /// The original text of tokens `range` (from the first token's start to the last one's end).
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end))
    }

    /// The index of the first token that starts at or after `offset` (`tokens.count` if none).
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The range of tokens lying wholly inside `span`.
    public func tokenRange(_ span: TextSpan) -> Range<Int> {
        let a = tokenIndex(atOrAfter: span.start)
        var b = tokenIndex(atOrAfter: span.end)
        while b > a, tokens[b - 1].end > span.end { b -= 1 }
        return a..<max(a, b)
    }

    /// The folded scalar at `offset`, or a space outside the text.
    @inline(__always)
    public func char(_ offset: Int) -> Unicode.Scalar {
        offset >= 0 && offset < folded.count ? folded[offset] : " "
    }
}

/// One word or punctuation mark of a ``Document``.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner apostrophes, hyphens or initialism dots ("it's", "al-Sadr", "U.S").
        case word
        /// Digits, possibly with inner separators ("5,000", "2.5").
        case number
        /// One punctuation scalar.
        case punct
    }

    /// The first scalar offset.
    public var start: Int
    /// One past the last scalar offset.
    public var end: Int
    /// ``Normalizer/key(_:)`` of the folded, lower-cased token.
    public var key: UInt64
    /// Word, number or punctuation.
    public var kind: Kind
    /// True when the first scalar is an upper-case letter.
    public var capitalized: Bool
    /// True when the token has at least two letters and all are upper-case ("PMF", "U.S").
    public var allCaps: Bool
    /// The single scalar of a punctuation token (the folded form), else a space.
    public var mark: Unicode.Scalar

    /// The span of the token.
    public var span: TextSpan { TextSpan(start: start, end: end) }
    /// True for a word token.
    public var isWord: Bool { kind == .word }
}

/// Splits folded text into ``Token``s.
enum Tokenizer {
    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// One step of ``Normalizer/key(_:)``: mixes the lower-cased `c` into `h`.
    @inline(__always)
    private static func mix(_ h: UInt64, _ c: Unicode.Scalar) -> UInt64 {
        var v = Normalizer.lower(c).value
        if v == 0x2019 || v == 0x2018 { v = 0x27 }
        return (h ^ UInt64(v)) &* fnvPrime
    }

    static func tokens(_ s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(s.count / 4)
        // Through the buffer, with each word's key mixed in as it is read: one pass, no bounds checks.
        s.withUnsafeBufferPointer { s in
            let n = s.count
            var i = 0
            while i < n {
                let c = s[i]
                if Normalizer.isSpace(c) {
                    i += 1
                    continue
                }
                if !Normalizer.isWordScalar(c) {
                    out.append(
                        Token(
                            start: i, end: i + 1, key: Normalizer.key(CollectionOfOne(c)), kind: .punct,
                            capitalized: false, allCaps: false, mark: c))
                    i += 1
                    continue
                }
                let start = i
                var digitsOnly = true
                var letters = 0
                var uppers = 0
                var segmentStart = i
                var h = fnvOffset
                while i < n {
                    let d = s[i]
                    let v = d.value
                    if v < 0x80 {
                        // ASCII letters and digits, the bulk of any article.
                        let folded = v | 0x20
                        if folded &- 0x61 < 26 {
                            digitsOnly = false
                            letters &+= 1
                            if v < 0x5B { uppers &+= 1 }
                            h = (h ^ UInt64(folded)) &* fnvPrime
                            i += 1
                            continue
                        }
                        if v &- 0x30 < 10 {
                            h = (h ^ UInt64(v)) &* fnvPrime
                            i += 1
                            continue
                        }
                    } else if Normalizer.isWordScalar(d) {
                        if !Normalizer.isDigit(d) {
                            digitsOnly = false
                            letters &+= 1
                            if Normalizer.isUpper(d) { uppers &+= 1 }
                        }
                        h = mix(h, d)
                        i += 1
                        continue
                    }
                    guard i + 1 < n, i > start, Normalizer.isWordScalar(s[i + 1]) else { break }
                    let prev = s[i - 1]
                    let next = s[i + 1]
                    if d == "'" || d == "-" {
                        if Normalizer.isDigit(prev) && Normalizer.isDigit(next) && d == "'" { break }
                        digitsOnly = false
                        h = mix(h, d)
                        i += 1
                        segmentStart = i
                        continue
                    }
                    if d == ".", !Normalizer.isDigit(prev), !Normalizer.isDigit(next), i - segmentStart == 1 {
                        // An initialism such as "U.S" or "F.B.I": one letter per dot.
                        h = mix(h, d)
                        i += 1
                        segmentStart = i
                        continue
                    }
                    if d == "," || d == ".", Normalizer.isDigit(prev), Normalizer.isDigit(next), digitsOnly {
                        if d == "."
                            || (i + 4 <= n && Normalizer.isDigit(s[i + 2]) && Normalizer.isDigit(s[i + 3])
                                && (i + 4 == n || !Normalizer.isDigit(s[i + 4])))
                        {
                            h = mix(h, d)
                            i += 1
                            continue
                        }
                    }
                    break
                }
                let cap = Normalizer.isUpper(s[start])
                out.append(
                    Token(
                        start: start, end: i, key: h, kind: digitsOnly ? .number : .word,
                        capitalized: cap, allCaps: letters >= 2 && uppers == letters, mark: " "))
            }
        }
        return out
    }
}
