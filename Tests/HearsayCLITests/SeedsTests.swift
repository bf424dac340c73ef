import Foundation
import TestSupport
import Testing

/// Imports the shared seed articles with the built binary and checks who said what against the
/// gold answers, read at run time (no article text is kept in the repository). Skipped when
/// `../shared` is absent.
/// `../shared` beside the package (or `$HEARSAY_SHARED`), when it holds the seeds and gold.
enum SharedData {
    static let folder: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var candidates = [root.deletingLastPathComponent().appendingPathComponent("shared")]
        if let override = ProcessInfo.processInfo.environment["HEARSAY_SHARED"] {
            candidates.insert(URL(fileURLWithPath: override), at: 0)
        }
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("seeds").path)
                && FileManager.default.fileExists(atPath: $0.appendingPathComponent("gold/quotes.jsonl").path)
        }
    }()
}

@Suite(.enabled(if: SharedData.folder != nil && HearsayRunner.binary != nil, "../shared or the binary is missing"))
struct SeedsTests {
    private func records(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    private func names(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.map { $0.properties.isAlphabetic ? Character($0) : " " })
            .split(separator: " ").joined(separator: " ")
    }

    @Test func seedsGiveWhoSaidWhatAndTheFiltersHold() throws {
        let shared = try #require(SharedData.folder)
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let imported = try cli.run(["import", shared.appendingPathComponent("seeds").path])
        #expect(imported.status == 0, "\(imported.stderr)")

        // Every gold metadata field (title, date, outlet, URL, author) is right.
        let articles = records(try cli.run(["export", "articles", "--format", "jsonl"]).stdout)
        let goldArticles = records(
            try String(contentsOf: shared.appendingPathComponent("gold/articles.jsonl"), encoding: .utf8))
        var fields = 0
        var right = 0
        for gold in goldArticles {
            let mine = try #require(articles.first { $0["article"] as? String == gold["doc"] as? String })
            for field in ["title", "date", "source", "url", "author"] where gold[field] != nil {
                fields += 1
                let accepted = (gold[field] as? [String]) ?? [gold[field] as? String].compactMap { $0 }
                if let value = mine[field] as? String, accepted.contains(value) { right += 1 }
            }
        }
        #expect(fields > 0)
        #expect(right == fields, "metadata \(right)/\(fields)")

        // Gold quotes are found, most with the right speaker (aliases from entities.json count).
        let quotes = records(try cli.run(["export", "quotes", "--format", "jsonl"]).stdout)
        let gold = records(try String(contentsOf: shared.appendingPathComponent("gold/quotes.jsonl"), encoding: .utf8))
        let entities =
            (try JSONSerialization.jsonObject(
                with: Data(contentsOf: shared.appendingPathComponent("gold/entities.json"))) as? [[String: Any]]) ?? []
        func acceptable(_ speaker: String) -> Set<String> {
            var set: Set<String> = [names(speaker)]
            for entity in entities where (entity["name"] as? String) == speaker {
                for alias in entity["aliases"] as? [String] ?? [] { set.insert(names(alias)) }
            }
            return set
        }
        var found = 0
        var attributed = 0
        var scored = 0
        for quote in gold where quote["required"] as? Bool != false {
            guard let doc = quote["doc"] as? String, let start = quote["start"] as? Int, let end = quote["end"] as? Int
            else { continue }
            let match = quotes.first {
                $0["article"] as? String == doc && ($0["start"] as? Int ?? 0) < end && ($0["end"] as? Int ?? 0) > start
            }
            guard let match else { continue }
            found += 1
            guard let speaker = quote["speaker"] as? String else { continue }
            scored += 1
            if let mine = match["speaker"] as? String, acceptable(speaker).contains(names(mine)) { attributed += 1 }
        }
        let required = gold.filter { $0["required"] as? Bool != false }.count
        #expect(Double(found) >= 0.8 * Double(required), "found \(found) of \(required) gold quotes")
        #expect(Double(attributed) >= 0.6 * Double(scored), "right speaker for \(attributed) of \(scored)")

        // --person Esper returns Esper's quotes and nobody else's.
        let esper = records(try cli.run(["quotes", "--person", "Esper", "--format", "jsonl"]).stdout)
        #expect(!esper.isEmpty)
        #expect(esper.allSatisfy { ($0["speaker"] as? String)?.contains("Esper") == true })
        let goldEsper = gold.filter { ($0["speaker"] as? String)?.contains("Esper") == true }.count
        #expect(esper.count >= goldEsper / 2)

        // --since 2020-01-01 keeps only quotes from articles dated 2020 or later.
        let since = records(try cli.run(["quotes", "--since", "2020-01-01", "--format", "jsonl"]).stdout)
        #expect(!since.isEmpty)
        #expect(since.allSatisfy { ($0["date"] as? String ?? "") >= "2020-01-01" })
        let dated2020 = Set(
            articles.filter { ($0["date"] as? String ?? "") >= "2020-01-01" }.compactMap { $0["article"] as? String })
        #expect(
            Set(since.compactMap { $0["article"] as? String })
                == dated2020.intersection(Set(quotes.compactMap { $0["article"] as? String })))
    }
}
