/// `/`: search box, counts, most quoted, latest articles, disputed claims.
enum HomePage {
    static func render(_ data: HomeData, context: PageContext) -> HTML {
        let c = data.counts
        let range: HTML =
            c.firstDate.map { first in "<p class=\"muted\">Articles from \(first) to \(c.lastDate ?? first).</p>" }
            ?? .empty
        let counts: [HTML] = [
            ("articles", c.articles), ("quotes", c.quotes), ("claims", c.claims), ("people", c.people),
            ("outlets", c.outlets),
        ].map { name, value in "<div class=\"count\"><b>\(value)</b>\(name)</div>" }
        let people: [HTML] = data.mostQuoted.map { person in
            "<li><a href=\"\(Fragments.personLink(person.id))\">\(person.name)</a><span class=\"num\">\(person.quotes)</span></li>"
        }
        let articles: [HTML] = data.latestArticles.map { article in
            let meta = HTML.joined(
                [article.source, article.date].compactMap { $0 }.map { "<span>\($0)</span>" })
            return """
                <li><a href="\(Fragments.articleLink(article.article))">\(article.title ?? article.article)</a><span class="num">\(Fragments.count(article.quotes, "quote"))</span><div class="meta">\(meta)</div></li>
                """
        }
        let disputed: [HTML] = data.disputed.map(DisputedPage.group)
        let content: HTML = """
            <h1>Who said what</h1>
            <form class="search big" action="/search" method="get"><input type="search" name="q" placeholder="Words in a quote or claim" aria-label="Search quotes"> <button type="submit">Search</button></form>
            \(range)
            <div class="counts">\(counts)</div>
            <div class="columns">
            <section class="panel"><h2>Most quoted</h2><ol class="plain" id="most-quoted">\(people)</ol><p><a href="/people">All speakers →</a></p></section>
            <section class="panel"><h2>Latest articles</h2><ul class="plain" id="latest">\(articles)</ul></section>
            </div>
            <h2>Disputed claims</h2>
            \(disputed.isEmpty ? "<p class=\"muted\">No claims disagree.</p>" : HTML.joined(disputed))
            <p><a href="/disputed">All disputed claims →</a></p>
            """
        return Layout.page(title: "Home", context: context, content)
    }
}
