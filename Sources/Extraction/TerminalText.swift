/// Text from outside (a file name, a key) made safe to print on one terminal line.
public enum TerminalText {
    /// `text` with line breaks, tabs and other control characters written as escapes (`\n`, `\t`,
    /// `\u{1B}`), and backslashes doubled when anything was escaped, so a file name holding a
    /// newline cannot forge a second line of output; ordinary text comes back unchanged.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            default:
                if isControl(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) || scalar == "\u{2028}"
            || scalar == "\u{2029}"
    }
}
