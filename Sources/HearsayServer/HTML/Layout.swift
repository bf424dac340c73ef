/// The frame of every page: head, navigation with the search box, the note, the content.
enum Layout {
    static func page(title: String, search: String? = nil, context: PageContext, _ content: HTML) -> HTML {
        let note: HTML =
            context.note.map { note in
                let lines = note.split(separator: "\n").map { line -> HTML in "<li>\(String(line))</li>" }
                return "<div class=\"note\" role=\"status\"><ul>\(lines)</ul></div>"
            } ?? .empty
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Hearsay</title>
            <link rel="stylesheet" href="/static/hearsay.css">
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/">Hearsay</a>
            <nav><a href="/search">Quotes</a><a href="/search?what=claims">Claims</a><a href="/people">People</a><a href="/disputed">Disputed</a></nav>
            <form class="search" action="/search" method="get" role="search">
            <input type="search" name="q" value="\(search ?? "")" placeholder="Search quotes and claims" aria-label="Search">
            <button type="submit">Search</button>
            </form>
            </header>
            <main>
            \(note)
            \(content)
            </main>
            <footer>Hearsay: who said what. Every page is also JSON under <code>/api</code>.</footer>
            </body>
            </html>
            """
    }

    /// A hidden field with the CSRF token, and where to go back to afterwards.
    static func formFields(_ context: PageContext, back: String) -> HTML {
        """
        <input type="hidden" name="csrf" value="\(context.csrfToken)"><input type="hidden" name="back" value="\(back)">
        """
    }
}
