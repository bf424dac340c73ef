/// Bytes copied out of SQLite's column buffers and kept, addressed by offset ranges, in one
/// growing allocation instead of an array per value.
///
/// A pointer from ``bytes(_:)`` is valid until the next ``append(_:)`` or ``removeAll()``.
final class ByteArena {
    // Used for every field of an export's articles, by one thread (the class is not Sendable):
    // no run-time exclusivity check on each access (issue 14).
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// Bytes held.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 4_096) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Copies `bytes` in and returns where they are.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = count
        if count + bytes.count > capacity {
            var grown = capacity * 2
            while grown < count + bytes.count { grown *= 2 }
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            moved.update(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = grown
        }
        if let source = bytes.baseAddress, !bytes.isEmpty { (base + count).update(from: source, count: bytes.count) }
        count += bytes.count
        return start..<count
    }

    /// The bytes at `range`, as returned by ``append(_:)``.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// Forgets every value, keeping the allocation.
    func removeAll() { count = 0 }
}
