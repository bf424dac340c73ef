/// `/person/ID`: names, roles, a chart, quotes by date, claims, and the curation forms.
enum PersonPage {
    static func render(_ data: PersonData, _ search: SearchParameters, context: PageContext) -> HTML {
        let back = Fragments.personLink(data.id)
        let aliases: [HTML] = data.aliases.map { alias in
            let remove: HTML =
                context.editable
                ? """
                <form class="inline" method="post" action="/curate/alias/remove">\(Layout.formFields(context, back: back))<input type="hidden" name="entity" value="#\(data.id)"><input type="hidden" name="alias" value="\(alias)"><button class="small" type="submit" title="Remove this alias">remove</button></form>
                """ : .empty
            return "<li>\(alias) \(remove)</li>"
        }
        var facts: [HTML] = []
        if !data.roles.isEmpty { facts.append("<p><b>Roles:</b> \(data.roles.joined(separator: "; "))</p>") }
        if !data.organisations.isEmpty {
            let links = data.organisations.map { name -> HTML in
                "<a href=\"\(Parameters(values: ["org": name]).link("/search"))\">\(name)</a>"
            }
            facts.append("<p><b>Organisations:</b> \(HTML.joined(links, separator: ", "))</p>")
        }
        var span = ""
        if let first = data.firstQuoted { span = ", quoted from \(first) to \(data.lastQuoted ?? first)" }
        facts.append(
            "<p class=\"muted\">\(Fragments.count(data.quoteCount, "quote")), \(Fragments.count(data.claimCount, "claim"))\(span)</p>"
        )
        let quotes: [HTML] = data.quotes.map { Fragments.quote($0, showSpeaker: false) }
        let claims: [HTML] = data.claims.map { Fragments.claim($0, showClaimant: false) }
        var pageLink = search.parameters
        let pager = Fragments.pager(
            page: data.page, hasMore: data.page * data.pageSize < data.quoteCount,
            link: { page in
                pageLink["page"] = String(page)
                return pageLink.link(back)
            })
        let forms: HTML = context.editable ? curation(data, context, back: back) : .empty
        let content: HTML = """
            <h1>\(data.name) <span class="tag">\(data.type)</span></h1>
            \(facts)
            \(aliases.isEmpty ? .empty : "<h2>Also called</h2><ul class=\"plain\" id=\"aliases\">\(HTML.joined(aliases))</ul>")
            \(forms)
            <h2>Quotes per month</h2>
            \(MonthChart.render(data.quotesPerMonth))
            <h2>Quotes, \(data.pageSize > 0 && data.quoteCount > data.pageSize ? "page \(data.page)" : "all"), \(search.query.order == .newest ? "newest first" : "oldest first")</h2>
            <p class="sorts muted">Order: <a href="\(back)?sort=newest">newest first</a> <a href="\(back)?sort=oldest">oldest first</a> · <a href="\(Parameters(values: ["speaker": String(data.id)]).link("/search"))">search within these quotes</a> · <a href="\(Parameters(values: ["speaker": String(data.id)]).link("/download/quotes.csv"))">download CSV</a></p>
            \(quotes.isEmpty ? "<p class=\"muted\">No quotes.</p>" : HTML.joined(quotes))
            \(pager)
            <h2>Claims</h2>
            \(claims.isEmpty ? "<p class=\"muted\">No claims.</p>" : HTML.joined(claims))
            \(data.claimCount > claims.count ? "<p><a href=\"\(Parameters(values: ["speaker": String(data.id), "what": "claims"]).link("/search"))\">All \(data.claimCount) claims →</a></p>" : .empty)
            """
        return Layout.page(title: data.name, context: context, content)
    }

    private static func curation(_ data: PersonData, _ context: PageContext, back: String) -> HTML {
        let fields = Layout.formFields(context, back: back)
        return """
            <details class="curate" id="curate"><summary>Correct this speaker</summary>
            <form class="inline" method="post" action="/curate/rename">\(fields)<input type="hidden" name="entity" value="#\(data.id)"><label>Rename to <input name="name" required></label><button type="submit">Rename</button></form>
            <form class="inline" method="post" action="/curate/alias/add">\(fields)<input type="hidden" name="entity" value="#\(data.id)"><label>Add alias <input name="alias" required></label><button type="submit">Add</button></form>
            <form class="inline" method="post" action="/curate/merge" id="merge-form">\(fields)<input type="hidden" name="into" value="#\(data.id)"><label>Merge into this one: <input name="name" placeholder="a name or #ID" required></label><button type="submit">Merge</button></form>
            </details>
            """
    }
}
