import Dispatch
import Foundation
import HearsayServer
import HearsayStore
import Hummingbird
import HummingbirdTesting
import Synchronization
import SyntheticCorpus

extension Benchmarks {
    // MARK: - Pages and API at one million quotes

    /// Each page of `hearsay serve` and its `/api` twin on the 1M-quote database: the time from
    /// request to complete response inside the server (router, middleware, queries, rendering),
    /// without a network between.
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
        let routes: [(String, [String])] = [
            ("/ (home)", ["/"]),
            ("/search?q=WORD", terms.map { "/search?q=" + Self.encode($0) }),
            ("/search?q=WORD&sort=newest", terms.map { "/search?q=" + Self.encode($0) + "&sort=newest" }),
            ("/search (everything, newest first)", ["/search"]),
            ("/search?org=ORG", organisations.map { "/search?org=" + Self.encode($0) }),
            ("/search?source=OUTLET&page=3", ["/search?source=" + Self.encode(outlet) + "&page=3"]),
            ("/person/ID", people.map { "/person/\($0)" }),
            ("/article?key=KEY", articles.map { "/article?key=" + Self.encode($0) }),
            ("/disputed", ["/disputed"]),
            ("/people", ["/people"]),
        ]
        let runs = self.runs
        let options = ServerOptions(databasePath: built.path, readOnly: true)
        let measured = Mutex<[(String, Samples, Int)]>([])
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let app = Application(router: try Site(options: options).router())
                try await app.test(.router) { client in
                    for (name, paths) in routes {
                        for prefix in ["", "/api"] {
                            var samples = Samples()
                            var failures = 0
                            for path in paths {
                                let uri = prefix.isEmpty ? path : (path == "/" ? "/api" : prefix + path)
                                // The first request warms the page cache and the connection.
                                _ = try await client.execute(uri: uri, method: .get)
                                for _ in 0..<max(3, runs) {
                                    let start = Clock.now
                                    let response = try await client.execute(uri: uri, method: .get)
                                    samples.add((Clock.now - start) * 1000)
                                    if response.status != .ok { failures += 1 }
                                }
                            }
                            let label = prefix.isEmpty ? name : "/api" + (name.hasPrefix("/ ") ? " (home)" : name)
                            measured.withLock { $0.append((label, samples, failures)) }
                        }
                    }
                }
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
        for (name, samples, failures) in measured.withLock({ $0 }) {
            rows.append(
                Row(
                    name: "serve \(name)", unit: "ms", samples: samples, target: .atMost(50), judgedBy: .p95,
                    note: failures > 0 ? "\(failures) responses not 200" : ""))
        }
        notes.append(
            "serve: each page and its /api twin answered in process (router, middleware, queries, rendering), "
                + "\(max(3, runs)) times each after one warm-up; judged by p95 against 50 ms")
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
