import Extraction
import HearsayModel
import HearsayText

/// The article fields of one JSON object: `text` (or a raw page in `html`) and any of `id`, `title`,
/// `date`, `source`, `url`, `author`, also under the names crawlers write (news-please, trafilatura).
struct JSONArticle: Equatable {
    /// The `id`, if any (a number is kept as written).
    var id: String?
    /// The article text (empty when the object gives a page in `html` instead).
    var text: String
    /// The raw page, read through the HTML path, when the object gives one.
    var html: String?
    /// The metadata fields present.
    var metadata: ArticleMetadata
    /// Fields present that Hearsay does not use, in the object's order.
    var unusedFields: [String] = []
    /// The date field's name and value when the value is not a date Hearsay can read.
    var unreadableDate: (field: String, value: String)?

    static func == (a: JSONArticle, b: JSONArticle) -> Bool {
        a.id == b.id && a.text == b.text && a.html == b.html && a.metadata == b.metadata
            && a.unusedFields == b.unusedFields && a.unreadableDate?.field == b.unreadableDate?.field
            && a.unreadableDate?.value == b.unreadableDate?.value
    }

    /// Field names read for each article field, ours first, then news-please's and trafilatura's.
    private static let textNames = ["text", "maintext"]
    private static let titleNames = ["title"]
    private static let dateNames = ["date", "date_publish", "published", "date_published", "publish_date", "pubdate"]
    private static let sourceNames = ["source", "outlet", "sitename", "source_domain", "hostname", "publisher"]
    private static let urlNames = ["url", "link"]
    private static let authorNames = ["author", "authors", "byline"]
    private static let used = Set(
        ["id", "html"] + textNames + titleNames + dateNames + sourceNames + urlNames + authorNames)

    /// Reads the fields of `value`, or says why it is not an article.
    static func from(_ value: JSONValue) -> Result<JSONArticle, Failure> {
        guard case .object(let members) = value else {
            return .failure(Failure(reason: "not a JSON object (expected {\"text\": ...})"))
        }
        var fields: [String: JSONValue] = [:]
        var unused: [String] = []
        for (key, member) in members where fields[key] == nil {
            fields[key] = member
            if !used.contains(key) { unused.append(key) }
        }
        var html: String?
        if case .string(let page)? = fields["html"], !page.utf8.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
        {
            html = page
        }
        let textName = textNames.first { fields[$0] != nil }
        var text = ""
        if html == nil {
            guard let textName, let textValue = fields[textName] else {
                return .failure(Failure(reason: "no \"text\" field"))
            }
            guard case .string(let string) = textValue else {
                return .failure(Failure(reason: "\"\(textName)\" is not a string"))
            }
            text = string
            if text.utf8.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
                return .failure(Failure(reason: "\"\(textName)\" is empty"))
            }
            if ByteSearch.contains(0, in: text) {
                return .failure(Failure(reason: "\"\(textName)\" contains NUL characters"))
            }
        }
        var metadata = ArticleMetadata()
        metadata.title = first(titleNames, in: fields)?.value
        var unreadableDate: (field: String, value: String)?
        if let (name, date) = first(dateNames, in: fields) {
            metadata.date = DateText.normalize(date)
            if DateText.day(date) == nil { unreadableDate = (name, date) }
        }
        var url = first(urlNames, in: fields)?.value
        var source: String?
        for name in sourceNames {
            guard let value = scalar(fields[name]) else { continue }
            // trafilatura's "source" is the page's address, not the outlet.
            if value.hasPrefix("http://") || value.hasPrefix("https://") {
                if url == nil { url = value }
                continue
            }
            source = value
            break
        }
        metadata.source = source
        metadata.url = url
        metadata.author = first(authorNames, in: fields)?.value
        return .success(
            JSONArticle(
                id: scalar(fields["id"]), text: text, html: html, metadata: metadata, unusedFields: unused,
                unreadableDate: unreadableDate))
    }

    private static func first(_ names: [String], in fields: [String: JSONValue]) -> (name: String, value: String)? {
        for name in names {
            if let value = scalar(fields[name]) { return (name, value) }
        }
        return nil
    }

    /// Why an object is not an article.
    struct Failure: Error, Equatable {
        var reason: String
    }

    /// A field as text: strings trimmed, numbers and booleans as written, lists of strings joined with ", ";
    /// nil for null, empty or structured values.
    private static func scalar(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?:
            let trimmed = Whitespace.trim(s)
            return trimmed.isEmpty ? nil : trimmed
        case .number(let n)?: return n
        case .bool(let b)?: return b ? "true" : "false"
        case .array(let items)?:
            let parts = items.compactMap { item -> String? in
                if case .string(let s) = item {
                    let t = Whitespace.trim(s)
                    return t.isEmpty ? nil : t
                }
                return nil
            }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        default: return nil
        }
    }
}

/// Trimming on scalars, without Foundation.
enum Whitespace {
    /// `text` without leading and trailing white space (including no-break spaces).
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}

/// Dates as sources write them, turned into `YYYY-MM-DD` where that is unambiguous.
enum DateText {
    /// The first three letters of each month's name, January first.
    private static let months = Lexicons.monthNames.map { String($0.prefix(3)) }

    /// `2020-01-07T10:00:00Z`, `2020/01/07`, `January 7, 2020`, `7 Jan 2020` → `2020-01-07`;
    /// anything else is returned as given.
    static func normalize(_ text: String) -> String {
        let b = Array(text.utf8)
        func digit(_ i: Int) -> Int? { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 ? Int(b[i] - 0x30) : nil }
        func number(_ i: Int, _ n: Int) -> Int? {
            var v = 0
            for k in 0..<n {
                guard let d = digit(i + k) else { return nil }
                v = v * 10 + d
            }
            return v
        }
        if let y = number(0, 4), b.count >= 10, b[4] == b[7], b[4] == 0x2D || b[4] == 0x2F,
            let m = number(5, 2), let d = number(8, 2), b.count == 10 || digit(10) == nil
        {
            return format(y, m, d) ?? text
        }
        // Month-name forms: split into words of letters and digits.
        var words: [String] = []
        var current: [UInt8] = []
        for c in b {
            let isWordByte = (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
            if isWordByte {
                current.append(c | (c >= 0x41 ? 0x20 : 0))
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current = []
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        let filtered = words.filter { !["st", "nd", "rd", "th"].contains($0) }
        guard filtered.count >= 3 else { return text }
        let head = Array(filtered.prefix(4))
        var month: Int?
        var day: Int?
        var year: Int?
        for word in head {
            // Words are lower-case ASCII letters and digits here, so the first byte tells which.
            guard let first = word.utf8.first else { continue }
            let isNumber = first >= 0x30 && first <= 0x39
            if !isNumber, month == nil, let m = months.firstIndex(where: { word.hasPrefix($0) }) {
                month = m + 1
            } else if isNumber,
                let v = Int(String(decoding: word.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self))
            {
                if v >= 1000 { year = v } else if day == nil { day = v }
            }
        }
        if let y = year, let m = month, let d = day, let out = format(y, m, d) { return out }
        return text
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1000...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        let mm = m < 10 ? "0\(m)" : "\(m)"
        let dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }
}
