/// Pieces several pages show: a quote, a claim, links to people and articles.
enum Fragments {
    static func articleLink(_ key: String, anchor: String? = nil) -> String {
        Parameters(values: ["key": key]).link("/article") + (anchor.map { "#" + $0 } ?? "")
    }

    static func personLink(_ id: Int64) -> String {
        "/person/\(id)"
    }

    static func speaker(_ name: String?, id: Int64?) -> HTML {
        guard let name else { return "<span class=\"muted\">unknown speaker</span>" }
        guard let id else { return "<span>\(name)</span>" }
        return "<a class=\"speaker\" href=\"\(personLink(id))\">\(name)</a>"
    }

    /// "1 quote", "2 quotes".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func confidence(_ value: Double) -> String {
        String(Int((value * 100).rounded())) + "%"
    }

    /// The outlet, date and title of an article, the title linking into it at `anchor`.
    static func source(article: String, title: String?, source: String?, date: String?, anchor: String?) -> HTML {
        var parts: [HTML] = []
        if let source { parts.append("<span>\(source)</span>") }
        if let date { parts.append("<span>\(date)</span>") }
        parts.append("<a href=\"\(articleLink(article, anchor: anchor))\">\(title ?? article)</a>")
        return HTML.joined(parts)
    }

    static func quote(_ quote: QuoteItem, showSpeaker: Bool = true) -> HTML {
        let speaker: HTML = showSpeaker ? "<span>\(speaker(quote.speaker, id: quote.speakerID))</span>" : .empty
        return """
            <div class="item quote"><blockquote>“\(quote.text)”</blockquote>
            <div class="meta">\(speaker)\(source(article: quote.article, title: quote.title, source: quote.source, date: quote.date, anchor: "q\(quote.id)"))<span class="tag">\(quote.kind)</span><span>\(confidence(quote.confidence))</span></div></div>
            """
    }

    static func claim(_ claim: ClaimItem, showClaimant: Bool = true) -> HTML {
        let who: HTML =
            showClaimant
            ? (claim.claimant == nil
                ? "<span class=\"muted\">the article</span>"
                : "<span>\(speaker(claim.claimant, id: claim.claimantID))</span>")
            : .empty
        return """
            <div class="item claim-item"><div>\(claim.text)</div>
            <div class="meta">\(who)\(source(article: claim.article, title: claim.title, source: claim.source, date: claim.date, anchor: "c\(claim.id)"))<span class="tag">\(claim.kind)</span></div></div>
            """
    }

    static func pager(page: Int, hasMore: Bool, link: (Int) -> String, summary: HTML = .empty) -> HTML {
        var parts: [HTML] = []
        if page > 1 { parts.append("<a rel=\"prev\" href=\"\(link(page - 1))\">← Previous</a>") }
        parts.append("<span class=\"muted\">Page \(page)\(summary)</span>")
        if hasMore { parts.append("<a rel=\"next\" href=\"\(link(page + 1))\">Next →</a>") }
        return "<div class=\"pager\">\(parts)</div>"
    }
}
