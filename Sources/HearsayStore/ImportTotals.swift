/// Totals of an import.
public struct ImportTotals: Sendable, Hashable {
    /// Articles added.
    public var added = 0
    /// Articles replaced because they changed.
    public var replaced = 0
    /// Articles already stored unchanged.
    public var unchanged = 0
    /// Quotes stored.
    public var quotes = 0
    /// Claims stored.
    public var claims = 0

    /// Zero totals.
    public init() {}

    /// Articles seen.
    public var articles: Int { added + replaced + unchanged }

    /// Adds `more` to these totals.
    public mutating func add(_ more: ImportTotals) {
        added += more.added
        replaced += more.replaced
        unchanged += more.unchanged
        quotes += more.quotes
        claims += more.claims
    }
}
