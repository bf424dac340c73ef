/// A word's lower-cased form as a 64-bit FNV-1a hash of its scalars, so the claim stages compare
/// words and look them up in word lists without building a `String` per word.
///
/// A key written as a literal (`"said"`) hashes the literal's scalars as they are; a key read
/// from the text (``ClaimTokenizer/words(_:in:)``) hashes the word's scalars lower-cased, so
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
        for k in range { h = (h ^ UInt64(ClaimTokenizer.lowercased(s[k]).value)) &* prime }
        return WordKey(value: h)
    }
}

/// A set of ``WordKey``s probed by the key itself (already a hash), written as an array literal
/// of words.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var slots: [UInt64]
    private let mask: Int
    private var hasZero = false

    /// The set of `keys`.
    init<S: Sequence>(_ keys: S) where S.Element == WordKey {
        let unique = Set(keys.map(\.value))
        var capacity = 8
        while capacity < unique.count * 3 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for k in unique {
            if k == 0 {
                hasZero = true
                continue
            }
            var i = WordSet.slot(k, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = k
        }
    }

    init(arrayLiteral elements: WordKey...) { self.init(elements) }

    @inline(__always) static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
    }

    /// True when `key` is in the set.
    @inline(__always) func contains(_ key: WordKey) -> Bool {
        let k = key.value
        if k == 0 { return hasZero }
        var i = WordSet.slot(k, mask)
        while true {
            let s = slots[i]
            if s == k { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// A map from ``WordKey``s to values, probed like ``WordSet``, written as a dictionary literal.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var slots: [UInt64]
    private var values: [Value?]
    private let mask: Int
    private var zeroValue: Value?

    /// The map of `pairs`; a repeated key keeps its first value.
    init(_ pairs: [(WordKey, Value)]) {
        var capacity = 8
        while capacity < pairs.count * 3 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, v) in pairs {
            let k = key.value
            if k == 0 {
                if zeroValue == nil { zeroValue = v }
                continue
            }
            var i = WordSet.slot(k, mask)
            while slots[i] != 0 && slots[i] != k { i = (i + 1) & mask }
            if slots[i] == k { continue }
            slots[i] = k
            values[i] = v
        }
    }

    init(dictionaryLiteral elements: (WordKey, Value)...) { self.init(elements) }

    /// The value stored for `key`, if any.
    @inline(__always) subscript(_ key: WordKey) -> Value? {
        let k = key.value
        if k == 0 { return zeroValue }
        var i = WordSet.slot(k, mask)
        while true {
            let s = slots[i]
            if s == k { return values[i] }
            if s == 0 { return nil }
            i = (i + 1) & mask
        }
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

extension WordSet {
    /// The set of the keys of `words` as written (a lexicon's entries).
    init(words: [String]) { self.init(words.map { WordKey($0) }) }
}
