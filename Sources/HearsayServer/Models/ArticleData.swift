import HearsayStore
import Hummingbird

/// An article with every quote and claim found in it.
struct ArticleData: Codable, Sendable, Hashable {
    var article: String
    var title: String?
    var source: String?
    var date: String?
    var url: String?
    var author: String?
    var text: String
    var quotes: [QuoteItem]
    var claims: [ClaimItem]

    static func load(_ store: Store, key: String) throws -> ArticleData {
        let view: ArticleView
        do {
            view = try store.article(key)
        } catch let error as StoreError where error.code == .notFound {
            throw HTTPError(.notFound, message: "no article \(key)")
        }
        return ArticleData(
            article: view.key, title: view.title, source: view.source, date: view.date, url: view.url,
            author: view.author, text: view.text, quotes: try store.quotes(inArticle: view.key).map(QuoteItem.init),
            claims: try store.claims(inArticle: view.key).map(ClaimItem.init))
    }
}
