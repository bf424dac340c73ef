/// The walk of every open-addressing table of ours (``KeySet``, ``KeyMap``, the mention finder's
/// table of name forms, the export's table of occurrence groups): from a key's home slot, slot
/// after slot, wrapping at the end of a table whose size is a power of two, until the slot that
/// holds the key or the empty slot that ends its run.
///
/// Each table keeps its own slots (words, numbers into its owner's array, or records) and its own
/// home function; only the walk and the mixing are shared, so a change to how tables probe is
/// made once.
public enum LinearProbe {
    /// The first slot from `home` (taken modulo the table) for which `stop` is true. The table
    /// must hold at least one slot for which it is, as an empty slot ends every run.
    @inlinable @inline(__always)
    public static func slot(from home: Int, mask: Int, until stop: (Int) -> Bool) -> Int {
        var index = home & mask
        while !stop(index) { index = (index + 1) & mask }
        return index
    }

    /// The slot of `key` in a table of keys where 0 marks an empty slot (`mask` its size less
    /// one), or the empty slot where `key` (not 0) goes: the walk of ``slot(from:mask:until:)``
    /// reading each slot once, as the word tables are looked up for every word of every article.
    @inlinable @inline(__always)
    public static func slot(of key: UInt64, in slots: [UInt64], from home: Int, mask: Int) -> Int {
        var index = home & mask
        while true {
            let held = slots[index]
            if held == key || held == 0 { return index }
            index = (index + 1) & mask
        }
    }

    /// The finaliser of SplitMix64: every bit of `x` moves every bit of the result, so a table may
    /// take the low bits of it as the home slot of a key that is not already a hash.
    @inlinable @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
