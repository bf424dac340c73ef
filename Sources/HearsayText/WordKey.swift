import HearsayModel

/// A word's lower-cased form as a 64-bit FNV-1a hash of its scalars (the hash of
/// ``Normalizer/key(_:)``), so the stages compare words and look them up in word lists
/// (``KeySet``, ``KeyMap``) without building a `String` per word.
///
/// A key written as a literal (`"said"`) hashes the literal's scalars as they are; a key read
/// from the text (``Tokenizer/words(_:in:)``) hashes the word's scalars lower-cased, so
/// `word.lower == "said"` holds exactly when the lower-cased word is "said".
public struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The hash.
    public let value: UInt64

    /// The FNV-1a offset basis and prime (constants, so that code in other modules folds them).
    @inlinable public static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }
    /// The FNV-1a prime.
    @inlinable public static var prime: UInt64 { 0x0000_0100_0000_01B3 }

    /// Equal keys: written out so that comparisons in other modules inline.
    @inlinable public static func == (a: WordKey, b: WordKey) -> Bool { a.value == b.value }

    /// The key whose hash is `value`.
    @inlinable @inline(__always) public init(value: UInt64) { self.value = value }

    /// The key of `literal`, hashing its bytes directly when it is ASCII.
    @inlinable @inline(__always) public init(stringLiteral literal: StaticString) {
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
    public init(_ string: some StringProtocol) {
        var h = WordKey.seed
        for c in string.unicodeScalars { h = (h ^ UInt64(c.value)) &* WordKey.prime }
        value = h
    }

    /// The key of `s[range]` lower-cased, as the tokenizer computes it.
    @inlinable @inline(__always) public static func lowering(_ s: [Unicode.Scalar], _ range: Range<Int>) -> WordKey {
        var h = seed
        for k in range { h = (h ^ UInt64(ClaimTokenRules.lower(s[k]).value)) &* prime }
        return WordKey(value: h)
    }
}

/// A name key as ``ClaimNames/key(_:)`` writes it, for comparing and looking up names: a hash of
/// its scalars when they are all ASCII, else the `String` itself (whose equality is canonical,
/// so "é" written as one scalar or two still match).
public enum ClaimNameKey: Hashable, Sendable {
    /// An all-ASCII key, hashed.
    case ascii(UInt64)
    /// Any other key.
    case other(String)
}
