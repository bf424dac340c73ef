import Foundation

/// The `name=value` pairs of a query string or a form body (`application/x-www-form-urlencoded`):
/// `+` is a space, `%XX` a byte; later duplicates are ignored, empty values are absent.
struct Parameters: Sendable, Hashable {
    private(set) var values: [String: String] = [:]

    /// Reads `encoded` (without the leading `?`).
    init(_ encoded: String? = nil) {
        guard let encoded else { return }
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), values[name] == nil else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { values[name] = trimmed }
        }
    }

    /// Pairs given directly.
    init(values: [String: String]) {
        self.values = values.filter { !$0.value.isEmpty }
    }

    subscript(_ name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue?.isEmpty == false ? newValue : nil }
    }

    /// The pairs encoded as a query string, names in order, so equal parameters give equal links.
    var encoded: String {
        values.keys.sorted().compactMap { name in
            values[name].map { Self.encode(name) + "=" + Self.encode($0) }
        }.joined(separator: "&")
    }

    /// `path`, followed by `?` and the pairs when there are any.
    func link(_ path: String) -> String {
        let query = encoded
        return query.isEmpty ? path : path + "?" + query
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` percent-encoded for a query string.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static func decode(_ part: Substring) -> String? {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
