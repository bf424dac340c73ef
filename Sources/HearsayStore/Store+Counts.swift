import SQLiteLayer

/// What `--count-by` groups quotes or claims by.
public enum CountKey: String, Sendable, CaseIterable {
    /// The speaker's (or claimant's) name; unattributed rows count under no name.
    case speaker
    /// The outlet, by its display name (spellings of one outlet count together, ``OutletKey``).
    case outlet
    /// The article's month, `YYYY-MM`.
    case month
    /// Direct, partial or reported (stated or reported for claims).
    case kind
    /// The speaker's type: person, organisation, group, unknown or place.
    case type
}

/// Which rows `--count-by` counts.
public enum CountedRows: String, Sendable {
    /// Quotes.
    case quotes
    /// Claims, by claimant.
    case claims
}

/// One line of a count: the value and how many rows have it.
public struct CountRow: Sendable, Hashable {
    /// The speaker, outlet, month, kind or type; nil for rows without one.
    public var value: String?
    /// How many rows have it.
    public var count: Int
}

extension Store {
    /// Counts the quotes or claims matching `filter` by `key`, most first (ties by value);
    /// `filter.limit` keeps that many lines of the count.
    public func counts(of rows: CountedRows, by key: CountKey, filter: QueryFilter) throws -> [CountRow] {
        var unlimited = filter
        unlimited.limit = nil
        let table: RowQuery.Table = rows == .quotes ? .quotes : .claims
        let expression: String
        switch key {
        case .speaker: expression = "coalesce(e.name, m.name)"
        case .outlet: expression = "a.source"
        case .month: expression = "substr(a.published, 1, 7)"
        case .kind:
            expression = rows == .quotes ? StoredCodes.quoteKindSQL("r.kind") : StoredCodes.claimKindSQL("r.kind")
        case .type: expression = "coalesce(e.kind, \(StoredCodes.speakerKindSQL("m.kind")))"
        }
        var totals: [String?: Int] = [:]
        try run {
            try prepareContextSearch(table, filter: unlimited)
            guard
                let inner = try RowQuery.build(
                    table, columns: "\(expression) AS value", filter: unlimited,
                    speakers: try speakerIDs(for: unlimited), orderBy: "")
            else { return }
            let statement = try db.prepare(sql: "SELECT value, count(*) FROM (\(inner.sql)) GROUP BY value")
            try statement.bind(StatementArguments(inner.bindings))
            while try statement.step() {
                let value = statement.string(at: 0).map { key == .outlet ? OutletKey.displayName($0) : $0 }
                totals[value, default: 0] += Int(statement.int64(at: 1))
            }
        }
        if key == .outlet { totals = Self.mergedOutlets(totals) }
        let sorted = totals.map { CountRow(value: $0.key, count: $0.value) }.sorted {
            if $0.count != $1.count { return $0.count > $1.count }
            if ($0.value == nil) != ($1.value == nil) { return $1.value == nil }
            return ($0.value ?? "") < ($1.value ?? "")
        }
        return filter.limit.map { Array(sorted.prefix(max(0, $0))) } ?? sorted
    }

    /// Outlet counts with the spellings of one outlet (one ``OutletKey``) added together, under
    /// the spelling with most rows.
    static func mergedOutlets(_ totals: [String?: Int]) -> [String?: Int] {
        var byKey: [String: [(name: String, count: Int)]] = [:]
        var merged: [String?: Int] = [:]
        for (name, count) in totals {
            guard let name else {
                merged[nil] = count
                continue
            }
            byKey[OutletKey.key(name), default: []].append((name, count))
        }
        for spellings in byKey.values {
            let best = spellings.max { ($0.count, $1.name) < ($1.count, $0.name) }
            if let best { merged[best.name] = spellings.reduce(0) { $0 + $1.count } }
        }
        return merged
    }
}
