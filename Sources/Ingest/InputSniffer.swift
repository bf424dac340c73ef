/// Tells what a stream holds from its first bytes: gzip, WARC, a web page, JSON or text.
enum InputSniffer {
    /// A kind of input.
    enum Kind: Equatable {
        case gzip
        case warc
        case html
        case jsonLines
        case jsonDocument
        case text
    }

    /// The kind of input that starts with `head` (a few KB are enough).
    static func kind(of head: [UInt8]) -> Kind {
        if head.starts(with: [0x1F, 0x8B]) { return .gzip }
        var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func skipSpace() {
            while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        }
        skipSpace()
        if head[i...].starts(with: Array("WARC/1.".utf8)) { return .warc }
        if i < head.count && head[i] == UInt8(ascii: "{") { return .jsonLines }
        if i < head.count && head[i] == UInt8(ascii: "[") {
            var j = i + 1
            while j < head.count, head[j] == 0x20 || head[j] == 0x09 || head[j] == 0x0A || head[j] == 0x0D { j += 1 }
            if j < head.count && head[j] == UInt8(ascii: "{") { return .jsonDocument }
        }
        // Markup may open with comments or an XML declaration before the doctype.
        let lower = head[i...].prefix(2048).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for opening in ["<!doctype html", "<html", "<?xml", "<!--", "<head", "<meta", "<body"]
        where lower.starts(with: Array(opening.utf8)) {
            if opening == "<?xml" || opening == "<!--" {
                return contains(lower, "<html") || contains(lower, "<!doctype html") ? .html : .text
            }
            return .html
        }
        return .text
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard haystack.count >= n.count else { return false }
        for start in 0...(haystack.count - n.count) where haystack[start] == n[0] {
            if haystack[start..<(start + n.count)].elementsEqual(n) { return true }
        }
        return false
    }
}
