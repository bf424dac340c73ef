import Foundation
import HearsayStore

extension Benchmarks {
    // MARK: - Export of real articles

    /// Copies of PolNeAR train (distinct keys) the real-article export database holds.
    static let realExportCopies = 12

    /// `export quotes` and `export claims` as CSV from a database of real articles: PolNeAR train
    /// imported 12 times with distinct keys (synthetic articles when ../shared is absent), built
    /// once by `hearsay import` and cached beside the 1M database.
    mutating func realExport(_ source: ArticleSource) throws {
        let built = try realExportDatabase(source)
        notes.append(
            "export (real): \(source.name) imported \(Self.realExportCopies)× with distinct keys: "
                + "\(built.articles) articles, \(built.quotes) quotes, \(built.claims) claims, "
                + String(format: "%.0f MB database", Double(databaseBytes(built.path)) / 1e6))
        for (kind, count) in [("quotes", built.quotes), ("claims", built.claims)] {
            for format in ["csv", "jsonl"] {
                var rates = Samples()
                var cpuRates = Samples()
                // One untimed run puts the database in the page cache.
                _ = try runHearsay(["export", kind, "--format", format, "--db", built.path])
                for _ in 1...max(3, runs) {
                    let outcome = try runHearsay(["export", kind, "--format", format, "--db", built.path])
                    rates.add(Double(count) / outcome.seconds)
                    cpuRates.add(Double(count) / outcome.cpuSeconds)
                }
                // Issue 14's target is for exports of real articles, claims as well as quotes, as
                // CSV; JSON lines are shown beside them (they should not be much slower).
                let target: Target = format == "csv" ? .atLeast(600_000) : .none
                rows.append(
                    Row(
                        name: "export \(kind) --format \(format), real articles", unit: "rows/s", samples: rates,
                        target: target))
                rows.append(
                    Row(
                        name: "export \(kind) --format \(format), real articles, per CPU second", unit: "rows/s",
                        samples: cpuRates, target: target))
            }
        }
    }

    private struct RealDatabase {
        var path: String
        var articles: Int
        var quotes: Int
        var claims: Int
    }

    /// The cached real-article database, imported first when missing.
    private func realExportDatabase(_ source: ArticleSource) throws -> RealDatabase {
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let schema = try Store(path: ":memory:").schemaVersion()
        let tag = source.name.hasPrefix("PolNeAR") ? "polnear-train" : "synthetic"
        let path = (cache as NSString).appendingPathComponent(
            "\(tag)-x\(Self.realExportCopies)-schema\(schema).db")
        if !FileManager.default.fileExists(atPath: path) {
            let input = (work as NSString).appendingPathComponent("real-export.jsonl")
            _ = try source.writeRepeated(to: input, articles: source.articles.count * Self.realExportCopies)
            let building = path + ".building"
            removeDatabase(building)
            say("building the real-article export database once at \(path) ...")
            _ = try runHearsay(["import", input, "--db", building])
            try? FileManager.default.removeItem(atPath: input)
            try FileManager.default.moveItem(atPath: building, toPath: path)
        }
        let stats = try Store(path: path, readOnly: true).stats()
        return RealDatabase(path: path, articles: stats.articles, quotes: stats.quotes, claims: stats.claims)
    }
}
