/// `/article?key=KEY`: the text with every quote highlighted, its speaker and confidence beside
/// it, claims marked, and a link to the original (http and https only).
enum ArticlePage {
    static func render(_ data: ArticleData, context: PageContext) -> HTML {
        let back = Fragments.articleLink(data.article)
        var meta: [HTML] = []
        if let source = data.source { meta.append("<span>\(source)</span>") }
        if let date = data.date { meta.append("<span>\(date)</span>") }
        if let author = data.author { meta.append("<span>by \(author)</span>") }
        meta.append("<span>\(data.article)</span>")
        let original: HTML = data.url.map { "<p>Original: \(ExternalLink.html($0))</p>" } ?? .empty
        let list: [HTML] = data.quotes.map { quote in
            let reassign: HTML =
                context.editable
                ? """
                <details class="curate"><summary>Wrong speaker?</summary><form class="inline reassign" method="post" action="/curate/reassign">\(Layout.formFields(context, back: back + "#q\(quote.id)"))<input type="hidden" name="quote" value="\(quote.id)"><label>Said by <input name="name" placeholder="a name or #ID" required></label><label><input type="checkbox" name="create" value="1"> new person</label><button type="submit">Reassign</button></form></details>
                """ : .empty
            return """
                <li id="list-q\(quote.id)"><a href="#q\(quote.id)">“\(quote.text)”</a><div class="meta"><span>\(Fragments.speaker(quote.speaker, id: quote.speakerID))</span><span class="tag">\(quote.kind)</span><span>confidence \(Fragments.confidence(quote.confidence))</span></div>\(reassign)</li>
                """
        }
        let quotes: HTML =
            list.isEmpty ? "<p class=\"muted\">No quotes.</p>" : "<ol class=\"plain\" id=\"quotes\">\(list)</ol>"
        let content: HTML = """
            <h1>\(data.title ?? data.article)</h1>
            <p class="meta">\(meta)</p>
            \(original)
            <p class="legend muted"><span><i class="sw q"></i>quote (speaker and confidence beside it)</span><span><i class="sw c"></i>claim</span>\(Fragments.count(data.quotes.count, "quote")), \(Fragments.count(data.claims.count, "claim")) · <a href="\(Parameters(values: ["key": data.article]).link("/api/article"))">JSON</a></p>
            <article class="text" id="text">\(marked(data))</article>
            <h2>Quotes</h2>
            \(quotes)
            """
        return Layout.page(title: data.title ?? data.article, context: context, content)
    }

    /// The article text cut at every quote and claim boundary; each piece is escaped and wrapped
    /// in the marks that cover it, so overlapping quotes and claims still nest correctly.
    static func marked(_ data: ArticleData) -> HTML {
        let scalars = Array(data.text.unicodeScalars)
        let count = scalars.count
        func clamp(_ value: Int) -> Int { min(max(0, value), count) }
        var cuts: Set<Int> = [0, count]
        for quote in data.quotes { cuts.formUnion([clamp(quote.start), clamp(quote.end)]) }
        for claim in data.claims { cuts.formUnion([clamp(claim.start), clamp(claim.end)]) }
        let sorted = cuts.sorted()
        var out: [HTML] = []
        for (from, to) in zip(sorted, sorted.dropFirst()) where from < to {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[from..<to])
            let text = String(piece)
            let quote = data.quotes.first { clamp($0.start) <= from && to <= clamp($0.end) }
            let claim = data.claims.first { clamp($0.start) <= from && to <= clamp($0.end) }
            var html: HTML = "\(text)"
            if let claim {
                let id: HTML = clamp(claim.start) == from ? " id=\"c\(claim.id)\"" : .empty
                html =
                    "<span class=\"claim\"\(id) title=\"claim\(claim.claimant.map { " by " + $0 } ?? "")\">\(html)</span>"
            }
            if let quote {
                let id: HTML = clamp(quote.start) == from ? " id=\"q\(quote.id)\"" : .empty
                html = "<mark class=\"quote\"\(id)>\(html)</mark>"
                if clamp(quote.end) == to {
                    html +=
                        "<span class=\"who\">\(Fragments.speaker(quote.speaker ?? "unknown", id: quote.speakerID)) \(Fragments.confidence(quote.confidence))</span>"
                }
            }
            out.append(html)
        }
        return HTML.joined(out)
    }
}
