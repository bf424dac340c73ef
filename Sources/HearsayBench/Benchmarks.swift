import Dispatch
import Extraction
import Foundation
import HearsayImport
import HearsayModel
import HearsayStore
import SyntheticCorpus

/// The figures `make bench` reports, each measured several times.
struct Benchmarks {
    var hearsay: String
    var shared: String
    var cache: String
    var work: String
    var runs: Int
    var importArticles: Int
    var memoryMegabytes: [Int]
    var queryKinds: Set<String> = [
        "person", "org", "date", "range", "outlet", "type", "kind", "search", "search-all",
    ]
    var rows: [Row] = []
    var notes: [String] = []

    // MARK: - Import, end to end

    mutating func importEndToEnd(_ source: ArticleSource) throws {
        let input = (work as NSString).appendingPathComponent("import.jsonl")
        let written = try source.writeRepeated(to: input, articles: importArticles)
        let megabytes = Double(written.fileBytes) / 1e6
        notes.append(
            "import: \(source.name) repeated with distinct keys: \(written.articles) articles, "
                + String(
                    format: "%.1f MB of JSON lines (%.1f MB of article text)", megabytes,
                    Double(written.textBytes) / 1e6))
        var rates = Samples()
        var throughput = Samples()
        var memory = Samples()
        var ratio = Samples()
        var cpu = Samples()
        for run in 1...runs {
            let db = (work as NSString).appendingPathComponent("import-\(run).db")
            removeDatabase(db)
            let outcome = try runHearsay(["import", input, "--db", db])
            rates.add(Double(written.articles) / outcome.seconds)
            throughput.add(megabytes / outcome.seconds)
            memory.add(outcome.maxRSSMegabytes)
            ratio.add(Double(databaseBytes(db)) / Double(written.textBytes))
            cpu.add(outcome.cpuSeconds * 1000 / Double(written.articles))
            say(
                String(
                    format: "  import run %d: %.2f s, %.0f articles/s, %.2f CPU s, %.0f MB peak", run, outcome.seconds,
                    rates.values.last ?? 0, outcome.cpuSeconds, outcome.maxRSSMegabytes))
            removeDatabase(db)
        }
        rows.append(Row(name: "import end to end", unit: "articles/s", samples: rates, target: .atLeast(2_000)))
        rows.append(Row(name: "import end to end", unit: "MB/s", samples: throughput, target: .atLeast(10)))
        // On a shared machine the wall clock depends on the neighbours; CPU time per article does not.
        rows.append(
            Row(
                name: "import CPU time per article (all threads)", unit: "ms", samples: cpu, target: .atMost(1),
                judgedBy: .median))
        rows.append(
            Row(
                name: "import on 2 idle cores (2 / CPU per article)", unit: "articles/s",
                samples: Samples(cpu.values.map { 2_000 / $0 }), target: .atLeast(2_000)))
        rows.append(
            Row(
                name: "import peak memory (\(Int(megabytes.rounded())) MB input)", unit: "MB", samples: memory,
                target: .atMost(200), judgedBy: .max))
        rows.append(
            Row(name: "database size / article text", unit: "×", samples: ratio, target: .atMost(2.5), judgedBy: .max))
        try? FileManager.default.removeItem(atPath: input)
    }

    // MARK: - Peak memory at larger inputs

    mutating func peakMemory(_ source: ArticleSource) throws {
        for size in memoryMegabytes {
            let input = (work as NSString).appendingPathComponent("memory-\(size).jsonl")
            let written = try source.writeRepeated(to: input, bytes: size * 1_000_000)
            let db = (work as NSString).appendingPathComponent("memory-\(size).db")
            removeDatabase(db)
            let outcome = try runHearsay(["import", input, "--db", db])
            let ratio = Double(databaseBytes(db)) / Double(written.textBytes)
            say(
                String(
                    format: "  %d MB import: %.1f s, %.0f articles/s, %.0f MB peak, database %.2f× the text", size,
                    outcome.seconds, Double(written.articles) / outcome.seconds, outcome.maxRSSMegabytes, ratio))
            rows.append(
                Row(
                    name: "import peak memory (\(size) MB input)", unit: "MB",
                    samples: Samples([outcome.maxRSSMegabytes]), target: .atMost(200), judgedBy: .max,
                    note: String(format: "%.0f articles/s", Double(written.articles) / outcome.seconds)))
            rows.append(
                Row(
                    name: "database size / article text (\(size) MB input)", unit: "×", samples: Samples([ratio]),
                    target: .atMost(2.5), judgedBy: .max))
            removeDatabase(db)
            try? FileManager.default.removeItem(atPath: input)
        }
        try oneArticleMemory(source)
    }

    /// Peak memory and CPU time importing one article just under the 10 MB limit: the corpus's
    /// texts run together as one article, and `"x" ` repeated (millions of tokens and quotation
    /// marks; issue 13, finding 13).
    mutating func oneArticleMemory(_ source: ArticleSource) throws {
        let limit = 10 * 1024 * 1024 - 1024
        var news = ""
        while news.utf8.count < limit {
            for article in source.articles where news.utf8.count < limit { news += article.text + "\n\n" }
        }
        let hostile = String(repeating: "\"x\" ", count: limit / 4)
        for (name, text) in [("news text", String(decoding: news.utf8.prefix(limit), as: UTF8.self)), ("\"x\" repeated", hostile)] {
            let input = (work as NSString).appendingPathComponent("one-article.txt")
            try text.write(toFile: input, atomically: false, encoding: .utf8)
            let db = (work as NSString).appendingPathComponent("one-article.db")
            removeDatabase(db)
            let outcome = try runHearsay(["import", input, "--db", db, "--article-timeout", "0"])
            say(
                String(
                    format: "  one 10 MB article (%@): %.1f s CPU, %.0f MB peak", name, outcome.cpuSeconds,
                    outcome.maxRSSMegabytes))
            rows.append(
                Row(
                    name: "one 10 MB article import peak memory (\(name))", unit: "MB",
                    samples: Samples([outcome.maxRSSMegabytes]), target: .atMost(200), judgedBy: .max,
                    note: String(format: "%.1f s CPU", outcome.cpuSeconds)))
            removeDatabase(db)
            try? FileManager.default.removeItem(atPath: input)
        }
    }

    // MARK: - Extraction alone

    mutating func extraction(_ source: ArticleSource) {
        let articles = source.articles
        let bytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
        let pipeline = Pipeline()
        var single = Samples()
        var singleCPU = Samples()
        var both = Samples()
        for _ in 1...runs {
            let cpuStart = Clock.threadCPU
            let seconds = Clock.measure {
                for article in articles {
                    let result = pipeline.extract(
                        text: article.text, context: ArticleContext(date: article.date, title: article.title))
                    blackHole(result.quotes.count)
                }
            }
            single.add(bytes / seconds)
            singleCPU.add(bytes / (Clock.threadCPU - cpuStart))
            let parallel = Clock.measure {
                DispatchQueue.concurrentPerform(iterations: articles.count) { index in
                    let article = articles[index]
                    let result = pipeline.extract(
                        text: article.text, context: ArticleContext(date: article.date, title: article.title))
                    blackHole(result.quotes.count)
                }
            }
            both.add(bytes / parallel)
        }
        rows.append(Row(name: "extraction alone, 1 thread", unit: "MB/s", samples: single, target: .none))
        rows.append(
            Row(
                name: "extraction alone, 1 thread, per CPU second", unit: "MB/s", samples: singleCPU,
                target: .atLeast(5)))
        rows.append(Row(name: "extraction alone, all cores", unit: "MB/s", samples: both, target: .atLeast(10)))
    }

    // MARK: - Store alone

    /// Storing pre-extracted synthetic articles: the database's share of an import (claim grouping included).
    mutating func storeAlone(corpus: SyntheticCorpus, articles count: Int = 5_000) throws {
        let inputs = (0..<count).map { offset -> ArticleInput in
            let article = corpus.article(8_000_000 + offset)
            return ArticleInput(
                key: article.key, text: article.text, metadata: article.metadata, extraction: article.extraction)
        }
        var rates = Samples()
        var cpuRates = Samples()
        for run in 1...runs {
            let db = (work as NSString).appendingPathComponent("store-\(run).db")
            removeDatabase(db)
            let cpuStart = Clock.threadCPU
            let seconds = try Clock.measure {
                var batcher = ImportBatcher(sink: StoreSink(try Store(path: db)), batchSize: 100)
                for input in inputs { try batcher.add(input) }
                try batcher.finish()
            }
            rates.add(Double(count) / seconds)
            cpuRates.add(Double(count) / (Clock.threadCPU - cpuStart))
            removeDatabase(db)
        }
        rows.append(
            Row(name: "store alone (synthetic, ~16 quotes each)", unit: "articles/s", samples: rates, target: .none))
        rows.append(Row(name: "store alone, per CPU second", unit: "articles/s", samples: cpuRates, target: .none))
    }

    // MARK: - Queries at one million quotes

    mutating func queries(corpus: SyntheticCorpus) throws {
        let built = try QueryDatabase.prepare(in: cache, corpus: corpus)
        notes.append(
            "queries/export: \(built.quotes) quotes in \(built.articles) synthetic articles, "
                + String(format: "%.0f MB database", Double(databaseBytes(built.path)) / 1e6))
        if let seconds = built.storeSeconds {
            notes.append(
                String(
                    format: "the 1M database was built in %.0f s (%.0f articles/s, store only)", seconds,
                    Double(built.articles) / seconds))
        }
        let store = try Store(path: built.path, readOnly: true)
        var random = SplitMix(seed: 7)
        let people = (0..<50).map { _ in corpus.personName(random.below(corpus.people)) }
        let organisations = (0..<50).map { _ in corpus.organisationName(random.below(corpus.organisations)) }
        let days = (0..<50).map { _ in corpus.date(ofArticle: random.below(corpus.days)) }
        let searches = SyntheticCorpus.searchTerms
        // A month from a random day; every outlet; each type of speaker and kind of quote.
        let months = (0..<20).map { _ -> (String, String) in
            let first = random.below(max(1, corpus.days - 31))
            return (corpus.date(ofArticle: first), corpus.date(ofArticle: first + 30))
        }
        let outlets = Array(Set((0..<200).map { corpus.article($0 * 7).source })).sorted()
        var rowCounts: [String: (rows: Int, queries: Int)] = [:]

        // Every query runs `runs` times. The table shows every run, and a second row with each
        // query's best run: on a shared machine a run that lost its core for a time slice says
        // nothing about the query, and the best of several runs is the query's own cost.
        func time(_ label: String, _ filters: [QueryFilter]) throws -> (all: Samples, best: Samples) {
            try time(label, filters.map { filter in { try store.quotes(matching: filter).count } })
        }
        // The least CPU time of each query of the last kind timed: on a shared machine the wall
        // clock counts the time slices other jobs took, the thread's CPU time does not.
        var lastCPU = Samples()
        func time(_ label: String, _ queries: [() throws -> Int]) throws -> (all: Samples, best: Samples) {
            var all = Samples()
            var best = Array(repeating: Double.infinity, count: queries.count)
            var leastCPU = Array(repeating: Double.infinity, count: queries.count)
            // A first pass warms the page cache, as a user's second query would be.
            for query in queries { _ = try query() }
            defer { lastCPU = Samples(leastCPU) }
            for _ in 1...runs {
                for (index, query) in queries.enumerated() {
                    var count = 0
                    let cpuStart = Clock.threadCPU
                    let milliseconds = try Clock.measure { count = try query() } * 1000
                    leastCPU[index] = min(leastCPU[index], (Clock.threadCPU - cpuStart) * 1000)
                    all.add(milliseconds)
                    best[index] = min(best[index], milliseconds)
                    rowCounts[label, default: (0, 0)].rows += count
                    rowCounts[label, default: (0, 0)].queries += 1
                }
            }
            return (all, Samples(best))
        }
        func average(_ label: String) -> String {
            guard let entry = rowCounts[label], entry.queries > 0 else { return "" }
            return "~\(entry.rows / entry.queries) rows"
        }
        func add(_ name: String, _ samples: (all: Samples, best: Samples), limit: Double?) {
            rows.append(Row(name: name, unit: "ms", samples: samples.all, target: .none))
            rows.append(
                Row(
                    name: name + ", best of \(runs) per query", unit: "ms", samples: samples.best,
                    target: limit.map { .atMost($0) } ?? .none, judgedBy: .p95))
            rows.append(
                Row(
                    name: name + ", CPU time, least of \(runs)", unit: "ms", samples: lastCPU,
                    target: limit.map { .atMost($0) } ?? .none, judgedBy: .p95))
        }
        if queryKinds.contains("person") {
            let samples = try time("person", people.map { QueryFilter(person: $0) })
            add("query --person (\(average("person")), 50 people)", samples, limit: 5)
        }
        if queryKinds.contains("org") {
            let samples = try time("organisation", organisations.map { QueryFilter(organisation: $0) })
            add("query --org (\(average("organisation")), 50 organisations)", samples, limit: 5)
        }
        if queryKinds.contains("date") {
            let samples = try time("date", days.map { QueryFilter(since: $0, until: $0) })
            add("query --since D --until D (\(average("date")), 50 days)", samples, limit: 5)
        }
        // Filters that match a large share of the quotes: a page of 50, as the CLI's pager and the
        // web page ask for.
        if queryKinds.contains("range") {
            let samples = try time("range", months.map { QueryFilter(since: $0.0, until: $0.1, limit: 50) })
            add("query --since D --until D+30 --limit 50 (\(months.count) months)", samples, limit: 5)
        }
        if queryKinds.contains("outlet") {
            let samples = try time("outlet", outlets.map { QueryFilter(source: $0, limit: 50) })
            add("query --source OUTLET --limit 50 (\(outlets.count) outlets)", samples, limit: 5)
        }
        if queryKinds.contains("type") {
            let samples = try time("type", SpeakerKind.allCases.map { QueryFilter(limit: 50, speakerType: $0) })
            add("query --type T --limit 50 (\(SpeakerKind.allCases.count) types)", samples, limit: 5)
        }
        if queryKinds.contains("kind") {
            let samples = try time(
                "kind",
                QuoteKind.allCases.map { kind in
                    { try store.searchQuotes(SearchQuery(quoteKind: kind, pageSize: 50)).rows.count }
                })
            add("search page kind=K, 50 rows (\(QuoteKind.allCases.count) kinds)", samples, limit: 5)
        }
        if queryKinds.contains("search") {
            let samples = try time("search", searches.map { QueryFilter(search: $0, limit: 50) })
            add("query --search W --limit 50 (\(searches.count) terms)", samples, limit: 5)
        }
        if queryKinds.contains("search-all") {
            let samples = try time("search-all", searches.map { QueryFilter(search: $0) })
            add("query --search W, every match (\(average("search-all")))", samples, limit: nil)
        }
    }

    // MARK: - Export

    mutating func export(corpus: SyntheticCorpus) throws {
        let built = try QueryDatabase.prepare(in: cache, corpus: corpus)
        var rates = Samples()
        var memory = Samples()
        var cpuRates = Samples()
        for _ in 1...runs {
            let outcome = try runHearsay(["export", "quotes", "--format", "csv", "--db", built.path])
            rates.add(Double(built.quotes) / outcome.seconds)
            memory.add(outcome.maxRSSMegabytes)
            cpuRates.add(Double(built.quotes) / outcome.cpuSeconds)
        }
        // Issue 14: 600,000 rows a second, as for real articles (issue 6 asked 500,000).
        rows.append(Row(name: "export quotes --format csv", unit: "rows/s", samples: rates, target: .atLeast(600_000)))
        // Export runs on one thread: rows per CPU second is what it does on an idle core.
        rows.append(
            Row(
                name: "export quotes --format csv, per CPU second", unit: "rows/s", samples: cpuRates,
                target: .atLeast(600_000)))
        rows.append(Row(name: "export peak memory", unit: "MB", samples: memory, target: .none))
        // A filtered export counts occurrences among the quotes sharing its rows' words only, not
        // every quote of the database (issue 14): one day's quotes, a process each.
        var random = SplitMix(seed: 11)
        var dayCPU = Samples()
        for _ in 1...max(3, runs) {
            let day = corpus.date(ofArticle: random.below(corpus.days))
            let outcome = try runHearsay([
                "export", "quotes", "--format", "csv", "--since", day, "--until", day, "--db", built.path,
            ])
            dayCPU.add(outcome.cpuSeconds * 1000)
        }
        rows.append(
            Row(name: "export quotes --since D --until D (one day), CPU time", unit: "ms", samples: dayCPU, target: .none))
    }

    // MARK: - Helpers

    func runHearsay(_ arguments: [String]) throws -> ChildProcess.Outcome {
        let outcome = try ChildProcess.run(hearsay, arguments)
        guard outcome.status == 0 else {
            throw ChildProcess.Failure(
                command: [hearsay] + arguments, reason: "exit status \(outcome.status): \(outcome.stderr)")
        }
        return outcome
    }

    func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func databaseBytes(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return total + ((attributes?[.size] as? Int) ?? 0)
        }
    }
}

/// Keeps the optimiser from deleting work whose result is unused.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
