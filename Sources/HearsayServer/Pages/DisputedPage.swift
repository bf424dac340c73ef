/// `/disputed`: each group of claims whose figures disagree, its claims side by side.
enum DisputedPage {
    static func render(_ data: DisputedData, context: PageContext) -> HTML {
        let groups = data.groups.map(group)
        let pager = Fragments.pager(page: data.page, hasMore: data.hasMore, link: { "/disputed?page=\($0)" })
        let content: HTML = """
            <h1>Disputed claims</h1>
            <p class="muted">Claims about the same event whose figures disagree between articles.</p>
            \(groups.isEmpty ? "<p class=\"muted\">No claims disagree.</p>" : HTML.joined(groups))
            \(pager)
            """
        return Layout.page(title: "Disputed claims", context: context, content)
    }

    static func group(_ group: DisputedItem) -> HTML {
        let figures: [HTML] = group.disagreements.map { d in
            let values: [HTML] = d.figures.map { f in
                "<b>\(number(f.value))\(f.qualifier.map { " (" + $0 + ")" } ?? "")</b> in \(f.source ?? f.article)"
            }
            return
                "<div>\(d.event)\(d.unit.isEmpty ? "" : ", " + d.unit): \(HTML.joined(values, separator: " vs "))</div>"
        }
        let claims: [HTML] = group.claims.map { claim in
            """
            <div class="item"><div class="meta"><span>\(claim.source ?? claim.article)</span><span>\(claim.date ?? "undated")</span></div>
            <div>\(claim.text)</div>
            <div class="meta"><span>\(claim.claimant == nil ? ("the article" as HTML) : Fragments.speaker(claim.claimant, id: claim.claimantID))</span><a href="\(Fragments.articleLink(claim.article, anchor: "c\(claim.id)"))">in the article</a></div></div>
            """
        }
        return """
            <section class="panel disputed"><h3>\(group.signature)</h3>
            <p class="meta"><span>\(group.outlets.count) outlets</span>\(group.firstSeen.map { "<span>first seen \($0)</span>" } ?? .empty)</p>
            <div class="figures">\(figures)</div>
            <div class="side">\(claims)</div></section>
            """
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
