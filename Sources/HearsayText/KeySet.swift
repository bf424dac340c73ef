import HearsayModel

/// A set of word keys (``WordKey`` or the `UInt64` of ``Normalizer/key(_:)``, the same FNV-1a
/// hash). Keys are already hashes, so the table probes by the key itself instead of rehashing it
/// (Swift's `Set` would run SipHash on every lookup). Both the quote and the claim stages look
/// their word lists up in it; ``WordSet`` is the claim stages' name for it.
public struct KeySet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline package var slots: [UInt64]
    @usableFromInline package var mask: Int
    /// Zero marks an empty slot, so the key 0 is kept aside.
    @usableFromInline package var hasZero = false
    /// The keys in ``slots`` (the key 0 aside).
    @usableFromInline package var filled = 0

    /// An empty set, filled with ``insert(_:)``.
    public init() {
        slots = [UInt64](repeating: 0, count: 8)
        mask = 7
    }

    /// The set of `keys`.
    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Set(keys)
        var capacity = 8
        while capacity < unique.count * 3 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for k in unique {
            if k == 0 {
                hasZero = true
                continue
            }
            let i = LinearProbe.slot(of: k, in: slots, from: KeySet.slot(k, mask), mask: mask)
            slots[i] = k
            filled += 1
        }
    }

    /// Adds `k`: a key already held changes nothing. An article's words go in one at a time without
    /// the SipHash of Swift's `Set` (a sixth of the enricher's evidence reading was hashing).
    public mutating func insert(_ k: UInt64) {
        if k == 0 {
            hasZero = true
            return
        }
        var i = LinearProbe.slot(of: k, in: slots, from: KeySet.slot(k, mask), mask: mask)
        if slots[i] == k { return }
        // At most two thirds full, as near as the sets made whole (a third), so probes stay short.
        if 3 * (filled + 1) > 2 * slots.count {
            grow()
            i = LinearProbe.slot(of: k, in: slots, from: KeySet.slot(k, mask), mask: mask)
        }
        slots[i] = k
        filled += 1
    }

    /// Doubles the table, placing every key again.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for k in old where k != 0 {
            let i = LinearProbe.slot(of: k, in: slots, from: KeySet.slot(k, mask), mask: mask)
            slots[i] = k
        }
    }

    /// The set of `keys`.
    public init<S: Sequence>(_ keys: S) where S.Element == WordKey { self.init(keys.lazy.map(\.value)) }

    /// The set of the keys of `words` as written (a lexicon's entries).
    public init(words: [String]) { self.init(words.map { WordKey($0) }) }

    /// The set of the words written as literals.
    public init(arrayLiteral elements: WordKey...) { self.init(elements) }

    /// The first slot probed for `k`.
    @inlinable @inline(__always) public static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
    }

    /// True when `k` is in the set.
    @inlinable @inline(__always) public func contains(_ k: UInt64) -> Bool {
        if k == 0 { return hasZero }
        return slots[LinearProbe.slot(of: k, in: slots, from: KeySet.slot(k, mask), mask: mask)] == k
    }

    /// True when `key` is in the set.
    @inlinable @inline(__always) public func contains(_ key: WordKey) -> Bool { contains(key.value) }
}

/// The claim stages' name for ``KeySet``.
public typealias WordSet = KeySet
