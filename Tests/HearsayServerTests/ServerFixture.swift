import Extraction
import HearsayModel
import Foundation
import HearsayStore
import Hummingbird
import HummingbirdTesting

@testable import HearsayServer

/// A database of invented articles, one of them hostile (markup and `javascript:` in its text,
/// title, outlet, author, URL and speaker names), and a site over it.
final class ServerFixture: @unchecked Sendable {
    static let token = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"

    let folder: URL
    let path: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("serve.db").path
        let store = try Store(path: path)
        let pipeline = Pipeline()
        for article in Self.articles {
            let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
            try store.importArticle(
                key: article.key, text: article.text, metadata: article.metadata,
                extraction: pipeline.extract(text: article.text, context: context))
        }
        _ = try store.groupNewClaims()
        _ = try store.rename("Ottilie Brancaster", to: "Ottilie \(Self.script) Brancaster")
        _ = try store.addAlias(Self.image, to: "Brancaster")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func site(readOnly: Bool = false, host: String = "127.0.0.1", allowEdit: Bool = false) throws -> Site {
        try Site(
            options: ServerOptions(databasePath: path, host: host, readOnly: readOnly, allowEdit: allowEdit),
            token: CSRFToken(value: Self.token))
    }

    /// Runs `test` against the site's router, in process.
    func test(
        readOnly: Bool = false, host: String = "127.0.0.1", allowEdit: Bool = false,
        _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = Application(router: try site(readOnly: readOnly, host: host, allowEdit: allowEdit).router())
        try await app.test(.router) { client in try await test(client) }
    }

    struct Article {
        var key: String
        var text: String
        var metadata: ArticleMetadata
    }

    static let articles: [Article] = [
        Article(
            key: "hostile/\(script).txt",
            text: """
                \(script) Ferry board backs an hourly crossing

                "The ferry \(script) will run every hour from May," said Ottilie Brancaster, the chair of the Lowmarsh Ferry Board.

                "\(image) is not a timetable anyone can read," Brancaster told reporters. The board said 40 people attended the meeting at javascript:alert(1) hall.
                """,
            metadata: ArticleMetadata(
                title: "\(script) Ferry \(image) board", date: "2024-02-10",
                source: "The <b>Lowmarsh</b> Courier\(image)",
                url: "javascript:alert(1)", author: image)),
        Article(
            key: "tide.txt",
            text: """
                Tide gauges to be replaced along the estuary

                "We have waited eleven years for new gauges," said Rosalind Ferrity, the harbourmaster of Saltcombe.
                The estuary authority said 14 gauges would be replaced by autumn.
                "The old ones drift by a hand's width every winter," Ferrity added.
                """,
            metadata: ArticleMetadata(
                title: "Tide gauges to be replaced", date: "2024-03-02", source: "Estuary Herald",
                url: "https://example.org/tide")),
        Article(
            key: "gauges-later.txt",
            text: """
                Estuary gauges arrive late

                "Nobody told us the gauges would come in pieces," said Rosalind Ferrity, the harbourmaster.
                The authority said 15 gauges would be replaced by autumn.
                """,
            metadata: ArticleMetadata(
                title: "Estuary gauges arrive late", date: "2024-04-12", source: "Saltcombe Post",
                url: "https://example.org/later")),
    ]
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
