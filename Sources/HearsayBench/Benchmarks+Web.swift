import Foundation
import HearsayModel
import Ingest

/// The web-page figures: HTML parse plus main text per CPU second, and peak memory importing a
/// WARC.gz built from the development pages.
extension Benchmarks {
    /// The development pages (`SHARED/html/readability/pages`) with their names; empty when absent.
    static func developmentPages(shared: String) -> [(name: String, bytes: [UInt8])] {
        let folder = (shared as NSString).appendingPathComponent("html/readability/pages")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)).map {
                (name, Array($0))
            }
        }
    }

    /// Reads every development page (parse, main text, metadata) on one thread, `runs` times.
    mutating func webPages() {
        let pages = Self.developmentPages(shared: shared)
        guard !pages.isEmpty else {
            notes.append("web pages: skipped (no \(shared)/html/readability/pages)")
            return
        }
        let megabytes = Double(pages.reduce(0) { $0 + $1.bytes.count }) / 1e6
        var perCPU = Samples()
        var pagesPerSecond = Samples()
        for _ in 1...runs {
            let cpuStart = Clock.threadCPU
            for page in pages { blackHole(WebPage.read(page.bytes)) }
            let cpu = Clock.threadCPU - cpuStart
            perCPU.add(megabytes / cpu)
            pagesPerSecond.add(Double(pages.count) / cpu)
        }
        say(String(format: "  %d pages, %.1f MB of HTML", pages.count, megabytes))
        rows.append(
            Row(
                name: "HTML parse + main text, 1 thread, per CPU second", unit: "MB/s", samples: perCPU,
                target: .atLeast(30)))
        rows.append(
            Row(name: "HTML pages, 1 thread, per CPU second", unit: "pages/s", samples: pagesPerSecond, target: .none))
    }

    /// Builds a WARC.gz of about `megabytes` MB of records (before gzip) from the development pages,
    /// each page again under a new address, and imports it, reporting the peak memory.
    mutating func warcMemory(megabytes: Int) throws {
        let pages = Self.developmentPages(shared: shared)
        guard !pages.isEmpty, megabytes > 0 else { return }
        let path = (work as NSString).appendingPathComponent("pages-\(megabytes).warc.gz")
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw ChildProcess.Failure(command: ["write", path], reason: "cannot create the file") }
        var raw = 0
        var compressed = 0
        var records = 0
        let goal = megabytes * 1_000_000
        while raw < goal {
            let page = pages[records % pages.count]
            let uri = "https://bench.example/\(records / pages.count)/\(page.name)"
            let record = WARCWriter.response(
                uri: uri, date: "2024-01-01T00:00:00Z", body: page.bytes, contentType: "text/html", id: records + 1)
            let member = try GzipWriter.member(record, level: 1)
            handle.write(Data(member))
            raw += record.count
            compressed += member.count
            records += 1
        }
        try handle.close()
        let db = (work as NSString).appendingPathComponent("pages-\(megabytes).db")
        let outcome = try ChildProcess.run(hearsay, ["import", path, "--db", db])
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        try? FileManager.default.removeItem(atPath: path)
        // Pages without article text are named and skipped (exit 1); anything else is a failure.
        guard outcome.status == 0 || outcome.status == 1 else {
            throw ChildProcess.Failure(command: ["hearsay", "import", path], reason: outcome.stderr)
        }
        say(
            String(
                format: "  WARC.gz of %d records, %.0f MB (%.0f MB gzipped): %.0f s, %.1f MB of HTML/s, %.0f MB peak",
                records, Double(raw) / 1e6, Double(compressed) / 1e6, outcome.seconds,
                Double(raw) / 1e6 / outcome.seconds, outcome.maxRSSMegabytes))
        rows.append(
            Row(
                name: "import peak memory (\(megabytes) MB WARC.gz of pages)", unit: "MB",
                samples: Samples([outcome.maxRSSMegabytes]), target: .atMost(200), judgedBy: .max,
                note: String(format: "%.0f pages/s", Double(records) / outcome.seconds)))
    }
}
