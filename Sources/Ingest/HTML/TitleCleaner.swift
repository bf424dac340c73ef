import Foundation
import HearsayText

/// Takes the site's name off a page's `<title>` ("Storm Closes Port – The Harbour Times").
enum TitleCleaner {
    private static let separators = Lexicons.webTitleSeparators.map { " \($0) " }

    /// The headline in `title`: the whole title when a heading repeats it, else the title without
    /// the part that names the site (`site`, or a short last part after a separator).
    static func clean(_ title: String, site: String?, headings: [String]) -> String {
        let folded = fold(title)
        if headings.contains(where: { fold($0) == folded }) { return title }
        guard let (separator, parts) = split(title) else { return title }
        let siteFold = site.map(fold)
        if let siteFold, let last = parts.last, fold(last) == siteFold || siteFold.contains(fold(last)),
            wordCount(parts.dropLast().joined(separator: separator)) > 4
        {
            return parts.dropLast().joined(separator: separator)
        }
        if let siteFold, let first = parts.first, fold(first) == siteFold,
            wordCount(parts.dropFirst().joined(separator: separator)) > 4
        {
            return parts.dropFirst().joined(separator: separator)
        }
        // A heading that equals one part names it.
        for part in parts where headings.contains(where: { fold($0) == fold(part) }) { return part }
        // What is left must be a headline on its own: a few words may be the site's section or name.
        let head = parts.dropLast().joined(separator: separator)
        if wordCount(head) > 4 { return head }
        let tail = parts.dropFirst().joined(separator: separator)
        if wordCount(tail) > 4 && wordCount(parts[0]) <= 2 { return tail }
        return title
    }

    /// How many of `a`'s words are in `b` (folded).
    static func overlap(_ a: String, _ b: String) -> Int {
        let other = Set(fold(b).split(separator: " "))
        return fold(a).split(separator: " ").filter { other.contains($0) }.count
    }

    private static func split(_ title: String) -> (String, [String])? {
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map(HTMLTree.collapse).filter { !$0.isEmpty }
            if parts.count >= 2 { return (separator, parts) }
        }
        return nil
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " }).count
    }

    static func fold(_ text: String) -> String {
        String(
            HTMLTree.collapse(text).lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " "
            })
    }
}

/// A byline's name or names, without "By" and what is not a name.
enum Byline {
    /// `"By Ana Ruiz and Tom Lee"` → `"Ana Ruiz and Tom Lee"`; nil when nothing like a name is left.
    static func clean(_ text: String) -> String? {
        var byline = HTMLTree.collapse(text)
        for prefix in ["by:", "by ", "written by ", "von ", "par ", "por "]
        where byline.lowercased().hasPrefix(prefix) {
            byline = HTMLTree.collapse(String(byline.dropFirst(prefix.count)))
        }
        guard !byline.isEmpty, byline.unicodeScalars.count <= 100 else { return nil }
        guard byline.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return byline
    }
}
