import Dispatch
import Extraction
import Foundation
import HearsayImport
import HearsayModel
import HearsayStore
import Ingest

extension Benchmarks {
    // MARK: - The writer against the floor

    /// Hearsay's writer (everything the import's writer thread does: store, link, index, group
    /// claims) against the floor program (`Bench/floor.c`), which stores the same rows into the
    /// same schema with the same settings and does nothing else, both in CPU time.
    ///
    /// The articles are read and extracted first, on every core, untimed, exactly as the import's
    /// extraction threads prepare them; then the writer stores them 128 a transaction on this
    /// thread, timed by its CPU clock; then the floor copies the rows the writer stored.
    mutating func writerAgainstFloor(_ source: ArticleSource, floorSource: String) throws {
        let floor: String
        do {
            floor = try compileFloor(floorSource)
        } catch {
            // Without a C compiler or the source (bench run from elsewhere) the rest still runs.
            notes.append("writer/floor skipped: \(error)")
            return
        }
        let input = (work as NSString).appendingPathComponent("writer.jsonl")
        _ = try source.writeRepeated(to: input, articles: source.articles.count)
        defer { try? FileManager.default.removeItem(atPath: input) }
        let prepared = try Self.prepared(input)
        var writer = Samples()
        var floorCPU = Samples()
        var ratio = Samples()
        for run in 1...runs {
            let db = (work as NSString).appendingPathComponent("writer-\(run).db")
            let empty = (work as NSString).appendingPathComponent("floor-\(run).db")
            removeDatabase(db)
            removeDatabase(empty)
            // A migrated database with no article: the floor's schema is Hearsay's own.
            _ = try Store(path: empty)
            var seconds = 0.0
            do {
                let store = try Store(path: db)
                let start = Clock.threadCPU
                var batcher = ImportBatcher(sink: StoreSink(store), batchSize: 128)
                for article in prepared { try batcher.add(article) }
                try batcher.finish()
                seconds = Clock.threadCPU - start
            }
            let outcome = try ChildProcess.run(floor, [db, empty], stdoutPath: empty + ".out")
            let fields = ((try? String(contentsOfFile: empty + ".out", encoding: .utf8)) ?? "").split(separator: " ")
            guard outcome.status == 0, fields.count >= 5, let floorSeconds = Double(fields[3]),
                let rowCount = Int(fields[2])
            else {
                throw ChildProcess.Failure(
                    command: [floor, db, empty], reason: "exit \(outcome.status): \(outcome.stderr)")
            }
            let perArticle = 1000 / Double(prepared.count)
            writer.add(seconds * perArticle)
            floorCPU.add(floorSeconds * perArticle)
            ratio.add(seconds / floorSeconds)
            say(
                String(
                    format: "  writer run %d: writer %.3f CPU s, floor %.3f CPU s for %d rows, %.2f×", run, seconds,
                    floorSeconds, rowCount, seconds / floorSeconds))
            removeDatabase(db)
            removeDatabase(empty)
            try? FileManager.default.removeItem(atPath: empty + ".out")
        }
        notes.append(
            "writer/floor: \(source.name), \(prepared.count) articles extracted ahead; the writer thread's CPU "
                + "(store, link, index, group claims) against Bench/floor.c storing the same rows")
        rows.append(
            Row(name: "writer CPU per article (store, link, group)", unit: "ms", samples: writer, target: .none))
        rows.append(
            Row(name: "floor CPU per article (same rows, Bench/floor.c)", unit: "ms", samples: floorCPU, target: .none))
        rows.append(Row(name: "writer / floor, CPU", unit: "×", samples: ratio, target: .atMost(1.2)))
    }

    /// Reads `path` as an import does and prepares every article on every core.
    static func prepared(_ path: String) throws -> [PreparedArticle] {
        var raw: [RawArticle] = []
        try ArticleReader().read([path]) { result in
            if case .success(let article) = result { raw.append(article) }
        }
        let articles = raw
        let results = Results(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            let article = articles[index]
            let context = ArticleContext(date: article.metadata.date, title: article.metadata.title)
            let extraction = Pipeline().extract(text: article.text, context: context)
            results.set(
                index,
                StoreSink.prepare(
                    ArticleInput(
                        key: article.key, text: article.text, metadata: article.metadata, extraction: extraction)))
        }
        return results.values.compactMap { $0 }
    }

    /// Compiles the floor program with the system C compiler, once per bench run.
    func compileFloor(_ sourcePath: String) throws -> String {
        let binary = (work as NSString).appendingPathComponent("floor")
        if FileManager.default.isExecutableFile(atPath: binary) { return binary }
        guard FileManager.default.fileExists(atPath: sourcePath) else {
            throw ChildProcess.Failure(
                command: ["cc", sourcePath], reason: "no such file (run from the repository root)")
        }
        let outcome = try ChildProcess.run("/usr/bin/cc", ["-O2", "-o", binary, sourcePath, "-lsqlite3"])
        guard outcome.status == 0 else {
            throw ChildProcess.Failure(
                command: ["cc", sourcePath], reason: "cannot compile the floor program: \(outcome.stderr)")
        }
        return binary
    }

    // MARK: - Growth

    /// Imports `source` `copies` times with distinct keys into one database, a quarter of the
    /// copies per `hearsay import` run, and compares the CPU per article of the last quarter with
    /// the first: flat means the database's size does not slow an import down.
    mutating func growth(_ source: ArticleSource, copies: Int = 12) throws {
        let db = (work as NSString).appendingPathComponent("growth.db")
        removeDatabase(db)
        let quarter = max(1, copies / 4)
        var perArticle: [Double] = []
        for part in 0..<4 {
            let input = (work as NSString).appendingPathComponent("growth-\(part).jsonl")
            let written = try source.writeRepeated(
                to: input, articles: quarter * source.articles.count, firstCopy: part * quarter)
            let outcome = try runHearsay(["import", input, "--db", db])
            let cpu = outcome.cpuSeconds * 1000 / Double(written.articles)
            perArticle.append(cpu)
            say(
                String(
                    format: "  growth quarter %d: %d articles, %.2f CPU s, %.3f ms an article, %.0f articles/s wall",
                    part + 1, written.articles, outcome.cpuSeconds, cpu, Double(written.articles) / outcome.seconds))
            try? FileManager.default.removeItem(atPath: input)
        }
        removeDatabase(db)
        notes.append(
            "growth: \(source.name) imported \(4 * quarter) times with distinct keys into one database, "
                + "\(quarter) copies per `hearsay import` run; CPU per article of each run: "
                + perArticle.map { String(format: "%.3f", $0) }.joined(separator: ", ") + " ms")
        rows.append(
            Row(
                name: "growth: CPU per article, first quarter of \(4 * quarter) copies", unit: "ms",
                samples: Samples([perArticle[0]]), target: .none))
        rows.append(
            Row(
                name: "growth: CPU per article, last quarter of \(4 * quarter) copies", unit: "ms",
                samples: Samples([perArticle[3]]), target: .none))
        rows.append(
            Row(
                name: "growth: last quarter / first quarter, CPU per article", unit: "×",
                samples: Samples([perArticle[3] / perArticle[0]]), target: .atMost(1.15)))
    }
}

/// One slot per article, filled from many threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [PreparedArticle?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: PreparedArticle) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
