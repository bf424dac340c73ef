/// A piece of HTML. Text interpolated into it is escaped; only other `HTML` values go in as they
/// are, so a page cannot carry markup that came from the database or the request.
///
/// ```swift
/// let name = "<script>"
/// let html: HTML = "<p>\(name)</p>"   // <p>&lt;script&gt;</p>
/// ```
struct HTML: ExpressibleByStringInterpolation, Sendable, Hashable {
    /// The markup.
    private(set) var rendered: String

    init(stringLiteral value: String) {
        rendered = value
    }

    init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.rendered
    }

    private init(rendered: String) {
        self.rendered = rendered
    }

    /// No markup.
    static let empty = HTML(rendered: "")

    /// `parts` one after another.
    static func joined(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(rendered: parts.map(\.rendered).joined(separator: separator.rendered))
    }

    /// Appends `other`.
    static func += (lhs: inout HTML, rhs: HTML) {
        lhs.rendered += rhs.rendered
    }

    /// Text made safe for element content and for double- or single-quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Builds HTML from literals and escaped values.
    struct Interpolation: StringInterpolationProtocol {
        var rendered = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) {
            rendered += literal
        }

        mutating func appendInterpolation(_ text: String) {
            rendered += HTML.escape(text)
        }

        mutating func appendInterpolation(_ text: String?) {
            if let text { rendered += HTML.escape(text) }
        }

        mutating func appendInterpolation(_ number: Int) {
            rendered += String(number)
        }

        mutating func appendInterpolation(_ number: Int64) {
            rendered += String(number)
        }

        mutating func appendInterpolation(_ html: HTML) {
            rendered += html.rendered
        }

        mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { rendered += part.rendered }
        }
    }
}
