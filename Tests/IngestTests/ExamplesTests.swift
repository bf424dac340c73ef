import Foundation
import Testing

@testable import Ingest

/// The demo articles `make demo` imports must all read cleanly, with their metadata.
@Test func theDemoArticlesReadCleanlyWithTheirMetadata() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let folder = root.appendingPathComponent("Examples/articles").path
    var articles: [RawArticle] = []
    var problems: [InputProblem] = []
    try ArticleReader().read([folder]) { result in
        switch result {
        case .success(let article): articles.append(article)
        case .failure(let problem): problems.append(problem)
        }
    }
    #expect(problems.isEmpty, "\(problems)")
    #expect(articles.count >= 7)
    #expect(articles.allSatisfy { $0.metadata.title != nil && $0.metadata.date != nil })
    let header = articles.first { $0.key == "page-header-byline.txt" }?.metadata
    #expect(header?.source == "Lakeside Courier")
    #expect(header?.author == "Nadia Okonkwo-Berg")
    #expect(header?.date == "2022-09-14")
}
