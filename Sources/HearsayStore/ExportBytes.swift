#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of exported records while they are written: memory this value allocates and grows
/// itself, appended to with a bounds check and a `memcpy`.
///
/// `Array.append(contentsOf:)` of a buffer checked the array's uniqueness and went through its
/// generic copying for every field, and a fifth of a real-article export went there (issue 14).
/// The owner frees the memory with ``deallocate()`` (``withBytes(capacity:_:)`` does it); a copy
/// of the value shares the memory, so it is passed `inout` only.
struct ExportBytes {
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// The bytes written so far.
    private(set) var count = 0
    private var capacity: Int

    /// Room for `capacity` bytes before the first growth.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// Calls `body` with an empty buffer and frees it afterwards.
    static func withBytes<T>(capacity: Int, _ body: (inout ExportBytes) throws -> T) rethrows -> T {
        var bytes = ExportBytes(capacity: capacity)
        defer { bytes.deallocate() }
        return try body(&bytes)
    }

    /// Frees the memory; the value must not be used afterwards.
    func deallocate() {
        base.deallocate()
    }

    /// The bytes written, valid until the next append.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets the bytes written, keeping the memory.
    mutating func removeAll() {
        count = 0
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = larger
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends two bytes.
    @inline(__always)
    mutating func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        memcpy(base + count, source, bytes.count)
        count += bytes.count
    }

    /// Appends `bytes` (a short constant: a key, `null`).
    @inline(__always)
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends `length` bytes from `start`.
    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        reserve(length)
        memcpy(base + count, start, length)
        count += length
    }

    /// Appends `value` in decimal, at least `width` digits (zeros in front).
    ///
    /// The digits are counted from the value's bit length and written two at a time from a
    /// table: a group number has nineteen digits, and counting them by division, then writing
    /// one per division, was most of the time of writing numbers (issue 14).
    @inline(__always)
    mutating func appendDecimal(_ value: Int64, width: Int = 1) {
        if value >= 0 && value < 10 && width == 1 {
            append(UInt8(48 + value))
            return
        }
        var magnitude = value.magnitude
        var digits = Self.digitCount(magnitude)
        digits = max(digits, width)
        let sign = value < 0 ? 1 : 0
        reserve(digits + sign)
        if value < 0 { base[count] = UInt8(ascii: "-") }
        let first = count + sign
        var position = first + digits
        count = position
        let pairs = Self.digitPairs.utf8Start
        while magnitude >= 100 {
            let next = magnitude / 100
            let pair = Int(magnitude &- next &* 100) &* 2
            position -= 2
            base[position] = pairs[pair]
            base[position + 1] = pairs[pair + 1]
            magnitude = next
        }
        if magnitude >= 10 {
            let pair = Int(magnitude) &* 2
            position -= 2
            base[position] = pairs[pair]
            base[position + 1] = pairs[pair + 1]
        } else {
            position -= 1
            base[position] = UInt8(48 + magnitude)
        }
        while position > first {
            position -= 1
            base[position] = UInt8(ascii: "0")
        }
    }

    /// "00" to "99", the two digits of each number below a hundred.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// The number of decimal digits of `value` (1 for 0).
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        // log10(2) is about 1233 / 4096: a guess from the bit length, one less than the count or
        // the count itself.
        let guess = ((64 - value.leadingZeroBitCount) &* 1233) >> 12
        return max(1, guess + (value >= Self.powersOfTen[guess] ? 1 : 0))
    }

    /// 10 to the powers 0 to 19.
    private static let powersOfTen: [UInt64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ]
}
