import Foundation

/// Appends JSON values to a string without JSONEncoder (which costs microseconds per call on
/// Linux, too much for tens of thousands of rows a second).
enum JSONText {
    /// `["a","b"]`.
    static func array(_ values: [String]) -> String {
        var out = "["
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            appendString(value, to: &out)
        }
        return out + "]"
    }

    /// Appends `value` as a JSON string literal, quotes included.
    static func appendString(_ value: String, to out: inout String) {
        out.unicodeScalars.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u00"
                out.unicodeScalars.append(hexDigit(scalar.value >> 4))
                out.unicodeScalars.append(hexDigit(scalar.value & 0xF))
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.unicodeScalars.append("\"")
    }

    /// Appends a JSON string or `null`.
    static func appendOptional(_ value: String?, to out: inout String) {
        if let value { appendString(value, to: &out) } else { out += "null" }
    }

    private static func hexDigit(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(UInt8(value < 10 ? 48 + value : 87 + value))
    }

    /// Parses a JSON array of strings as written by ``array(_:)``; other shapes give [].
    static func parseArray(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8),
            let values = try? JSONDecoder().decode([String].self, from: data)
        else { return [] }
        return values
    }
}
