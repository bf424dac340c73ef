import HearsayStore

/// `/search`: a page of quotes or claims with facets that narrow, sorting and paging.
enum SearchPage {
    static func render(_ data: SearchData, _ search: SearchParameters, context: PageContext) -> HTML {
        let what = data.what
        let total: HTML = data.totalExact ? "\(data.total)" : "more than \(data.total)"
        let chips: [HTML] = SearchParameters.names.filter { !["what", "sort", "page", "size"].contains($0) }
            .compactMap { name in
                guard let value = search.parameters[name] else { return nil }
                return
                    "<span class=\"chip\">\(label(name)): \(value) <a href=\"\(search.with([name: nil]).link("/search"))\" aria-label=\"remove\">×</a></span>"
            }
        let sorts: [HTML] = ["relevance", "newest", "oldest"].map { order in
            order == data.sort
                ? "<strong>\(order)</strong>"
                : "<a href=\"\(search.with(["sort": order]).link("/search"))\">\(order)</a>"
        }
        let other = what == "quotes" ? "claims" : "quotes"
        let unranked: HTML =
            search.query.order == .relevance && data.sort != "relevance" && search.query.filter.search != nil
            ? " · more than \(Store.sortLimit) matches are listed newest first; add words to rank them" : .empty
        let rows: [HTML] =
            (data.quotes ?? []).map { Fragments.quote($0) } + (data.claims ?? []).map { Fragments.claim($0) }
        let first = (data.page - 1) * data.pageSize
        let summary: HTML = rows.isEmpty ? .empty : " · \(first + 1)–\(first + rows.count) of \(total)"
        var pageLink = search.parameters
        let pager = Fragments.pager(
            page: data.page, hasMore: data.page < data.lastPage,
            link: { page in
                pageLink["page"] = String(page)
                return pageLink.link("/search")
            }, summary: summary)
        var download = search.parameters
        download["page"] = nil
        download["size"] = nil
        download["sort"] = nil
        download["what"] = nil
        let content: HTML = """
            <h1>\(what == "quotes" ? "Quotes" : "Claims")</h1>
            <form class="search" action="/search" method="get">
            <input type="search" name="q" value="\(search.parameters["q"])" aria-label="Search words">
            \(hidden(search, except: ["q", "page"]))
            <button type="submit">Search</button></form>
            <div class="chips">\(chips)</div>
            <p class="muted"><span id="total">\(total)</span> \(data.total == 1 ? String(what.dropLast()) : what) · <a href="\(search.with(["what": other, "kind": nil]).link("/search"))">show \(other) instead</a></p>
            <div class="results">
            <aside class="facets">\(facets(data.facets, search))</aside>
            <section>
            <div class="sorts muted">Sort: \(sorts)\(unranked)</div>
            \(rows.isEmpty ? "<p class=\"muted\">Nothing matches.</p>" : HTML.joined(rows))
            \(pager)
            <p class="downloads">Download all results: <a href="\(download.link("/download/\(what).csv"))">CSV</a><a href="\(download.link("/download/\(what).jsonl"))">JSON lines</a><a href="\(search.parameters.link("/api/search"))">this page as JSON</a></p>
            </section>
            </div>
            """
        return Layout.page(
            title: search.parameters["q"] ?? "Search", search: search.parameters["q"], context: context, content)
    }

    private static func label(_ name: String) -> String {
        switch name {
        case "q": return "words"
        case "org": return "organisation"
        case "source": return "outlet"
        case "type": return "speaker type"
        default: return name
        }
    }

    private static func hidden(_ search: SearchParameters, except: Set<String>) -> HTML {
        HTML.joined(
            SearchParameters.names.filter { !except.contains($0) }.compactMap { name in
                search.parameters[name].map { "<input type=\"hidden\" name=\"\(name)\" value=\"\($0)\">" }
            })
    }

    private static func facets(_ facets: FacetsItem, _ search: SearchParameters) -> HTML {
        func list(_ title: String, _ values: [FacetItem], _ link: (FacetItem) -> [String: String?]) -> HTML {
            guard !values.isEmpty else { return .empty }
            let items: [HTML] = values.map { value in
                "<li><a href=\"\(search.with(link(value)).link("/search"))\">\(value.label)</a><span class=\"num\">\(value.count)</span></li>"
            }
            return "<h3>\(title)</h3><ul class=\"plain facet\" data-facet=\"\(title)\">\(items)</ul>"
        }
        let note: HTML =
            facets.truncated ? "<p class=\"muted\">Counts over the first \(facets.scanned) matches.</p>" : .empty
        return """
            \(list("Speaker", facets.speaker) { ["speaker": $0.value, "person": nil] })
            \(list("Organisation", facets.organisation) { ["org": $0.value] })
            \(list("Outlet", facets.outlet) { ["source": $0.value] })
            \(list("Month", facets.month) { ["since": $0.value + "-01", "until": lastDay(of: $0.value)] })
            \(list("Kind", facets.kind) { ["kind": $0.value] })
            \(list("Speaker type", facets.type) { ["type": $0.value] })
            \(note)
            """
    }

    /// `YYYY-MM-DD` of the last day of month `YYYY-MM`.
    static func lastDay(of month: String) -> String {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[1]) else { return month + "-28" }
        let year = parts[0]
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][parts[1] - 1]
        return month + "-" + String(days)
    }
}
