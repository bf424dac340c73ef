import ArgumentParser
import Foundation
import HearsayStore

extension Hearsay {
    /// `hearsay outlets`: each outlet once, however its articles spell it, with its counts.
    struct Outlets: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outlets",
            abstract: "List outlets: articles, quotes, claims, first and last dates, and how articles spell the name.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only articles dated in or after this year, month or day (2016, 2016-10 or 2016-10-05).")
        var since: String?

        @Option(help: "Only articles dated in or before this year, month or day.")
        var until: String?

        @Option(name: [.customShort("n"), .long], help: "At most this many outlets.")
        var limit: Int?

        @Option(name: [.customShort("f"), .long], help: "table, csv or jsonl.")
        var format: OutputFormat = .table

        @OptionGroup var paging: PagingOptions

        func validate() throws {
            for (flag, value) in [("--since", since), ("--until", until)] {
                if let value, QueryFilter.dayRange(value) == nil {
                    throw ValidationError("\(flag) wants 2020, 2020-01 or 2020-01-31; got \(value.debugDescription)")
                }
            }
        }

        func run() throws {
            let store = try database.open()
            let filter = QueryFilter(
                since: since.flatMap(QueryFilter.dayRange)?.first, until: until.flatMap(QueryFilter.dayRange)?.last,
                limit: limit)
            let outlets = try store.outlets(matching: filter)
            let output = OutputBuffer()
            let fields = ["outlet", "spellings", "articles", "quotes", "claims", "first", "last"]
            switch format {
            case .table:
                let table = TableRenderer(
                    columns: [
                        .init(header: "OUTLET", width: 24), .init(header: "ARTICLES", width: 8),
                        .init(header: "QUOTES", width: 6), .init(header: "CLAIMS", width: 6),
                        .init(header: "FIRST", width: 10), .init(header: "LAST", width: 10),
                        .init(header: "SPELLED", width: nil),
                    ],
                    totalWidth: Terminal.width)
                let pages = Paging(paging, table: true)
                if pages.admit(table.header()) { try output.append(table.header()) }
                for outlet in outlets {
                    let row = table.render([
                        outlet.name, String(outlet.articles), String(outlet.quotes), String(outlet.claims),
                        outlet.first ?? "", outlet.last ?? "", outlet.spellings.joined(separator: "; "),
                    ])
                    if pages.admit(row) { try output.append(row) }
                }
                try pages.finish(output)
                return
            case .csv:
                try output.append(fields.joined(separator: ",") + "\r\n")
                for outlet in outlets {
                    let cells = [
                        outlet.name, outlet.spellings.joined(separator: "; "), String(outlet.articles),
                        String(outlet.quotes), String(outlet.claims), outlet.first ?? "", outlet.last ?? "",
                    ]
                    try output.append(cells.map { CSVCell.encode($0, neutralising: !output.rawCSV) }.joined(separator: ",") + "\r\n")
                }
            case .jsonl:
                for outlet in outlets {
                    let object: [String: Any] = [
                        "outlet": outlet.name, "spellings": outlet.spellings, "articles": outlet.articles,
                        "quotes": outlet.quotes, "claims": outlet.claims, "first": outlet.first ?? NSNull(),
                        "last": outlet.last ?? NSNull(),
                    ]
                    let data = try JSONSerialization.data(
                        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                    try output.append(Array(data) + [UInt8(ascii: "\n")])
                }
            }
            try output.flush()
        }
    }
}
