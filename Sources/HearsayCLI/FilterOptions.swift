import ArgumentParser
import HearsayModel
import HearsayStore

/// The filters shared by `quotes`, `claims`, `who` and `export`; they combine.
struct FilterOptions: ParsableArguments {
    @Option(
        name: [.customShort("p"), .long],
        help: "A speaker by any name or alias, any case (a surname alone when it fits one person).")
    var person: String?

    @Option(
        name: [.customShort("o"), .long],
        help: "An organisation: its own quotes and those of people affiliated with it.")
    var org: String?

    @Option(help: "The outlet, any case.")
    var source: String?

    @Option(help: "Only articles dated in or after this year, month or day (2016, 2016-10 or 2016-10-05).")
    var since: String?

    @Option(help: "Only articles dated in or before this year, month or day (2016, 2016-10 or 2016-10-05).")
    var until: String?

    @Option(help: "Only speakers of this type: person, organisation, group, unknown or place.")
    var type: SpeakerKind?

    @Option(
        name: [.customShort("s"), .long],
        help: "Words to find (stemmed: trade finds trades); \"a phrase\", rig*, a OR b, NOT c, -c; the rest literally.")
    var search: String?

    @Option(
        name: .customLong("in"),
        help: "Search the quote's own words (quote, the default) or the paragraph around it (context).")
    var searchIn: SearchScope = .quote

    @Option(name: [.customShort("n"), .long], help: "At most this many rows.")
    var limit: Int?

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, QueryFilter.dayRange(value) == nil {
                throw ValidationError(
                    "\(flag) wants a date written YYYY-MM-DD, YYYY-MM or YYYY, like 2020-01-31; got \(value.debugDescription)"
                )
            }
        }
        if let since = firstDay, let until = lastDay, since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
        if let limit, limit < 0 {
            throw ValidationError("--limit must be 0 or more")
        }
        if let search { try SearchLimits.check(search, what: "--search") }
        if let search,
            !search.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        {
            throw ValidationError(
                "--search wants at least one word (letters or digits); got \(search.debugDescription)")
        }
    }

    /// The first day `--since` allows, the last day `--until` allows.
    var firstDay: String? { since.flatMap(QueryFilter.dayRange)?.first }
    var lastDay: String? { until.flatMap(QueryFilter.dayRange)?.last }

    /// The store's filter.
    var filter: QueryFilter {
        QueryFilter(
            person: person, organisation: org, source: source, since: firstDay, until: lastDay, search: search,
            limit: limit, speakerType: type, searchContext: searchIn == .context)
    }
}

/// What `--search` looks in.
enum SearchScope: String, ExpressibleByArgument, CaseIterable {
    /// The quote's or claim's own words.
    case quote
    /// The paragraph around it.
    case context
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
extension SpeakerKind: ExpressibleByArgument {}
extension CountKey: ExpressibleByArgument {}
extension ExportKind: ExpressibleByArgument {}
