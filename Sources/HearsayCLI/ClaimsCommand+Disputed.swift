import Extraction
import Foundation
import HearsayModel
import HearsayStore
import Linking

extension Hearsay.Claims {
    /// `hearsay claims --disputed`: groups of claims from several articles about one event whose
    /// figures disagree, each with the counts side by side and its claims with outlet and date.
    func runDisputed(_ store: Store, _ output: OutputBuffer) throws {
        let groups = try store.disputedClaimGroups(matching: filters.filter, claimantOnly: by)
        switch format {
        case .table: try renderTable(groups, output)
        case .jsonl:
            try renderJSONLines(groups, output)
            try output.flush()
        case .csv:
            try renderCSV(groups, output)
            try output.flush()
        }
        if groups.isEmpty { Terminal.error("No disputed claims.") }
    }

    /// The claims table, with `--person`/`--org` matching the claimant or an entity the claim mentions.
    func runWithMentions(_ store: Store, _ output: OutputBuffer) throws {
        let table = TableRenderer(
            columns: [
                .init(header: "CLAIMANT", width: 22), .init(header: "DATE", width: 10),
                .init(header: "OUTLET", width: 14),
                .init(header: "CLAIM", width: nil),
            ], totalWidth: Terminal.width, flexibleGetsHalf: true)
        let pages = Paging(paging, table: true)
        var count = 0
        try store.forEachClaim(matching: filters.filter, claimantOnly: false) { claim in
            if count == 0, pages.admit(table.header()) { try output.append(table.header()) }
            count += 1
            let row = table.render([
                claim.claimant ?? "(the article)", claim.date ?? "", claim.source ?? "", claim.text,
            ])
            if pages.admit(row) { try output.append(row) }
        }
        try pages.finish(output)
        if count == 0 { Terminal.error("No claims match.") }
    }

    private func renderTable(_ groups: [DisputedClaimGroup], _ output: OutputBuffer) throws {
        let table = TableRenderer(
            columns: [
                .init(header: "OUTLETS", width: 16), .init(header: "DATE", width: 10),
                .init(header: "TIMES", width: 5), .init(header: "CLAIMANT", width: 18),
                .init(header: "CLAIM", width: nil),
            ], totalWidth: Terminal.width)
        let pages = Paging(paging, table: true)
        for (n, group) in groups.enumerated() {
            var head = n > 0 ? "\n" : ""
            head += "DISPUTED  \(group.signature)"
            head += "  (\(group.outlets.count) outlet\(group.outlets.count == 1 ? "" : "s")"
            if let first = group.firstSeen { head += ", first seen \(first)" }
            head += ")\n"
            for d in group.disagreements {
                let counts = d.figures.map { f in
                    "\(Self.number(f.figure.value))\(f.figure.qualifier.map { " (\($0))" } ?? "") in "
                        + Self.outlets(group.copies(of: f.claim)?.outlets ?? [f.outlet ?? f.article])
                }
                head +=
                    "  \(d.event)\(d.unit.isEmpty ? "" : ", \(d.unit)"): " + counts.joined(separator: "  vs  ") + "\n"
            }
            head += table.header()
            if pages.admit(head) { try output.append(head) }
            for repeated in group.distinctClaims {
                let claim = repeated.claim
                let row = table.render([
                    repeated.outlets.joined(separator: "; "), claim.date ?? "", String(repeated.occurrences),
                    claim.claimant ?? "(the article)", claim.text,
                ])
                if pages.admit(row) { try output.append(row) }
            }
        }
        try pages.finish(output)
    }

    /// "Daily Lantern", "Daily Lantern and Gull Wire", "Daily Lantern and 2 other outlets".
    static func outlets(_ names: [String]) -> String {
        switch names.count {
        case 0: return "?"
        case 1: return names[0]
        case 2: return names[0] + " and " + names[1]
        default: return "\(names[0]) and \(names.count - 1) other outlets"
        }
    }

    private func renderJSONLines(_ groups: [DisputedClaimGroup], _ output: OutputBuffer) throws {
        for group in groups {
            let object: [String: Any] = [
                "group": group.id, "signature": group.signature, "first_seen": group.firstSeen ?? NSNull(),
                "outlets": group.outlets,
                "disagreements": group.disagreements.map { d in
                    [
                        "event": d.event, "unit": d.unit, "values": d.values,
                        "figures": d.figures.map { f in
                            [
                                "claim": f.claim, "article": f.article, "source": f.outlet ?? NSNull(),
                                "value": f.figure.value, "qualifier": f.figure.qualifier ?? NSNull(),
                                "unit": f.figure.unit ?? NSNull(), "text": f.figure.text,
                                "outlets": group.copies(of: f.claim)?.outlets ?? [f.outlet ?? f.article],
                            ] as [String: Any]
                        },
                    ] as [String: Any]
                },
                "claims": group.distinctClaims.map { repeated in
                    let c = repeated.claim
                    return [
                        "id": c.id, "article": c.article, "source": c.source ?? NSNull(), "date": c.date ?? NSNull(),
                        "claimant": c.claimant ?? NSNull(), "text": c.text, "occurrences": repeated.occurrences,
                        "outlets": repeated.outlets, "articles": repeated.articles, "ids": repeated.ids,
                    ] as [String: Any]
                },
            ]
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            try output.append(String(decoding: data, as: UTF8.self) + "\n")
        }
    }

    private func renderCSV(_ groups: [DisputedClaimGroup], _ output: OutputBuffer) throws {
        try output.append(
            "group,signature,first_seen,disagreement,article,source,date,claimant,text,occurrences,outlets\r\n")
        for group in groups {
            let summary = group.disagreements.map { d in
                "\(d.event) \(d.unit): " + d.values.map(Self.number).joined(separator: " vs ")
            }.joined(separator: "; ")
            for repeated in group.distinctClaims {
                let c = repeated.claim
                let cells: [String] = [
                    String(group.id), group.signature, group.firstSeen ?? "", summary, c.article, c.source ?? "",
                    c.date ?? "", c.claimant ?? "", c.text, String(repeated.occurrences),
                    repeated.outlets.joined(separator: "; "),
                ]
                try output.append(cells.map(Self.csvCell).joined(separator: ",") + "\r\n")
            }
        }
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    static func csvCell(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
