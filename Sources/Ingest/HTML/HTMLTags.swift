/// What the reader knows about HTML tag names.
enum HTMLTags {
    /// Elements that never hold article text: scripts, styles, embedded objects, form controls.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
        "button", "input", "select", "textarea", "option", "link", "meta", "head", "title", "nav", "dialog",
        "video", "audio", "picture", "source", "map", "base", "figcaption",
    ]

    /// Elements that start a new block of text.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "html",
        "body", "center", "hgroup", "menu",
    ]

    /// Headings.
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
        "search",
    ]

    /// Elements a class or id of furniture does not remove (the page's frame, links, and table parts
    /// whose class says nothing of the text).
    static let keptWhateverTheirName: Set<String> = [
        "html", "body", "a", "article", "main", "table", "tbody", "thead", "tr", "td", "th", "code", "pre",
    ]

    /// Elements whose own text blocks are scored as paragraphs.
    static let paragraphs: Set<String> = ["p", "pre", "td", "blockquote"]

    /// Elements that stand for a paragraph when no block element is inside them.
    static let paragraphWhenFlat: Set<String> = ["div", "section", "article", "main", "font", "center", "span"]

    /// Score an element starts with as the article's container, by its tag.
    static func baseScore(_ name: String) -> Double {
        switch name {
        case "div", "article", "main": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }
}
