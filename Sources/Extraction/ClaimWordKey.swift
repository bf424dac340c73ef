/// A word's lower-cased form as a 64-bit FNV-1a hash of its scalars (the hash of
/// ``Normalizer/key(_:)``), so the stages compare words and look them up in word lists
/// (``KeySet``, ``KeyMap``) without building a `String` per word.
///
/// A key written as a literal (`"said"`) hashes the literal's scalars as they are; a key read
/// from the text (``Tokenizer/words(_:in:)``) hashes the word's scalars lower-cased, so
/// `word.lower == "said"` holds exactly when the lower-cased word is "said".
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The hash.
    let value: UInt64

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) init(value: UInt64) { self.value = value }

    /// The key of `literal`, hashing its bytes directly when it is ASCII.
    @inline(__always) init(stringLiteral literal: StaticString) {
        guard literal.hasPointerRepresentation, literal.isASCII else {
            self.init("\(literal)")
            return
        }
        var h = WordKey.seed
        let p = literal.utf8Start
        for k in 0..<literal.utf8CodeUnitCount { h = (h ^ UInt64(p[k])) &* WordKey.prime }
        self.init(value: h)
    }

    /// The key of `string`'s scalars as they are (no lower-casing).
    init(_ string: some StringProtocol) {
        var h = WordKey.seed
        for c in string.unicodeScalars { h = (h ^ UInt64(c.value)) &* WordKey.prime }
        value = h
    }

    /// The key of `s[range]` lower-cased, as the tokenizer computes it.
    @inline(__always) static func lowering(_ s: [Unicode.Scalar], _ range: Range<Int>) -> WordKey {
        var h = seed
        for k in range { h = (h ^ UInt64(ClaimTokenRules.lower(s[k]).value)) &* prime }
        return WordKey(value: h)
    }
}

/// A name key as ``ClaimNames/key(_:)`` writes it, for comparing and looking up names: a hash of
/// its scalars when they are all ASCII, else the `String` itself (whose equality is canonical,
/// so "é" written as one scalar or two still match).
enum ClaimNameKey: Hashable, Sendable {
    /// An all-ASCII key, hashed.
    case ascii(UInt64)
    /// Any other key.
    case other(String)
}
