import SQLiteLayer

/// A statement over rows ordered by an integer key (its column 0), from the lowest key bound to
/// `?1`, kept running while the keys asked for go up: an export asks for each article's row and
/// speakers in article order, and running a look-up statement again for every article (its
/// transaction check, cursor opening, seek, halt and reset) cost more than reading the rows.
///
/// A key far ahead of the current row, or behind it, runs the statement again from that key,
/// so a filtered export that skips most articles costs a seek per article, as a look-up did.
final class ForwardScan {
    let statement: Statement
    // Read for every article of an export, by one thread (the class is not Sendable).
    /// True once the statement has been run from some key.
    @exclusivity(unchecked) private var running = false
    /// The lowest key no row of which the current run has stepped past: a key below it may have
    /// rows behind the current one.
    @exclusivity(unchecked) private var floor: Int64 = 0
    /// The current row's key; nil past the last row.
    @exclusivity(unchecked) private(set) var key: Int64?

    /// How many keys ahead a row is still reached by stepping on rather than by a new seek:
    /// stepping over one article's row and its ten speakers costs about what running the
    /// statement again does, and 64 made a query of an organisation's rows (500 rows over
    /// 66,000 articles) step over hundreds of speakers between two of its articles.
    static let stepLimit: Int64 = 1

    /// `sql` selects the key first and has `WHERE key >= ?1 ORDER BY key` (served by an index).
    init(db: Database, sql: String) throws {
        statement = try db.prepare(sql: sql)
    }

    /// Moves to the first row whose key is at least `wanted`; true when that row's key is `wanted`.
    func move(to wanted: Int64) throws -> Bool {
        if running, floor <= wanted {
            guard let current = key else { return false }
            if wanted <= current { return wanted == current }
            let gap = wanted.subtractingReportingOverflow(current)
            if !gap.overflow, gap.partialValue <= Self.stepLimit {
                while let current = key, current < wanted { try next() }
                return key == wanted
            }
        }
        statement.reset()
        try statement.bind(wanted, at: 1)
        running = true
        floor = wanted
        key = try statement.step() ? statement.int64(at: 0) : nil
        return key == wanted
    }

    /// Steps past the current row to the next.
    func next() throws {
        if let key { floor = key &+ 1 }
        key = try statement.step() ? statement.int64(at: 0) : nil
    }

    /// Ends the run, so the statement holds no read transaction open.
    func finish() {
        statement.reset()
        running = false
        key = nil
    }
}
