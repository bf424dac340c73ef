import Foundation

/// A link to somewhere outside the server, made only for `http` and `https` addresses: anything
/// else (`javascript:`, `data:`, a relative path) is shown as text and never becomes a link.
enum ExternalLink {
    /// The address when it is an absolute http or https URL with a host.
    static func safeURL(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
            let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return nil }
        return text
    }

    /// A link opening `url` (text when it is not http or https); `label` defaults to the address.
    static func html(_ url: String?, label: String? = nil) -> HTML {
        guard let url else { return .empty }
        guard let safe = safeURL(url) else { return "<span class=\"url\">\(url)</span>" }
        return "<a class=\"url\" href=\"\(safe)\" rel=\"noopener noreferrer nofollow\">\(label ?? url)</a>"
    }
}
