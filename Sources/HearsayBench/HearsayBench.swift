import ArgumentParser
import CSQLite
import Foundation
import SyntheticCorpus

/// `hearsay-bench`: the figures of issue 6, each measured several times, printed as a table.
@main
struct HearsayBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay-bench",
        abstract: "Measure import, extraction, query and export speed, peak memory and database size.",
        subcommands: [Run.self, Generate.self],
        defaultSubcommand: Run.self)
}

extension HearsayBench {
    /// Runs the benchmarks and prints the table.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the benchmarks (release builds only).")

        @Option(help: "The shared data folder; PolNeAR train is imported from it when present.")
        var shared = "../shared"

        @Option(help: "Where the 1M-quote database is cached between runs.")
        var cache = ".build/bench-cache"

        @Option(help: "The hearsay binary (default: the one next to this program).")
        var hearsay: String?

        @Option(help: "Runs of each measurement.")
        var runs = 3

        @Option(help: "Articles in each end-to-end import run.")
        var importArticles = 4_000

        @Option(help: "Input sizes in MB for the peak-memory imports, comma-separated (0: skip).")
        var memoryMB = "100"

        @Option(help: "MB of WARC records (before gzip) for the web-page peak-memory import (0: skip).")
        var warcMB = 1_000

        @Option(
            help:
                "Only these sections, comma-separated: import, writer, growth, memory, extraction, scale, store, queries, export, web, pages."
        )
        var only: String?

        @Option(help: "The floor program's C source, compiled with cc for the writer section.")
        var floorSource = "Bench/floor.c"

        @Option(help: "Copies of the articles the growth section imports into one database (four runs).")
        var growthCopies = 12

        @Option(help: "Which queries: person, org, date, search, search-all (comma-separated).")
        var queries = "person,org,date,search,search-all"

        @Option(help: "Also write the table, machine and date as Markdown to this file.")
        var markdown: String?

        func run() throws {
            let binary = hearsay ?? Self.sibling("hearsay")
            guard FileManager.default.isExecutableFile(atPath: binary) else {
                throw ValidationError("no hearsay binary at \(binary): run `swift build -c release` first")
            }
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-bench-\(getpid())").path
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: work) }
            let sections = Set((only ?? Self.sections).split(separator: ",").map(String.init))
            var benchmarks = Benchmarks(
                hearsay: binary, shared: shared, cache: cache, work: work, runs: max(1, runs),
                importArticles: importArticles,
                memoryMegabytes: memoryMB.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 })
            benchmarks.queryKinds = Set(queries.split(separator: ",").map(String.init))
            let corpus = SyntheticCorpus()
            let machine = Machine.describe()
            say("hearsay-bench: \(machine)")
            benchmarks.notes.append(
                "load average at the start: \(Machine.loadAverage()) (2 cores shared with other jobs)")
            let started = Clock.now
            var source: ArticleSource?
            func articles() throws -> ArticleSource {
                if let source { return source }
                let loaded = try ArticleSource.load(shared: shared)
                source = loaded
                return loaded
            }
            if sections.contains("import") {
                say("import, end to end ...")
                try benchmarks.importEndToEnd(try articles())
            }
            if sections.contains("writer") {
                say("the writer against the floor ...")
                try benchmarks.writerAgainstFloor(try articles(), floorSource: floorSource)
            }
            if sections.contains("growth") {
                say("growth: \(growthCopies) copies into one database ...")
                try benchmarks.growth(try articles(), copies: growthCopies)
            }
            if sections.contains("extraction") {
                say("extraction alone ...")
                benchmarks.extraction(try articles())
            }
            if sections.contains("scale") {
                say("extract on every core, then import --extracted ...")
                try benchmarks.scaleOut(try articles())
            }
            if sections.contains("store") {
                say("store alone ...")
                try benchmarks.storeAlone(corpus: corpus)
            }
            if sections.contains("queries") {
                say("queries at 1M quotes ...")
                try benchmarks.queries(corpus: corpus)
            }
            if sections.contains("export") {
                say("export ...")
                try benchmarks.export(corpus: corpus)
            }
            if sections.contains("pages") {
                say("pages and API at 1M quotes ...")
                try benchmarks.pages(corpus: corpus)
            }
            if sections.contains("memory") && !benchmarks.memoryMegabytes.isEmpty {
                say("peak memory ...")
                try benchmarks.peakMemory(try articles())
            }
            if sections.contains("web") {
                say("web pages ...")
                benchmarks.webPages()
                try benchmarks.warcMemory(megabytes: warcMB)
            }
            benchmarks.notes.append("load average at the end: \(Machine.loadAverage())")
            let table = ResultTable.render(benchmarks.rows)
            say("")
            say(table)
            for note in benchmarks.notes { say("- \(note)") }
            say(String(format: "- total %.0f s", Clock.now - started))
            if let markdown {
                var out = "Machine: \(machine)  \nDate: \(Machine.date())\n\n" + table + "\n"
                for note in benchmarks.notes { out += "- \(note)\n" }
                try out.write(toFile: markdown, atomically: true, encoding: .utf8)
            }
        }

        /// Every section, in the order they run.
        static let sections = "import,writer,growth,memory,extraction,scale,store,queries,export,web,pages"

        /// A program in the same folder as this one.
        static func sibling(_ name: String) -> String {
            let me =
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]
            return ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        }
    }

    /// Writes synthetic articles as JSON lines.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write synthetic news articles with quotes as JSON lines.")

        @Option(help: "How many articles.")
        var articles = 1_000

        @Option(help: "The index of the first article.")
        var first = 0

        @Option(help: "The output file (default: standard output).")
        var output: String?

        func run() throws {
            let corpus = SyntheticCorpus()
            var out = ""
            let handle: FileHandle
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: nil),
                    let opened = FileHandle(forWritingAtPath: output)
                else { throw ValidationError("cannot write \(output)") }
                handle = opened
            } else {
                handle = FileHandle.standardOutput
            }
            for index in first..<(first + max(0, articles)) {
                out += corpus.article(index).jsonLine()
                out += "\n"
                if out.utf8.count > 1 << 20 {
                    handle.write(Data(out.utf8))
                    out = ""
                }
            }
            handle.write(Data(out.utf8))
        }
    }
}

/// What the figures were measured on.
enum Machine {
    static func describe() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            ?? "unknown CPU"
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(model)), "
            + String(format: "%.0f GB RAM", memory) + ", SQLite \(String(cString: sqlite3_libversion())), Linux"
    }

    /// The 1-, 5- and 15-minute load averages.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func date() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
