/// A JSON value; strings are decoded, numbers kept as written.
enum JSONValue: Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)), (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}

/// Why bytes are not JSON, with the byte offset where parsing stopped.
struct JSONError: Error, Equatable, CustomStringConvertible {
    /// The zero-based byte offset in the parsed bytes.
    var offset: Int
    /// What was expected or found.
    var message: String

    var description: String { "malformed JSON at byte \(offset + 1): \(message)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes (a raw tab inside a string is tolerated).
///
/// Hand-written because the article reader parses millions of lines: it decodes an unescaped string
/// with one validation pass and never goes through Foundation.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0
    private var scratch: [UInt8] = []
    private static let maxDepth = 64

    /// Parses exactly one value filling `bytes` (whitespace around it allowed).
    static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONError) -> JSONValue in
            var parser = JSONParser(bytes: buffer)
            let value = try parser.value(depth: 0)
            parser.skipWhitespace()
            if parser.index < buffer.count {
                throw JSONError(offset: parser.index, message: "unexpected text after the value")
            }
            return value
        }
    }

    /// Parses a sequence of values (an array's elements or whitespace-separated documents), calling `visit`
    /// with each value or error and the byte offset where it starts. After an error inside an array
    /// the rest is abandoned.
    static func parseSequence(
        _ bytes: [UInt8], _ visit: (Result<JSONValue, JSONError>, Int) throws -> Void
    ) rethrows {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            parser.skipWhitespace()
            if parser.index < buffer.count && buffer[parser.index] == UInt8(ascii: "[") {
                parser.index += 1
                parser.skipWhitespace()
                if parser.peek() == UInt8(ascii: "]") {
                    parser.index += 1
                } else {
                    while true {
                        let start = parser.index
                        let element = parser.next(depth: 1)
                        try visit(element, start)
                        if case .failure = element { return }
                        parser.skipWhitespace()
                        guard let c = parser.peek() else {
                            try visit(
                                .failure(JSONError(offset: parser.index, message: "unterminated array")), parser.index)
                            return
                        }
                        parser.index += 1
                        if c == UInt8(ascii: "]") { break }
                        if c != UInt8(ascii: ",") {
                            try visit(
                                .failure(JSONError(offset: parser.index - 1, message: "expected ',' or ']'")), start)
                            return
                        }
                        parser.skipWhitespace()
                    }
                }
                parser.skipWhitespace()
                if parser.index < buffer.count {
                    try visit(
                        .failure(JSONError(offset: parser.index, message: "unexpected text after the array")),
                        parser.index)
                }
                return
            }
            while parser.index < buffer.count {
                let start = parser.index
                let document = parser.next(depth: 0)
                try visit(document, start)
                if case .failure = document { return }
                parser.skipWhitespace()
            }
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func next(depth: Int) -> Result<JSONValue, JSONError> {
        do throws(JSONError) {
            return .success(try value(depth: depth))
        } catch {
            return .failure(error)
        }
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONError) -> JSONValue {
        skipWhitespace()
        guard let c = peek() else { throw JSONError(offset: index, message: "expected a value, found the end") }
        switch c {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw JSONError(offset: index, message: "unexpected character '\(Self.show(c))'")
        }
    }

    private mutating func object(depth: Int) throws(JSONError) -> JSONValue {
        if depth > Self.maxDepth { throw JSONError(offset: index, message: "nested too deeply") }
        index += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw JSONError(offset: index, message: "expected a quoted key") }
            let key = try string()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw JSONError(offset: index, message: "expected ':' after a key")
            }
            index += 1
            let member = try value(depth: depth)
            members.append((key, member))
            skipWhitespace()
            guard let c = peek() else { throw JSONError(offset: index, message: "unterminated object") }
            index += 1
            if c == UInt8(ascii: "}") { return .object(members) }
            if c != UInt8(ascii: ",") { throw JSONError(offset: index - 1, message: "expected ',' or '}'") }
        }
    }

    private mutating func array(depth: Int) throws(JSONError) -> JSONValue {
        if depth > Self.maxDepth { throw JSONError(offset: index, message: "nested too deeply") }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth))
            skipWhitespace()
            guard let c = peek() else { throw JSONError(offset: index, message: "unterminated array") }
            index += 1
            if c == UInt8(ascii: "]") { return .array(elements) }
            if c != UInt8(ascii: ",") { throw JSONError(offset: index - 1, message: "expected ',' or ']'") }
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONError) {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        guard index + count <= bytes.count else { throw JSONError(offset: index, message: "unexpected end") }
        for k in 0..<count where bytes[index + k] != start[k] {
            throw JSONError(offset: index + k, message: "expected '\(word)'")
        }
        index += count
    }

    private mutating func number() throws(JSONError) -> String {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), first >= 0x30 && first <= 0x39 else {
            throw JSONError(offset: index, message: "expected a digit")
        }
        if first == 0x30 { index += 1 } else { digits() }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let d = peek(), d >= 0x30 && d <= 0x39 else {
                throw JSONError(offset: index, message: "expected a digit")
            }
            digits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let d = peek(), d >= 0x30 && d <= 0x39 else {
                throw JSONError(offset: index, message: "expected a digit")
            }
            digits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func digits() {
        while let d = peek(), d >= 0x30 && d <= 0x39 { index += 1 }
    }

    private mutating func string() throws(JSONError) -> String {
        let open = index
        index += 1
        let start = index
        // Fast path: no escapes, one validation of the bytes in place.
        while index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return try validated(slice, at: start)
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 && c != 0x09 { throw JSONError(offset: index, message: "control character in a string") }
            index += 1
        }
        guard index < bytes.count else { throw JSONError(offset: open, message: "unterminated string") }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "\"") {
                index += 1
                let text = scratch.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
                guard let text else { throw JSONError(offset: start, message: "invalid UTF-8 in a string") }
                return text
            }
            if c < 0x20 && c != 0x09 { throw JSONError(offset: index, message: "control character in a string") }
            if c != UInt8(ascii: "\\") {
                scratch.append(c)
                index += 1
                continue
            }
            index += 1
            guard let e = peek() else { break }
            index += 1
            switch e {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"): appendScalar(try unicodeEscape())
            default: throw JSONError(offset: index - 1, message: "unknown escape '\\\(Self.show(e))'")
            }
        }
        throw JSONError(offset: open, message: "unterminated string")
    }

    private func validated(_ slice: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONError) -> String {
        guard let text = String(validating: slice, as: UTF8.self) else {
            let bad = UTF8Check.scan(slice).firstInvalid ?? 0
            throw JSONError(offset: offset + bad, message: "invalid UTF-8 in a string")
        }
        return text
    }

    /// Reads `XXXX` after `\u`, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    private mutating func unicodeEscape() throws(JSONError) -> UInt32 {
        let high = try hex4()
        if high >= 0xD800 && high <= 0xDBFF {
            if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u") {
                let save = index
                index += 2
                let low = try hex4()
                if low >= 0xDC00 && low <= 0xDFFF { return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00) }
                index = save
            }
            return 0xFFFD
        }
        if high >= 0xDC00 && high <= 0xDFFF { return 0xFFFD }
        return high
    }

    private mutating func hex4() throws(JSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONError(offset: index, message: "short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[index]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: throw JSONError(offset: index, message: "bad hex digit in \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func appendScalar(_ value: UInt32) {
        let v = Unicode.Scalar(value)?.value ?? 0xFFFD
        switch v {
        case 0..<0x80:
            scratch.append(UInt8(v))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | v >> 6))
            scratch.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | v >> 12))
            scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | v & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | v >> 18))
            scratch.append(UInt8(0x80 | v >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | v & 0x3F))
        }
    }

    private static func show(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }
}
