/// The Windows-1252 code page: bytes 0x80–0x9F differ from Latin-1, the rest map to the same code point.
enum Windows1252 {
    /// Unicode code points for 0x80–0x9F; 0 marks the five bytes the code page leaves undefined.
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Whether `byte` has a meaning in Windows-1252.
    static func isDefined(_ byte: UInt8) -> Bool {
        byte < 0x80 || byte > 0x9F || high[Int(byte) - 0x80] != 0
    }

    /// Whether `byte` is Windows-1252 punctuation that often stands next to another (quotes, dashes, ellipsis).
    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x85, 0x91...0x97, 0xA0, 0xAB, 0xBB, 0xB7: return true
        default: return false
        }
    }

    /// The byte that stands for `scalar` in Windows-1252, or in Latin-1 for the five bytes
    /// Windows-1252 leaves undefined (U+0081, U+008D, U+008F, U+0090, U+009D); nil otherwise.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 || (0xA0...0xFF).contains(value) { return UInt8(value) }
        if (0x80...0x9F).contains(value) { return high[Int(value) - 0x80] == 0 ? UInt8(value) : nil }
        guard let index = high.firstIndex(of: value), value != 0 else { return nil }
        return UInt8(0x80 + index)
    }

    /// Decodes bytes known to hold only defined Windows-1252 bytes.
    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = byte >= 0x80 && byte <= 0x9F ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
