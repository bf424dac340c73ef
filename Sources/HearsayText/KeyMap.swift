import HearsayModel

/// A map from word keys (``WordKey`` or ``Normalizer/key(_:)`` values) to values, probed like
/// ``KeySet``. ``WordMap`` is the claim stages' name for it.
public struct KeyMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    @usableFromInline package var slots: [UInt64]
    @usableFromInline package var values: [Value?]
    @usableFromInline package let mask: Int
    @usableFromInline package var zeroValue: Value?

    /// The map of `pairs`; a repeated key keeps its first value.
    public init(_ pairs: [(UInt64, Value)]) {
        var capacity = 8
        while capacity < pairs.count * 3 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (k, v) in pairs {
            if k == 0 {
                if zeroValue == nil { zeroValue = v }
                continue
            }
            let i = LinearProbe.slot(of: k, in: slots, from: KeySet.slot(k, mask), mask: mask)
            if slots[i] == k { continue }
            slots[i] = k
            values[i] = v
        }
    }

    /// The map of `dict`.
    public init(_ dict: [UInt64: Value]) { self.init(dict.map { ($0.key, $0.value) }) }

    /// The map of `pairs`; a repeated key keeps its first value.
    public init(_ pairs: [(WordKey, Value)]) { self.init(pairs.map { ($0.0.value, $0.1) }) }

    /// The map of the words written as literals; a repeated key keeps its first value.
    public init(dictionaryLiteral elements: (WordKey, Value)...) { self.init(elements) }

    /// The value stored for `k`, if any.
    @inlinable @inline(__always) public subscript(_ k: UInt64) -> Value? {
        if k == 0 { return zeroValue }
        let i = LinearProbe.slot(of: k, in: slots, from: KeySet.slot(k, mask), mask: mask)
        return slots[i] == k ? values[i] : nil
    }

    /// The value stored for `key`, if any.
    @inlinable @inline(__always) public subscript(_ key: WordKey) -> Value? { self[key.value] }
}

/// The claim stages' name for ``KeyMap``.
public typealias WordMap = KeyMap
