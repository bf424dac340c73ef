import ArgumentParser
import HearsayStore

/// The filters shared by `quotes`, `claims`, `who` and `export`; they combine.
struct FilterOptions: ParsableArguments {
    @Option(name: [.customShort("p"), .long], help: "A speaker by any name or alias, any case (a surname alone when it fits one person).")
    var person: String?

    @Option(name: [.customShort("o"), .long], help: "An organisation: its own quotes and those of people affiliated with it.")
    var org: String?

    @Option(help: "The outlet, any case.")
    var source: String?

    @Option(help: "Only articles dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only articles dated on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(name: [.customShort("s"), .long], help: "Words to find in the text (searched literally).")
    var search: String?

    @Option(name: [.customShort("n"), .long], help: "At most this many rows.")
    var limit: Int?

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, !QueryFilter.isValidDate(value) {
                throw ValidationError(
                    "\(flag) wants a date written YYYY-MM-DD, like 2020-01-31; got \(value.debugDescription)")
            }
        }
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
        if let limit, limit < 0 {
            throw ValidationError("--limit must be 0 or more")
        }
        if let search,
            !search.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        {
            throw ValidationError(
                "--search wants at least one word (letters or digits); got \(search.debugDescription)")
        }
    }

    /// The store's filter.
    var filter: QueryFilter {
        QueryFilter(
            person: person, organisation: org, source: source, since: since, until: until, search: search, limit: limit)
    }
}

/// How query results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// A readable table, wrapped to the terminal width.
    case table
    /// RFC 4180 CSV with a header row.
    case csv
    /// One JSON object per line.
    case jsonl

    /// The export format, nil for the table.
    var exportFormat: ExportFormat? {
        switch self {
        case .table: return nil
        case .csv: return .csv
        case .jsonl: return .jsonl
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension ExportKind: ExpressibleByArgument {}
