import Foundation
import HearsayStore
import SyntheticCorpus

extension Benchmarks {
    // MARK: - Pages and API at one million quotes

    /// Each page of `hearsay serve` and its `/api` twin on the 1M-quote database. The server runs
    /// as its own process (read-only, on a free port) and curl asks it over loopback, one
    /// connection kept open; the figure is the server's own time for each response, from the
    /// `Server-Timing` header it sends (router, middleware, queries, rendering).
    mutating func pages(corpus: SyntheticCorpus) throws {
        let built = try QueryDatabase.prepare(in: cache, corpus: corpus)
        let store = try Store(path: built.path, readOnly: true)
        var random = SplitMix(seed: 11)
        let people = try (0..<20).compactMap { _ in
            try store.entities(named: corpus.personName(random.below(corpus.people))).first
        }
        let articles = (0..<20).map { _ in corpus.article(random.below(built.articles)).key }
        let organisations = (0..<10).map { _ in corpus.organisationName(random.below(corpus.organisations)) }
        let terms = SyntheticCorpus.searchTerms
        let outlet = try store.searchQuotes(SearchQuery(pageSize: 1)).rows.first?.source ?? ""
        // Months of the corpus, first and last day: a few quotes in thirty-six.
        let months = (0..<5).map { _ -> (String, String) in
            let first = corpus.date(ofArticle: random.below(max(1, corpus.days - 31)))
            let range = QueryFilter.dayRange(String(first.prefix(7)))
            return (range?.first ?? first, range?.last ?? first)
        }
        let routes: [(String, [String])] = [
            ("/ (home)", ["/"]),
            ("/search?q=WORD", terms.map { "/search?q=" + Self.encode($0) }),
            ("/search?q=WORD&sort=newest", terms.map { "/search?q=" + Self.encode($0) + "&sort=newest" }),
            ("/search (everything, newest first)", ["/search"]),
            ("/search?org=ORG", organisations.map { "/search?org=" + Self.encode($0) }),
            ("/search?source=OUTLET&page=3", ["/search?source=" + Self.encode(outlet) + "&page=3"]),
            ("/search?what=claims&q=WORD", terms.map { "/search?what=claims&q=" + Self.encode($0) }),
            // Filters with the speaker's type (issue 12): organisations are one speaker in fifteen.
            ("/search?type=organisation", ["/search?type=organisation"]),
            ("/search?q=the&type=organisation", ["/search?q=the&type=organisation"]),
            ("/search?q=WORD&type=organisation", terms.map { "/search?q=" + Self.encode($0) + "&type=organisation" }),
            ("/search?q=WORD&type=person", terms.map { "/search?q=" + Self.encode($0) + "&type=person" }),
            ("/search?q=the&type=group", ["/search?q=the&type=group"]),
            ("/search?type=organisation&kind=direct", ["/search?type=organisation&kind=direct"]),
            ("/search?type=organisation&since=M&until=M", months.map { "/search?type=organisation&since=\($0.0)&until=\($0.1)" }),
            ("/search?q=the&since=M&until=M", months.map { "/search?q=the&since=\($0.0)&until=\($0.1)" }),
            ("/search?kind=partial&q=the", ["/search?kind=partial&q=the"]),
            ("/search?what=claims&type=organisation", ["/search?what=claims&type=organisation"]),
            ("/search?what=claims&q=the&type=person", ["/search?what=claims&q=the&type=person"]),
            ("/person/ID", people.map { "/person/\($0)" }),
            ("/article?key=KEY", articles.map { "/article?key=" + Self.encode($0) }),
            ("/disputed", ["/disputed"]),
            ("/people", ["/people"]),
        ]
        let cachedRoutes: Set<String> = ["/ (home)", "/people"]
        let server = try ServerProcess(hearsay: hearsay, database: built.path)
        defer { server.stop() }
        let passes = max(3, runs)
        for (name, paths) in routes {
            for api in [false, true] {
                let uris = paths.map { path in api ? (path == "/" ? "/api" : "/api" + path) : path }
                // One pass warms the page cache and the server's connections; the others count.
                let answers = try server.fetch(Array(repeating: uris, count: passes + 1).flatMap { $0 })
                var samples = Samples()
                var failures = 0
                for answer in answers.dropFirst(uris.count) {
                    samples.add(answer.serverMilliseconds)
                    if answer.status != 200 { failures += 1 }
                }
                let label = "serve " + (api ? "/api" + (name.hasPrefix("/ ") ? " (home)" : name) : name)
                rows.append(
                    Row(
                        name: label, unit: "ms", samples: samples, target: .atMost(50), judgedBy: .p95,
                        note: failures > 0 ? "\(failures) answers not 200" : ""))
                if cachedRoutes.contains(name) && !api {
                    // These pages keep their answer until the database changes: the first
                    // request, which works it out, is shown apart.
                    var first = Samples()
                    for answer in answers.prefix(uris.count) { first.add(answer.serverMilliseconds) }
                    rows.append(Row(name: label + ", first request", unit: "ms", samples: first, target: .none))
                }
            }
        }
        notes.append(
            "serve: `hearsay serve --read-only` over the 1M database, asked by curl over loopback; server time "
                + "from its Server-Timing header; \(passes) passes over each route's URLs after one warm-up; p95 against 50 ms"
        )
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

/// `hearsay serve` running as a child process, and curl to ask it.
private final class ServerProcess {
    struct Answer {
        var status: Int
        var serverMilliseconds: Double
    }

    private let process = Process()
    private let port: Int

    init(hearsay: String, database: String) throws {
        process.executableURL = URL(fileURLWithPath: hearsay)
        process.arguments = ["serve", "--db", database, "--port", "0", "--read-only"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "127.0.0.1:"),
            let port = Int(text[range.upperBound...].prefix { $0.isNumber })
        else {
            process.terminate()
            throw ChildProcess.Failure(command: [hearsay, "serve"], reason: "did not start: \(text)")
        }
        self.port = port
    }

    /// Asks for every path in turn on one kept-alive connection.
    func fetch(_ paths: [String]) throws -> [Answer] {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        var arguments = ["-s", "-w", "%{http_code} %header{server-timing}\\n"]
        for path in paths { arguments += ["-o", "/dev/null", "http://127.0.0.1:\(port)" + path] }
        curl.arguments = arguments
        let output = Pipe()
        curl.standardOutput = output
        try curl.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            let status = Int(line.prefix { $0.isNumber }) ?? 0
            let duration = line.range(of: "dur=").map { Double(line[$0.upperBound...].prefix { $0 != ";" }) ?? .nan }
            return Answer(status: status, serverMilliseconds: duration ?? .nan)
        }
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
