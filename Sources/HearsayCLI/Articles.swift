import ArgumentParser
import HearsayStore

extension Hearsay {
    /// `hearsay articles`: the articles matching the filters, newest first, with their counts.
    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "articles",
            abstract: "List articles: key, date, outlet, title, and how many quotes and claims each holds.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions

        @Option(name: [.customShort("f"), .long], help: "table (wrapped to the terminal), csv or jsonl.")
        var format: OutputFormat = .table

        @OptionGroup var paging: PagingOptions

        func run() throws {
            let store = try database.open()
            let output = OutputBuffer()
            if let exportFormat = format.exportFormat {
                try store.exportArticleList(filter: filters.filter, format: exportFormat, to: output)
                return
            }
            let articles = try store.articles(matching: filters.filter)
            guard !articles.isEmpty else {
                Terminal.error("No articles match.")
                return
            }
            let table = TableRenderer(
                columns: [
                    .init(header: "DATE", width: 10), .init(header: "OUTLET", width: 16),
                    .init(header: "QUOTES", width: 6), .init(header: "CLAIMS", width: 6),
                    .init(header: "ARTICLE", width: 18), .init(header: "TITLE", width: nil),
                ],
                totalWidth: Terminal.width)
            let pages = Paging(paging, table: true)
            if pages.admit(table.header()) { try output.append(table.header()) }
            for article in articles {
                let row = table.render([
                    article.date ?? "", article.source.map(OutletKey.displayName) ?? "", String(article.quotes),
                    String(article.claims), article.key, article.title ?? "",
                ])
                if pages.admit(row) { try output.append(row) }
            }
            try pages.finish(output)
        }
    }
}
