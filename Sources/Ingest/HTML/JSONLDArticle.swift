import HearsayText

/// The article fields a page's JSON-LD (`<script type="application/ld+json">`) gives.
struct JSONLDArticle {
    var headline: String?
    /// The `name` of an article object (some sites put the title here and a summary in `headline`).
    var name: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var url: String?

    private static let articleTypes = Set(Lexicons.webArticleTypes.map { $0.lowercased() })

    /// The fields of the first article object in `scripts` (each a JSON-LD script's text); nil when none.
    static func read(_ scripts: [String]) -> JSONLDArticle? {
        var candidates: [[(String, JSONValue)]] = []
        for script in scripts {
            var text = Whitespace.trim(script)
            // Some pages wrap the JSON in a CDATA section or an HTML comment.
            for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->")] where text.hasPrefix(open) {
                text = String(text.dropFirst(open.count))
                if text.hasSuffix(close) { text = String(text.dropLast(close.count)) }
            }
            guard let value = try? JSONParser.parse(Array(text.utf8)) else { continue }
            collect(value, into: &candidates, depth: 0)
        }
        // An object with a headline beats one without; among those, an article type beats others.
        var best: [(String, JSONValue)]?
        var bestRank = 0
        for members in candidates {
            var rank = 0
            if field(members, "headline") != nil { rank += 2 }
            if isArticle(field(members, "@type")) { rank += 1 }
            if rank > bestRank {
                best = members
                bestRank = rank
            }
        }
        guard let fields = best else { return nil }
        var article = JSONLDArticle()
        article.headline = string(field(fields, "headline"))
        article.name = isArticle(field(fields, "@type")) ? string(field(fields, "name")) : nil
        article.datePublished = string(field(fields, "datePublished"))
        article.author = names(field(fields, "author"))
        if article.author == nil {
            // Some pages describe the article twice; the second object may name the author.
            article.author =
                candidates.lazy.filter { isArticle(field($0, "@type")) }
                .compactMap { names(field($0, "author")) }.first
        }
        article.publisher = names(field(fields, "publisher"))
        article.url = string(field(fields, "url")) ?? string(field(fields, "mainEntityOfPage"))
        return article
    }

    private static func field(_ members: [(String, JSONValue)], _ key: String) -> JSONValue? {
        for (name, value) in members where name == key { return value }
        return nil
    }

    private static func collect(_ value: JSONValue, into out: inout [[(String, JSONValue)]], depth: Int) {
        guard depth < 8 else { return }
        switch value {
        case .array(let items):
            for item in items { collect(item, into: &out, depth: depth + 1) }
        case .object(let members):
            if members.contains(where: { $0.0 == "@type" }) { out.append(members) }
            for (key, member) in members where key == "@graph" || key == "mainEntity" {
                collect(member, into: &out, depth: depth + 1)
            }
        default:
            break
        }
    }

    private static func isArticle(_ type: JSONValue?) -> Bool {
        switch type {
        case .string(let name)?:
            let lower = name.lowercased()
            return articleTypes.contains(lower) || lower.hasSuffix("article")
        case .array(let items)?: return items.contains { isArticle($0) }
        default: return false
        }
    }

    private static func string(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?:
            let trimmed = HTMLTree.collapse(text)
            return trimmed.isEmpty ? nil : trimmed
        case .array(let items)?: return items.lazy.compactMap { string($0) }.first
        case .object(let members)?:
            return string(members.first { $0.0 == "@id" || $0.0 == "url" }?.1)
        default: return nil
        }
    }

    /// A person or organisation's name, or several joined with ", ".
    private static func names(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?:
            let trimmed = HTMLTree.collapse(text)
            return trimmed.isEmpty || trimmed.hasPrefix("http") ? nil : trimmed
        case .array(let items)?:
            var seen: [String] = []
            for item in items {
                if let name = names(item), !seen.contains(name) { seen.append(name) }
            }
            return seen.isEmpty ? nil : seen.joined(separator: ", ")
        case .object(let members)?:
            let name = members.first { $0.0 == "name" }?.1
            return names(name)
        default: return nil
        }
    }
}
