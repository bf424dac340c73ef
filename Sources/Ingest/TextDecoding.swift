/// Turns a text file's bytes into a string: UTF-8 (with or without a byte-order mark), UTF-16 with a
/// byte-order mark, or Windows-1252; refuses empty, binary and NUL-bearing files and corrupt UTF-8.
enum TextDecoding {
    /// Why bytes are not an article's text, with the one-based line when one is at fault.
    struct Failure: Error, Equatable {
        /// A human reason ("binary file (not text)").
        var reason: String
        /// The line at fault, if any.
        var line: Int?
    }

    /// Decodes a whole text file.
    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return decodeUTF8OrLegacy(Array(bytes[3...]))
        }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            if bytes.count >= 4 && bytes[2] == 0 && bytes[3] == 0 {
                return .failure(Failure(reason: "UTF-32 text is not supported; convert it to UTF-8"))
            }
            return decodeUTF16(bytes[2...], littleEndian: true)
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return decodeUTF16(bytes[2...], littleEndian: false)
        }
        if let nul = bytes.firstIndex(of: 0) {
            if let endian = utf16WithoutMark(bytes) { return decodeUTF16(bytes[...], littleEndian: endian) }
            if looksBinary(bytes) { return .failure(Failure(reason: "binary file (not text)")) }
            return .failure(Failure(reason: "contains NUL bytes (not text)", line: lineNumber(at: nul, in: bytes)))
        }
        if looksBinary(bytes) { return .failure(Failure(reason: "binary file (not text)")) }
        return decodeUTF8OrLegacy(bytes)
    }

    private static func decodeUTF8OrLegacy(_ bytes: [UInt8]) -> Result<String, Failure> {
        let check = UTF8Check.scan(bytes)
        guard let bad = check.firstInvalid else {
            return finish(String(decoding: bytes, as: UTF8.self))
        }
        if check.multibyteSequences == 0 && isPlausibleWindows1252(bytes) {
            return finish(Windows1252.decode(bytes))
        }
        let byte = String(bytes[bad], radix: 16, uppercase: true)
        return .failure(
            Failure(
                reason: "invalid UTF-8 (byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset \(bad))",
                line: lineNumber(at: bad, in: bytes)))
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result<String, Failure> {
        if bytes.count % 2 != 0 { return .failure(Failure(reason: "truncated UTF-16 (odd number of bytes)")) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            return .failure(Failure(reason: "invalid UTF-16 (unpaired surrogate)"))
        }
        if text.unicodeScalars.contains("\u{0}") {
            return .failure(Failure(reason: "contains NUL characters (not text)"))
        }
        return finish(text)
    }

    /// Rejects text with nothing in it and normalises line breaks to `\n`.
    private static func finish(_ text: String) -> Result<String, Failure> {
        if text.utf8.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
            return .failure(Failure(reason: "empty file (no text)"))
        }
        return .success(Mojibake.repair(normalizeLineBreaks(text)))
    }

    /// `\r\n` and lone `\r` become `\n`; other text is untouched.
    static func normalizeLineBreaks(_ text: String) -> String {
        guard ByteSearch.contains(0x0D, in: text) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousCR = true
                continue
            }
            if byte == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Little-endian (true) or big-endian (false) when the bytes read as UTF-16 without a mark:
    /// mostly ASCII text, so nearly every other byte is zero.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(65536)
        guard sample.count >= 8, sample.count % 2 == 0 || sample.count == 65536 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = sample.count / 2
        if zeroOdd * 10 >= pairs * 9 && zeroEven * 50 <= pairs { return true }
        if zeroEven * 10 >= pairs * 9 && zeroOdd * 50 <= pairs { return false }
        return nil
    }

    /// Whether the first 64 KB hold the control bytes or magic numbers of a non-text file.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let magics: [[UInt8]] = [
            [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x25, 0x50, 0x44, 0x46], [0x50, 0x4B, 0x03, 0x04],
            [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46], [0x47, 0x49, 0x46, 0x38], [0x53, 0x51, 0x4C, 0x69, 0x74, 0x65],
        ]
        for magic in magics where bytes.count >= magic.count && bytes.starts(with: magic) { return true }
        let sample = bytes.prefix(65536)
        var control = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
            control += 1
        }
        // A text file may carry the odd stray control byte; a tenth of them means data.
        return control * 10 > sample.count || (control > 0 && sample.count < 16)
    }

    /// Windows-1252 when every high byte is defined there and they stand alone like accented letters
    /// and curly quotes do, not in the long runs of random or corrupted data.
    private static func isPlausibleWindows1252(_ bytes: [UInt8]) -> Bool {
        var run = 0
        var runAllPunctuation = true
        var high = 0
        for byte in bytes {
            if byte < 0x80 {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D { return false }
                run = 0
                runAllPunctuation = true
                continue
            }
            if !Windows1252.isDefined(byte) { return false }
            high += 1
            run += 1
            if !Windows1252.isPunctuation(byte) { runAllPunctuation = false }
            if run >= 3 && !runAllPunctuation { return false }
        }
        return high * 5 <= bytes.count
    }

    private static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<offset] where byte == 0x0A { line += 1 }
        return line
    }
}

/// A fast UTF-8 validity scan that also counts well-formed multi-byte sequences.
enum UTF8Check {
    /// The scan's findings.
    struct Result {
        /// The offset of the first byte that breaks UTF-8, or nil when all is valid.
        var firstInvalid: Int?
        /// How many well-formed multi-byte sequences came before it.
        var multibyteSequences: Int
    }

    /// Scans `bytes`, counting well-formed multi-byte sequences before and after the first error.
    static func scan(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// Scans a buffer.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Result {
        var result = Result(firstInvalid: nil, multibyteSequences: 0)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                upper = 0x9F
            case 0xF0:
                need = 3
                lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                upper = 0x8F
            default: need = -1
            }
            var ok = need > 0
            if ok {
                for k in 1...need {
                    guard i + k < n else {
                        ok = false
                        break
                    }
                    let d = b[i + k]
                    let lo: UInt8 = k == 1 ? lower : 0x80
                    let hi: UInt8 = k == 1 ? upper : 0xBF
                    if d < lo || d > hi {
                        ok = false
                        break
                    }
                }
            }
            if ok {
                result.multibyteSequences += 1
                i += need + 1
            } else {
                if result.firstInvalid == nil { result.firstInvalid = i }
                i += 1
            }
        }
        return result
    }
}
