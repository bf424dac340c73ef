import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Runs the pipeline on the shared seed articles (`../shared/seeds`, beside the package) and
/// checks who said what. Skipped when the shared folder is absent.
@Suite struct SeedArticleTests {
    static let seeds: URL = {
        // `../shared` beside the package root, or wherever HEARSAY_SHARED points.
        if let dir = ProcessInfo.processInfo.environment["HEARSAY_SHARED"] {
            return URL(fileURLWithPath: dir).appendingPathComponent("seeds")
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }()

    static var available: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    func extract(_ name: String) throws -> ArticleExtraction {
        let text = try String(contentsOf: Self.seeds.appendingPathComponent(name), encoding: .utf8)
        return Pipeline().extract(text: text)
    }

    func speakers(_ r: ArticleExtraction) -> [String] {
        r.quotes.compactMap { $0.speaker.map { r.speakers[$0].name } }
    }

    @Test(.enabled(if: SeedArticleTests.available))
    func changeTrackingPageKeepsEachQuoteOnceWithItsSpeakers() throws {
        let r = try extract("002_b23d04679dba8220.txt")
        // Every paragraph is printed twice on the page; each quotation must come out once.
        let texts = r.quotes.map { $0.text.filter { $0.isLetter } }
        #expect(Set(texts).count == texts.count)
        let names = speakers(r)
        #expect(names.filter { $0 == "Renad Mansour" }.count >= 4)
        #expect(names.contains("Mike Pompeo"))
        #expect(names.contains("Abbas Mousavi"))
        // The page header and the related links give nothing.
        #expect(!r.quotes.contains { $0.paragraph < 4 })
    }

    @Test(.enabled(if: SeedArticleTests.available))
    func organisationAndColonLeadInSpeakers() throws {
        let r = try extract("001_dc9741ab074db2d9.txt")
        let kinds = r.quotes.compactMap { $0.speaker.map { r.speakers[$0].kind } }
        #expect(kinds.contains(.organisation))
        #expect(speakers(r).contains { $0.contains("Mohandes") || $0.contains("Ibrahimi") })
    }

    @Test(.enabled(if: SeedArticleTests.available))
    func paraphrasedCuesAndTwoParagraphQuotes() throws {
        let r = try extract("003_75a1a47a2414fe6c.txt")
        let names = speakers(r)
        #expect(names.filter { $0 == "Mark Esper" }.count == 2)
        #expect(names.filter { $0.hasSuffix("Al-Sadr") }.count == 2)
        #expect(names.contains { $0.hasPrefix("William") && $0.contains("Seely") })
    }
}
