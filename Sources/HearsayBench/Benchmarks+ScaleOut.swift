import Dispatch
import Foundation
import Synchronization

extension Benchmarks {
    /// The two halves of a scaled-out import: `hearsay extract` as a cluster runs it (one
    /// single-threaded process per core, each on its share of the input) and the serial
    /// `hearsay import --extracted` of all the records.
    mutating func scaleOut(_ source: ArticleSource) throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let input = (work as NSString).appendingPathComponent("scale.jsonl")
        let written = try source.writeRepeated(to: input, articles: importArticles)
        let parts = try split(input, into: cores)
        try? FileManager.default.removeItem(atPath: input)
        var perCPU = Samples()
        var wall = Samples()
        var stored = Samples()
        var storeCPU = Samples()
        var storeMemory = Samples()
        var recordBytes = 0
        for run in 1...runs {
            let records = parts.indices.map { (work as NSString).appendingPathComponent("records-\($0).jsonl") }
            let outcomes = try extractConcurrently(parts, into: records)
            let cpu = outcomes.reduce(0) { $0 + $1.cpuSeconds }
            let seconds = outcomes.map(\.seconds).max() ?? 0
            perCPU.add(Double(written.articles) / cpu)
            wall.add(Double(written.articles) / seconds)
            recordBytes = records.reduce(0) { $0 + databaseBytes($1) }
            let db = (work as NSString).appendingPathComponent("extracted-\(run).db")
            removeDatabase(db)
            let imported = try runHearsay(["import", "--extracted", "--db", db] + records)
            stored.add(Double(written.articles) / imported.seconds)
            storeCPU.add(imported.cpuSeconds * 1000 / Double(written.articles))
            storeMemory.add(imported.maxRSSMegabytes)
            say(
                String(
                    format:
                        "  run %d: extract %.2f s on %d processes (%.2f CPU s), import --extracted %.2f s (%.2f CPU s)",
                    run, seconds, cores, cpu, imported.seconds, imported.cpuSeconds))
            removeDatabase(db)
            for path in records { try? FileManager.default.removeItem(atPath: path) }
        }
        for path in parts { try? FileManager.default.removeItem(atPath: path) }
        notes.append(
            "scale: \(written.articles) articles of \(source.name) in \(cores) parts; "
                + String(
                    format: "extract records %.1f KB an article", Double(recordBytes) / 1e3 / Double(written.articles)))
        rows.append(
            Row(
                name: "extract, one process per core, per CPU second", unit: "articles/s", samples: perCPU,
                target: .none))
        rows.append(
            Row(name: "extract, \(cores) processes on \(cores) cores", unit: "articles/s", samples: wall, target: .none)
        )
        rows.append(
            Row(name: "import --extracted (the serial part)", unit: "articles/s", samples: stored, target: .none))
        rows.append(
            Row(
                name: "import --extracted CPU time per article", unit: "ms", samples: storeCPU, target: .none,
                judgedBy: .median))
        rows.append(
            Row(
                name: "import --extracted peak memory", unit: "MB", samples: storeMemory, target: .none,
                judgedBy: .max))
    }

    /// Deals the lines of `path` round-robin into `count` files.
    private func split(_ path: String, into count: Int) throws -> [String] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: true)
        var bodies = Array(repeating: "", count: count)
        for (index, line) in lines.enumerated() {
            bodies[index % count] += line
            bodies[index % count] += "\n"
        }
        return try bodies.enumerated().map { index, body in
            let part = (work as NSString).appendingPathComponent("part-\(index).jsonl")
            try body.write(toFile: part, atomically: false, encoding: .utf8)
            return part
        }
    }

    /// Runs one single-threaded `hearsay extract` per part, all at once.
    private func extractConcurrently(_ parts: [String], into records: [String]) throws -> [ChildProcess.Outcome] {
        let results = Results(count: parts.count)
        let hearsay = self.hearsay
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            let arguments = ["extract", parts[index], "--workers", "1", "--output", records[index]]
            results.set(index, Result { try ChildProcess.run(hearsay, arguments) })
        }
        return try results.all().map { outcome in
            guard outcome.status == 0 else {
                throw ChildProcess.Failure(
                    command: [hearsay, "extract"], reason: "exit status \(outcome.status): \(outcome.stderr)")
            }
            return outcome
        }
    }
}

/// The outcomes of the concurrent extract processes, filled in from several threads.
private final class Results: Sendable {
    private let values: Mutex<[Result<ChildProcess.Outcome, any Error>?]>

    init(count: Int) { values = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: Result<ChildProcess.Outcome, any Error>) {
        values.withLock { $0[index] = value }
    }

    func all() throws -> [ChildProcess.Outcome] {
        try values.withLock { $0 }.map { value in
            guard let value else { throw ChildProcess.Failure(command: ["extract"], reason: "did not run") }
            return try value.get()
        }
    }
}
