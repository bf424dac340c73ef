import SQLiteLayer

extension Store {
    /// Calls `body` with each claim matching `filter`, where `--person` and `--org` match the
    /// claimant or an entity the claim mentions; with `claimantOnly` (`--by`) only the claimant.
    public func forEachClaim(
        matching filter: QueryFilter, claimantOnly: Bool, _ body: (ClaimRecord) throws -> Void
    ) throws {
        if claimantOnly { return try forEachClaim(matching: filter, body) }
        try run {
            guard let ids = try speakerIDs(for: filter) else {
                return try forEachClaim(matching: filter, body)
            }
            guard !ids.isEmpty else { return }
            let list = ids.map(String.init).joined(separator: ",")
            let condition = """
                (r.claimant_id IN (\(list)) OR r.id IN (SELECT claim_id FROM claim_mentions WHERE entity_id IN (\(list))))
                """
            guard
                let query = try RowQuery.build(
                    .claims, columns: Self.claimColumns, filter: filter, speakers: nil, extraConditions: [condition])
            else { return }
            let statement = try db.prepare(sql: query.sql)
            try statement.bind(query.bindings)
            while try statement.step() {
                try body(Self.claimRecord(statement))
            }
        }
    }
}
