import Extraction
import HearsayModel
import HearsayText

/// Reads a page's title, date, author, outlet and address, each from the most reliable source the
/// page has: JSON-LD, then `<meta>` tags, then the document's own elements, then the URL.
struct PageMetadataReader {
    let tree: HTMLTree

    /// `<meta>` values by normalised name (`property` or `name`, several names split), first one kept.
    private var metas: [String: String] = [:]
    /// The same for `property` attributes, read first.
    private var properties: [String: String] = [:]
    private var jsonLD: JSONLDArticle?

    init(tree: HTMLTree) {
        self.tree = tree
        var scripts: [String] = []
        let meta = tree.tagNames.firstIndex(of: "meta").map(UInt32.init)
        let script = tree.tagNames.firstIndex(of: "script").map(UInt32.init)
        for index in tree.indices where tree.tags[index] != 0 {
            let tag = tree.tags[index]
            if tag == meta {
                guard let content = tree.attribute("content", of: index).map(HTMLTree.collapse), !content.isEmpty
                else { continue }
                for key in ["property", "name", "itemprop"] {
                    guard let names = tree.attribute(key, of: index) else { continue }
                    for name in names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                        let normal = Self.normalize(String(name))
                        // RDFa properties are written for machines, so they beat names written for browsers.
                        if key == "property" {
                            if properties[normal] == nil { properties[normal] = content }
                        } else if metas[normal] == nil {
                            metas[normal] = content
                        }
                    }
                }
            } else if tag == script, HTMLTree.lowercased(tree.attribute("type", of: index) ?? "").contains("ld+json") {
                var bytes: [UInt8] = []
                for child in tree.children(of: index) { bytes.append(contentsOf: tree.textBytes(of: child)) }
                scripts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        jsonLD = JSONLDArticle.read(scripts)
    }

    /// Meta names compare with `:` and `.` alike and ignoring case.
    static func normalize(_ name: String) -> String {
        String(HTMLTree.lowercased(name).map { $0 == "." ? ":" : $0 })
    }

    private func meta(_ names: [String]) -> String? {
        for name in names {
            let normal = Self.normalize(name)
            if let value = properties[normal] ?? metas[normal] { return value }
        }
        return nil
    }

    /// The metadata; `url` is the address the page came from, when known (a WARC target, a JSON field).
    func read(url knownURL: String?) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        metadata.url = canonicalURL() ?? knownURL
        metadata.source = jsonLDPublisherOrSiteName() ?? host(of: metadata.url ?? knownURL)
        metadata.title = title(site: metadata.source)
        metadata.author = author()
        metadata.date = date(url: metadata.url ?? knownURL)
        return metadata
    }

    // MARK: - Fields

    private func canonicalURL() -> String? {
        for index in tree.elements(named: "link") {
            let rel = HTMLTree.lowercased(tree.attribute("rel", of: index) ?? "")
            if rel.split(separator: " ").contains("canonical"), let href = tree.attribute("href", of: index),
                href.hasPrefix("http")
            {
                return HTMLTree.collapse(href)
            }
        }
        if let og = meta(["og:url"]), og.hasPrefix("http") { return og }
        if let url = jsonLD?.url, url.hasPrefix("http") { return url }
        return nil
    }

    private func jsonLDPublisherOrSiteName() -> String? {
        meta(Lexicons.webSiteMetaNames) ?? jsonLD?.publisher
    }

    private func host(of url: String?) -> String? {
        guard let url, let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }

    private func title(site: String?) -> String? {
        let documentTitle = tree.elements(named: "title").first.map { tree.text(of: $0) } ?? ""
        let fromJSONLD = [jsonLD?.headline, jsonLD?.name].compactMap { $0 }
        if fromJSONLD.count == 2 && fromJSONLD[0] != fromJSONLD[1] && !documentTitle.isEmpty {
            // A headline and a name that differ: the one the page's own title agrees with.
            let (headline, name) = (fromJSONLD[0], fromJSONLD[1])
            return TitleCleaner.overlap(name, documentTitle) > TitleCleaner.overlap(headline, documentTitle)
                ? name : headline
        }
        if let first = fromJSONLD.first { return first }
        if let fromMeta = meta(Lexicons.webTitleMetaNames) { return fromMeta }
        let headings = tree.elements(named: "h1").map { tree.text(of: $0) }.filter { !$0.isEmpty }
        if documentTitle.isEmpty { return headings.first }
        return TitleCleaner.clean(documentTitle, site: site, headings: headings)
    }

    private func author() -> String? {
        if let author = jsonLD?.author { return author }
        if let author = meta(Lexicons.webAuthorMetaNames), !author.hasPrefix("http"), !author.hasPrefix("@") {
            return Byline.clean(author)
        }
        for index in tree.indices where !tree.isText(index) {
            let isByline =
                tree.attribute("rel", of: index) == "author"
                || (tree.attribute("itemprop", of: index)?.contains("author") ?? false)
                || NameWords.bylines.matches(MainTextFinder.names(index, in: tree))
            guard isByline, !HTMLTags.dropped.contains(tree.name(index)), !isInFurniture(index) else { continue }
            var text = tree.text(of: index)
            if let itemName = tree.descendants(of: index).first(where: {
                tree.attribute("itemprop", of: $0) == "name"
            }) {
                text = tree.text(of: itemName)
            }
            // As printed ("By Ana Ruiz"): a byline element's words are the page's own.
            let byline = HTMLTree.collapse(text)
            if !byline.isEmpty && byline.unicodeScalars.count <= 100 { return byline }
        }
        return nil
    }

    /// Whether an ancestor of `index` is navigation, a menu, a sidebar or the like.
    private func isInFurniture(_ index: Int) -> Bool {
        var at = tree.parent(index)
        while at > 0 {
            let name = tree.name(at)
            if HTMLTags.dropped.contains(name) || name == "footer" || name == "aside" { return true }
            if let role = tree.attribute("role", of: at), ["navigation", "menu", "complementary"].contains(role) {
                return true
            }
            if NameWords.bylineFurniture.matches(MainTextFinder.names(at, in: tree)) { return true }
            at = tree.parent(at)
        }
        return false
    }

    private func date(url: String?) -> String? {
        let candidates: [String?] = [jsonLD?.datePublished, meta(Lexicons.webDateMetaNames)]
        for candidate in candidates {
            if let candidate, let day = DateText.day(candidate) { return day }
        }
        for index in tree.elements(named: "time") {
            if let value = tree.attribute("datetime", of: index), let day = DateText.day(value) { return day }
        }
        if let url, let day = DateText.dayInURL(url) { return day }
        return nil
    }
}
