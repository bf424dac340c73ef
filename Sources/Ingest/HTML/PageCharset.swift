/// Finds a page's character encoding and turns its bytes into UTF-8.
///
/// In order: a byte-order mark, the HTTP header's charset (from a WARC record), a `<meta charset>`
/// or `http-equiv` in the first 4 KB, else UTF-8 when the bytes are valid UTF-8 and Windows-1252 when
/// not. ISO-8859-1 is read as Windows-1252, as browsers do. Other declared charsets are handed to
/// libxml2 (iconv) by name.
enum PageCharset {
    /// Bytes ready for the parser.
    enum Decoded: Equatable {
        /// UTF-8 bytes (the BOM taken off).
        case utf8([UInt8])
        /// Bytes in another encoding libxml2 converts, with its name.
        case other([UInt8], encoding: String)
    }

    /// Why a page's bytes cannot be read.
    struct Failure: Error, Equatable {
        var reason: String
    }

    /// Something the reader recovered from, worth telling the user.
    struct Note: Equatable {
        var reason: String
    }

    /// Decodes `bytes`, with `declared` the HTTP header's charset when known.
    static func decode(_ bytes: [UInt8], declared: String? = nil) -> (Result<Decoded, Failure>, Note?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return checkUTF8(Array(bytes.dropFirst(3)), declared: "BOM") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            switch TextDecoding.decode(bytes) {
            case .success(let text): return (.success(.utf8(Array(text.utf8))), nil)
            case .failure(let failure): return (.failure(Failure(reason: failure.reason)), nil)
            }
        }
        let charset = declared.flatMap(normalize) ?? metaCharset(bytes).flatMap(normalize)
        // Text in a legacy encoding almost never reads as valid UTF-8 with multi-byte sequences in it,
        // so such bytes are UTF-8 whatever the page says (pages saved as UTF-8 keep their old declaration).
        if let charset, charset != "utf-8" {
            let check = UTF8Check.scan(bytes)
            if check.firstInvalid == nil && check.multibyteSequences > 0 {
                return (.success(.utf8(bytes)), Note(reason: "declares charset \(charset) but is UTF-8; read as UTF-8"))
            }
        }
        switch charset {
        case nil:
            if UTF8Check.scan(bytes).firstInvalid == nil { return (.success(.utf8(bytes)), nil) }
            return (.success(.utf8(Array(Windows1252.decode(bytes).utf8))), nil)
        case "utf-8"?:
            return checkUTF8(bytes, declared: "utf-8")
        case "windows-1252"?:
            return (.success(.utf8(Array(Windows1252.decode(bytes).utf8))), nil)
        case let other?:
            return (.success(.other(bytes, encoding: other)), nil)
        }
    }

    private static func checkUTF8(_ bytes: [UInt8], declared: String) -> (Result<Decoded, Failure>, Note?) {
        let check = UTF8Check.scan(bytes)
        guard let bad = check.firstInvalid else { return (.success(.utf8(bytes)), nil) }
        let hex = String(bytes[bad], radix: 16, uppercase: true)
        return (
            .failure(
                Failure(
                    reason: "charset says \(declared) but byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(bad) "
                        + "is not UTF-8 (the charset lies; fix the page or its declaration)")),
            nil
        )
    }

    /// A charset name in its canonical spelling; nil for an empty one.
    static func normalize(_ name: String) -> String? {
        let lower = HTMLTree.lowercased(
            String(name.unicodeScalars.filter { !WhiteSpace.contains($0) && $0 != "\"" && $0 != "'" }))
        switch lower {
        case "": return nil
        // A page that reached us as bytes in a <meta> cannot be UTF-16; browsers read that claim as UTF-8.
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "utf-16", "utf-16le", "utf-16be":
            return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii",
            "iso_8859-1", "x-cp1252", "ansi_x3.4-1968":
            return "windows-1252"
        default: return lower
        }
    }

    /// The charset a `<meta>` in the first 4 KB declares.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            if head[i] == 0x63 && head[i..<(i + needle.count)].elementsEqual(needle) {
                // Only inside a <meta ...> tag: look back for "<meta" before any ">".
                var back = i
                var inMeta = false
                while back > 0 && i - back < 512 {
                    back -= 1
                    if head[back] == 0x3E { break }
                    if head[back] == 0x3C {
                        inMeta = head[back...].starts(with: Array("<meta".utf8))
                        break
                    }
                }
                var j = i + needle.count
                while j < head.count && (head[j] == 0x20 || head[j] == 0x09) { j += 1 }
                if inMeta && j < head.count && head[j] == 0x3D {
                    j += 1
                    while j < head.count && (head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27) { j += 1 }
                    var end = j
                    while end < head.count, head[end] > 0x20, head[end] != 0x22, head[end] != 0x27, head[end] != 0x3B,
                        head[end] != 0x3E, head[end] != 0x2F
                    {
                        end += 1
                    }
                    if end > j { return String(decoding: head[j..<end], as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }
}
