import HearsayModel

/// A word of an article as the claim stages read it: where it lies and its lower-cased form.
package struct ClaimWord: Sendable, Hashable {
    /// The word lower-cased (curly apostrophes already folded to `'`), as a key: compare it with
    /// a literal (`w.lower == "said"`) or look it up in a ``WordSet``.
    package var lower: WordKey
    // The start in 32 bits, the length in 24 and the flags in 8: 16 bytes a word rather than 24,
    // for the paragraphs of millions of words a long article can hold (issue 13).
    @usableFromInline var start32: Int32
    @usableFromInline var lengthAndFlags: UInt32

    @usableFromInline static let capitalisedFlag: UInt32 = 1 << 24
    @usableFromInline static let numericFlag: UInt32 = 1 << 25
    @usableFromInline static let allCapitalsFlag: UInt32 = 1 << 26
    @usableFromInline static let asciiFlag: UInt32 = 1 << 27
    /// The longest word, in scalars.
    @usableFromInline static let maximumLength = (1 << 24) - 1

    /// Creates a word; its start must fit in 32 bits, its length in 24 (16,777,215 scalars).
    @inlinable
    init(
        span: TextSpan, lower: WordKey, capitalised: Bool, numeric: Bool, allCapitals: Bool, ascii: Bool,
        joiners: UInt8
    ) {
        precondition(span.length <= ClaimWord.maximumLength, "a word of over 2^24 scalars")
        self.lower = lower
        self.start32 = Int32(span.start)
        var bits = UInt32(span.length) | UInt32(joiners & 0x0F) << 28
        if capitalised { bits |= ClaimWord.capitalisedFlag }
        if numeric { bits |= ClaimWord.numericFlag }
        if allCapitals { bits |= ClaimWord.allCapitalsFlag }
        if ascii { bits |= ClaimWord.asciiFlag }
        self.lengthAndFlags = bits
    }

    /// True when the first scalar is an upper-case letter.
    @inlinable package var capitalised: Bool { lengthAndFlags & ClaimWord.capitalisedFlag != 0 }
    /// True when every scalar is an ASCII digit, comma or full stop between digits ("150,000", "2.5").
    @inlinable package var numeric: Bool { lengthAndFlags & ClaimWord.numericFlag != 0 }
    /// True when the word has two letters or more, all capitals ("NATO", "ANGELES").
    @inlinable package var allCapitals: Bool { lengthAndFlags & ClaimWord.allCapitalsFlag != 0 }
    /// True when every scalar of the word is ASCII, so scalar tests equal `String` tests.
    @inlinable package var ascii: Bool { lengthAndFlags & ClaimWord.asciiFlag != 0 }
    /// The joiners inside the word, as ``Joiners`` bits.
    @inlinable package var joiners: UInt8 { UInt8(truncatingIfNeeded: lengthAndFlags >> 28) }

    /// Where the word lies in the text (scalar offsets).
    @inlinable package var span: TextSpan {
        let start = Int(start32)
        return TextSpan(start: start, end: start + Int(lengthAndFlags & 0x00FF_FFFF))
    }
}

/// The marks that can join the parts of a word ("al-Asad", "U.S", "150,000", "it's").
package enum Joiners {
    package static let hyphen: UInt8 = 1
    package static let dot: UInt8 = 2
    package static let comma: UInt8 = 4
    package static let apostrophe: UInt8 = 8

    /// The bit of the mark `c`, 0 for any other scalar.
    @inlinable @inline(__always) package static func bit(_ c: Unicode.Scalar) -> UInt8 {
        switch c {
        case "-": return hyphen
        case ".": return dot
        case ",": return comma
        case "'": return apostrophe
        default: return 0
        }
    }
}

extension ClaimWord {
    /// The lower-cased word as a `String` (built on demand: most words never need it).
    package func text(_ s: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for k in span.start..<span.end { out.append(ClaimTokenRules.lower(s[k])) }
        return String(out)
    }

    /// True when the lower-cased word ends with `suffix` (an ASCII literal), as `String.hasSuffix` says.
    @inlinable @inline(__always) package func hasSuffix(_ suffix: StaticString, _ s: [Unicode.Scalar]) -> Bool {
        guard ascii else { return text(s).hasSuffix("\(suffix)") }
        let n = suffix.utf8CodeUnitCount
        guard n <= span.length else { return false }
        let p = suffix.utf8Start
        let base = span.end - n
        for k in 0..<n where ClaimTokenRules.lower(s[base + k]).value != UInt32(p[k]) { return false }
        return true
    }

    /// True when the lower-cased word starts with `prefix` (an ASCII literal), as `String.hasPrefix` says.
    @inlinable @inline(__always) package func hasPrefix(_ prefix: StaticString, _ s: [Unicode.Scalar]) -> Bool {
        guard ascii else { return text(s).hasPrefix("\(prefix)") }
        let n = prefix.utf8CodeUnitCount
        guard n <= span.length else { return false }
        let p = prefix.utf8Start
        for k in 0..<n where ClaimTokenRules.lower(s[span.start + k]).value != UInt32(p[k]) { return false }
        return true
    }

    /// True when the word holds the ASCII mark `c` ("-", ".", ","), as `String.contains` says.
    @inlinable @inline(__always) package func contains(_ c: Unicode.Scalar, _ s: [Unicode.Scalar]) -> Bool {
        guard ascii else { return text(s).contains(Character(c)) }
        let bit = Joiners.bit(c)
        if bit != 0 { return joiners & bit != 0 }
        for k in span.start..<span.end where s[k] == c { return true }
        return false
    }

    /// The number of characters of the word, as `String.count` says.
    @inlinable @inline(__always) package func characterCount(_ s: [Unicode.Scalar]) -> Int {
        ascii ? span.length : text(s).count
    }

    /// The integer the word spells when it is all ASCII digits and short enough, else nil.
    package func digitsValue(_ s: [Unicode.Scalar]) -> Int? {
        guard span.length > 0, span.length <= 18 else { return nil }
        var v = 0
        for k in span.start..<span.end {
            let d = s[k].value
            guard d >= 48, d <= 57 else { return nil }
            v = v * 10 + Int(d - 48)
        }
        return v
    }
}

extension Document {
    /// The original text of `span` (``text(_:)``, which encodes straight into the string's buffer).
    package func claimText(_ span: TextSpan) -> String { text(span) }
}
