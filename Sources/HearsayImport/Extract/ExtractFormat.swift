import Foundation

/// The `hearsay-extract` line format: its version, and how lines are written and recognised.
public enum ExtractFormat {
    /// The version this build writes and reads.
    public static let version = 1
    /// The `format` field of every line this build writes.
    public static let name = "hearsay-extract/\(version)"
    private static let prefix = "hearsay-extract/"

    /// The version number a `format` value names, nil when it is not a `hearsay-extract` format.
    public static func version(of format: String) -> Int? {
        guard format.hasPrefix(prefix) else { return nil }
        return Int(format.dropFirst(prefix.count))
    }

    /// `{"format":NAME,` followed by the fields of `body` with sorted keys: `format` first, so a
    /// reader (or a person with `head`) sees the version before anything else.
    static func line(body: some Encodable) -> [UInt8] {
        var bytes = Array("{\"format\":\"\(name)\"".utf8)
        let encoded = encoded(body)
        // The body is an object: "{}" when empty, "{...}" otherwise.
        if encoded.count > 2 { bytes.append(UInt8(ascii: ",")) }
        bytes += encoded.dropFirst()
        return bytes
    }

    /// `value` as compact JSON with sorted keys and unescaped slashes.
    static func encoded(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(value))
        } catch {
            // Only a non-finite number can fail, and extraction makes none; say so rather than crash.
            return Array(#"{"unencodable":true}"#.utf8)
        }
    }

    /// The article key of a line written by ``ExtractRecord/line()``, read without parsing the
    /// line; nil when the line does not start as this build writes it or the key has escapes.
    static func quickKey(_ line: [UInt8]) -> [UInt8]? {
        let start = quickKeyPrefix.count
        guard line.count > start, line.starts(with: quickKeyPrefix) else { return nil }
        var index = start
        while index < line.count {
            switch line[index] {
            case UInt8(ascii: "\""): return Array(line[start..<index])
            case UInt8(ascii: "\\"): return nil
            default: index += 1
            }
        }
        return nil
    }

    private static let quickKeyPrefix = Array("{\"format\":\"\(name)\",\"article\":{\"key\":\"".utf8)
}

/// The line written in place of an article that could not be read: `{"format":...,"error":{...}}`.
public struct ExtractError: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The input at fault.
    public var path: String
    /// Its one-based line, when the input is JSON lines.
    public var line: Int?
    /// What was wrong.
    public var message: String

    /// An error about `path` (and `line`).
    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case path, line, message
    }

    /// Writes every field, `line` as null when there is none, so scripts find the same keys on
    /// every error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(line, forKey: .line)
        try container.encode(message, forKey: .message)
    }

    /// `path:line: message`.
    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }

    /// The error as one JSON line, without the line break.
    public func recordLine() -> [UInt8] {
        ExtractFormat.line(body: ["error": self])
    }
}
