import HearsayText

/// The groups of ``OccurrenceCounts``: for each (speaker's hasher state, words key), how many
/// distinct article texts print it, and its `group` number once a row has worked it out.
///
/// An open-addressing table of plain integers, probed by ``LinearProbe``: Swift's `Dictionary`
/// hashed each key with SipHash and kept a list of articles per group, together two thirds of the
/// occurrence pass (issue 14).
struct OccurrenceTable {
    /// One group.
    struct Slot {
        var speaker: UInt64 = 0
        var words: Int64 = 0
        /// While counting: the first text key seen (when `texts > 0`). Afterwards: the group
        /// number, once `hasNumber`.
        var value: Int64 = 0
        /// Distinct text keys seen (0: none of its articles has one).
        var texts: UInt32 = 0
        var used = false
        var hasNumber = false
    }

    private(set) var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0
    /// Text keys of a group other than its first, to be counted once the pass is over.
    private var later: [(slot: Int32, key: Int64)] = []

    /// A table sized for about `expected` groups (it grows when it must).
    init(expected: Int) {
        var bits = 4
        while (1 << bits) * 3 / 4 < expected, bits < 40 { bits += 1 }
        slots = Array(repeating: Slot(), count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    @inline(__always)
    private func home(_ speaker: UInt64, _ words: Int64) -> Int {
        var mixed = speaker ^ (UInt64(bitPattern: words) &* 0x9E37_79B9_7F4A_7C15)
        mixed ^= mixed >> 29
        mixed = mixed &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> shift)
    }

    /// The slot holding the group, or the empty slot where it goes.
    @inline(__always)
    private func slot(_ speaker: UInt64, _ words: Int64) -> Int {
        LinearProbe.slot(from: home(speaker, words), mask: slots.count - 1) {
            !slots[$0].used || (slots[$0].speaker == speaker && slots[$0].words == words)
        }
    }

    /// The slot of a group, nil when it was never counted.
    @inline(__always)
    func find(speaker: UInt64, words: Int64) -> Int? {
        let index = slot(speaker, words)
        return slots[index].used ? index : nil
    }

    /// Counts one quote of a group printed in the article with text key `textKey` (nil: an
    /// article without a text, whose quote counts no text).
    mutating func add(speaker: UInt64, words: Int64, textKey: Int64?) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let index = slot(speaker, words)
        if slots[index].used {
            guard let textKey else { return }
            if slots[index].texts == 0 {
                slots[index].texts = 1
                slots[index].value = textKey
            } else if slots[index].value != textKey {
                later.append((Int32(index), textKey))
            }
            return
        }
        slots[index] = Slot(
            speaker: speaker, words: words, value: textKey ?? 0, texts: textKey == nil ? 0 : 1, used: true,
            hasNumber: false)
        count += 1
    }

    /// Ends the counting: each group's distinct text keys, its value free for its number.
    mutating func finish() {
        later.sort { ($0.slot, $0.key) < ($1.slot, $1.key) }
        var index = 0
        while index < later.count {
            let slot = Int(later[index].slot)
            var distinct: UInt32 = 1
            var next = index + 1
            while next < later.count && Int(later[next].slot) == slot {
                if later[next].key != later[next - 1].key { distinct += 1 }
                next += 1
            }
            slots[slot].texts += distinct
            index = next
        }
        later = []
        for index in slots.indices { slots[index].hasNumber = false }
    }

    /// The group number of slot `index`, worked out by `number` the first time.
    @inline(__always)
    mutating func number(at index: Int, _ number: () -> Int64) -> Int64 {
        if slots[index].hasNumber { return slots[index].value }
        let value = number()
        slots[index].value = value
        slots[index].hasNumber = true
        return value
    }

    private mutating func grow() {
        // Only while counting: slot numbers in `later` would move, so they are moved with them.
        let old = slots
        let bits = slots.count.trailingZeroBitCount + 1
        slots = Array(repeating: Slot(), count: 1 << bits)
        shift = UInt64(64 - bits)
        var moved = Array(repeating: Int32(-1), count: old.count)
        for (from, slot) in old.enumerated() where slot.used {
            let index = LinearProbe.slot(from: home(slot.speaker, slot.words), mask: slots.count - 1) {
                !slots[$0].used
            }
            slots[index] = slot
            moved[from] = Int32(index)
        }
        for position in later.indices { later[position].slot = moved[Int(later[position].slot)] }
    }
}
