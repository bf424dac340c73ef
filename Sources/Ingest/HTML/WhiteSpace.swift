/// Unicode's White_Space set, tested without the property tables (a hot path: every character of
/// every page goes through it).
enum WhiteSpace {
    /// Whether `scalar` is white space (also the zero-width space pages use as a soft break).
    @inline(__always)
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
