/// Repairs text that was UTF-8 but was read as Latin-1 or Windows-1252 on its way to us:
/// "PeÃ±a" becomes "Peña", "donâ€™t" becomes "don’t".
///
/// Each run of non-ASCII characters that all have a Windows-1252 (or Latin-1) byte is turned back
/// into those bytes; when the bytes are valid UTF-8 holding at least one character of two or more
/// bytes, the run is replaced by what they spell. Text that was never garbled keeps its runs:
/// real accented letters ("Müller", "café") are not valid UTF-8 as single bytes.
enum Mojibake {
    /// Whether `text` holds a scalar in U+00C2…U+00F4, read in its UTF-8 bytes: those scalars are
    /// exactly the pairs C3 82…C3 B4, so most texts are cleared by a byte scan rather than a
    /// decoding of every scalar.
    private static func holdsLeadByteScalar(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0xC3 && byte >= 0x82 && byte <= 0xB4 { return true }
            previous = byte
        }
        return false
    }

    /// `text` with every garbled run repaired; the same string when there is none.
    static func repair(_ text: String) -> String {
        // UTF-8 lead bytes read as Latin-1 are U+00C2…U+00F4; without one there is nothing to do.
        guard holdsLeadByteScalar(text) else { return text }
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        var bytes: [UInt8] = []
        func flush() {
            if !run.isEmpty {
                // One scalar at a time: `append(contentsOf:)` on the view copies the whole text so far,
                // which made a long text with many non-ASCII runs quadratic.
                if let fixed = decoded(bytes) {
                    for scalar in fixed { out.append(scalar) }
                } else {
                    for scalar in run { out.append(scalar) }
                }
            }
            run.removeAll()
            bytes.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80, let byte = Windows1252.byte(for: scalar) {
                run.append(scalar)
                bytes.append(byte)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }

    /// The scalars `bytes` spell as UTF-8, or nil when they are not valid UTF-8 or hold no
    /// multi-byte character.
    private static func decoded(_ bytes: [UInt8]) -> String.UnicodeScalarView? {
        var scalars = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var multibyte = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value >= 0x80 { multibyte = true }
                scalars.append(scalar)
            case .emptyInput: return multibyte ? scalars : nil
            case .error: return nil
            }
        }
    }
}
