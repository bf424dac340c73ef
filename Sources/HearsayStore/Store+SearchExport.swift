import SQLiteLayer

extension Store {
    /// Writes every quote (or claim, with `claims`) matching `query` (all of them: its window is
    /// ignored) as `hearsay export` writes them, one row in memory at a time; returns the count.
    @discardableResult
    public func export(claims: Bool = false, matching query: SearchQuery, format: ExportFormat, to output: OutputBuffer)
        throws -> Int
    {
        try run {
            try oneSnapshot {
                let kind: ExportKind = claims ? .claims : .quotes
                if format == .csv { try writeHeader(kind, to: output) }
                let columns = claims ? Self.claimColumns : Self.exportQuoteColumns
                guard
                    let rows = try searchRows(
                        claims ? .claims : .quotes, columns: columns, query, order: nil, limit: nil)
                else {
                    try output.flush()
                    return 0
                }
                return try stream(
                    rows, columns: Self.exportColumns(kind), span: Self.exportSpan(kind), format: format, to: output,
                    sources: claims ? nil : Self.exportQuoteSources,
                    occurrences: claims
                        ? nil
                        : OccurrenceSource(
                            counts: try occurrenceCounts(for: rows, wordsKey: Self.exportQuoteWordsKey, filtered: true),
                            speaker: 5, speakerID: 6,
                            wordsKey: Self.exportQuoteWordsKey))
            }
        }
    }
}
