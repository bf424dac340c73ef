import SQLiteLayer

/// One quote as said once and printed in several articles: the same speaker and the same words.
public struct QuoteOccurrences: Sendable, Hashable {
    /// The group's handle: the smallest quote id in it, stable while that quote is stored.
    public var group: Int64
    /// The earliest printing (oldest article first).
    public var quote: QuoteRecord
    /// How many distinct articles printed it; an article text stored under two keys counts once.
    public var occurrences: Int
    /// The outlets that printed it, first seen first.
    public var outlets: [String]
    /// The first article date.
    public var first: String?
    /// The last article date.
    public var last: String?
    /// The articles' addresses, first seen first.
    public var urls: [String]
    /// The articles' keys, first seen first.
    public var articles: [String]
}

extension Store {
    /// The quotes matching `filter` grouped by speaker and normalised words (``occurrenceKey(_:)``),
    /// most printed first, then the most recently printed; `filter.limit` keeps that many groups.
    public func uniqueQuotes(matching filter: QueryFilter) throws -> [QuoteOccurrences] {
        var unlimited = filter
        unlimited.limit = nil
        var groups: [QuoteOccurrences] = []
        var index: [String: Int] = [:]
        var texts: [[String]] = []
        try forEachQuote(matching: unlimited, orderBy: .date) { quote in
            let speaker = quote.speakerID.map { "#\($0)" } ?? (quote.speaker ?? "").lowercased()
            let key = speaker + "\u{1F}" + Self.occurrenceKey(quote.text)
            guard let position = index[key] else {
                index[key] = groups.count
                texts.append([quote.article])
                groups.append(
                    QuoteOccurrences(
                        group: quote.id, quote: quote, occurrences: 1, outlets: quote.source.map { [$0] } ?? [],
                        first: quote.date, last: quote.date, urls: quote.url.map { [$0] } ?? [],
                        articles: [quote.article]))
                return
            }
            var group = groups[position]
            group.group = min(group.group, quote.id)
            if !group.articles.contains(quote.article) { group.articles.append(quote.article) }
            if let source = quote.source, !group.outlets.contains(source) { group.outlets.append(source) }
            if let url = quote.url, !group.urls.contains(url) { group.urls.append(url) }
            if let date = quote.date {
                group.first = min(group.first ?? date, date)
                group.last = max(group.last ?? date, date)
            }
            groups[position] = group
        }
        for position in groups.indices where groups[position].articles.count > 1 {
            groups[position].occurrences = try distinctArticleTexts(groups[position].articles)
        }
        groups.sort {
            if $0.occurrences != $1.occurrences { return $0.occurrences > $1.occurrences }
            return ($0.last ?? "", $1.group) > ($1.last ?? "", $0.group)
        }
        return filter.limit.map { Array(groups.prefix(max(0, $0))) } ?? groups
    }

    /// The words of a quote as a key: letters and digits lower-cased, every other run of
    /// characters one space, so quote marks, dashes and spacing do not split a group.
    public static func occurrenceKey(_ text: String) -> String {
        var key = ""
        var gap = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if gap, !key.isEmpty { key.append(" ") }
                gap = false
                key.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                gap = true
            }
        }
        return key
    }

    /// How many different texts the articles with these keys hold.
    private func distinctArticleTexts(_ keys: [String]) throws -> Int {
        try run {
            let statement = try db.prepare(sql: "SELECT text FROM articles WHERE key = ?")
            var seen = Set<String>()
            for key in keys {
                try statement.bind(key, at: 1)
                if try statement.step(), let text = statement.string(at: 0) { seen.insert(text) }
                statement.reset()
            }
            return max(1, seen.count)
        }
    }
}
