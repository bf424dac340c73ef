import Foundation

extension DateText {
    /// The day `text` gives as `YYYY-MM-DD` (ISO 8601 with or without time and zone, RFC 2822,
    /// `YYYY/MM/DD`, month names), or nil when it gives none.
    ///
    /// The day is the one written, not moved into another time zone: `2020-01-07T23:30:00-05:00` is
    /// the 7th, the date the outlet printed.
    static func day(_ text: String) -> String? {
        let normal = normalize(Whitespace.trim(text))
        return isDay(normal) ? normal : nil
    }

    /// The `/YYYY/MM/DD/` (or `/YYYY-MM-DD`) date in a URL's path, if any.
    static func dayInURL(_ url: String) -> String? {
        let b = Array(url.utf8)
        func number(_ i: Int, _ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[i + k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        var i = 0
        while i + 11 <= b.count {
            if b[i] == 0x2F, let y = number(i + 1, 4), (1990...2100).contains(y), b[i + 5] == 0x2F || b[i + 5] == 0x2D,
                let m = number(i + 6, 2), (1...12).contains(m), i + 8 < b.count, b[i + 8] == b[i + 5],
                let d = number(i + 9, 2), (1...31).contains(d), i + 11 == b.count || number(i + 11, 1) == nil
            {
                let text = String(decoding: b[(i + 1)..<(i + 11)], as: UTF8.self)
                return normalize(text.replacingOccurrences(of: "/", with: "-"))
            }
            i += 1
        }
        return nil
    }

    private static func isDay(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
        for (i, c) in b.enumerated() where i != 4 && i != 7 {
            if c < 0x30 || c > 0x39 { return false }
        }
        return true
    }
}
