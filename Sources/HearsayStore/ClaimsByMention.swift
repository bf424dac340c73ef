import SQLiteLayer

extension Store {
    /// Writes the claims matching `filter` as ``export(_:filter:format:to:)`` does, with
    /// `--person`/`--org` matching the claimant or an entity the claim mentions.
    @discardableResult
    public func exportClaimsWithMentions(filter: QueryFilter, format: ExportFormat, to output: OutputBuffer) throws
        -> Int
    {
        try run {
            if format == .csv { try writeHeader(.claims, to: output) }
            guard let query = try mentionQuery(filter) else {
                try output.flush()
                return 0
            }
            return try stream(
                query, columns: Self.exportColumns(.claims), span: Self.claimSpan, format: format, to: output)
        }
    }

    /// The claims query with the name filters matching claimant or mentioned entity; nil when a
    /// name filter matches nobody.
    private func mentionQuery(_ filter: QueryFilter) throws -> RowQuery? {
        guard let ids = try speakerIDs(for: filter) else {
            return try RowQuery.build(.claims, columns: Self.claimColumns, filter: filter, speakers: nil)
        }
        guard !ids.isEmpty else { return nil }
        let list = ids.map(String.init).joined(separator: ",")
        let condition = """
            (r.claimant_id IN (\(list)) OR r.id IN (SELECT claim_id FROM claim_mentions WHERE entity_id IN (\(list))))
            """
        return try RowQuery.build(
            .claims, columns: Self.claimColumns, filter: filter, speakers: nil, extraConditions: [condition])
    }

    /// Calls `body` with each claim matching `filter`, where `--person` and `--org` match the
    /// claimant or an entity the claim mentions; with `claimantOnly` (`--by`) only the claimant.
    public func forEachClaim(
        matching filter: QueryFilter, claimantOnly: Bool, _ body: (ClaimRecord) throws -> Void
    ) throws {
        if claimantOnly { return try forEachClaim(matching: filter, body) }
        try run {
            guard let query = try mentionQuery(filter) else { return }
            let statement = try db.prepare(sql: query.sql)
            try statement.bind(StatementArguments(query.bindings))
            let texts = try ArticleTexts(db: db)
            while try statement.step() {
                try body(Self.claimRecord(statement, texts: texts))
            }
        }
    }
}
