import Foundation
import HearsayStore

extension Hearsay.Quotes {
    /// `quotes --unique`: each quote once, with how many articles printed it, where and when.
    func runUnique(_ store: Store, _ output: OutputBuffer) throws {
        let groups = try store.uniqueQuotes(matching: filters.filter)
        switch format {
        case .table:
            let table = TableRenderer(
                columns: [
                    .init(header: "SPEAKER", width: 20), .init(header: "TIMES", width: 5),
                    .init(header: "FIRST", width: 10), .init(header: "LAST", width: 10),
                    .init(header: "OUTLETS", width: 16), .init(header: "QUOTE", width: nil),
                ],
                totalWidth: Terminal.width, flexibleGetsHalf: true)
            let pages = Paging(paging, table: true)
            if pages.admit(table.header()) { try output.append(table.header()) }
            for group in groups {
                let row = table.render([
                    group.quote.speaker ?? "(unknown)", String(group.occurrences), group.first ?? "",
                    group.last ?? "", group.outlets.map(OutletKey.displayName).joined(separator: "; "),
                    Self.display(group.quote.text, kind: group.quote.kind),
                ])
                if pages.admit(row) { try output.append(row) }
            }
            try pages.finish(output)
            if groups.isEmpty { Terminal.error("No quotes match.") }
        case .csv:
            try output.append("group,speaker,text,occurrences,outlets,first,last,urls,articles\r\n")
            for group in groups {
                let cells = [
                    String(group.group), group.quote.speaker ?? "", group.quote.text, String(group.occurrences),
                    group.outlets.joined(separator: "; "), group.first ?? "", group.last ?? "",
                    group.urls.joined(separator: " "), group.articles.joined(separator: " "),
                ]
                try output.append(cells.map { CSVCell.encode($0, neutralising: !output.rawCSV) }.joined(separator: ",") + "\r\n")
            }
            try output.flush()
        case .jsonl:
            for group in groups {
                let object: [String: Any] = [
                    "group": group.group, "speaker": group.quote.speaker ?? NSNull(), "text": group.quote.text,
                    "occurrences": group.occurrences, "outlets": group.outlets, "first": group.first ?? NSNull(),
                    "last": group.last ?? NSNull(), "urls": group.urls, "articles": group.articles,
                    "speaker_id": group.quote.speakerID ?? NSNull(),
                ]
                let data = try JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                try output.append(Array(data) + [UInt8(ascii: "\n")])
            }
            try output.flush()
        }
    }
}
