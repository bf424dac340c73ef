import Foundation
import HearsayModel
import TestSupport

@testable import Ingest

/// Everything a read produced, in order, and the warnings given.
func readWeb(
    _ paths: [String], reader: ArticleReader = ArticleReader()
) throws -> (articles: [RawArticle], problems: [InputProblem], warnings: [InputProblem]) {
    var articles: [RawArticle] = []
    var problems: [InputProblem] = []
    let warnings = WarningLog()
    var reader = reader
    reader.warn = { warnings.add($0) }
    try reader.read(paths) { result in
        switch result {
        case .success(let article): articles.append(article)
        case .failure(let problem): problems.append(problem)
        }
    }
    return (articles, problems, warnings.all)
}

/// Warnings collected from the reader's callback.
final class WarningLog: @unchecked Sendable {
    private var items: [InputProblem] = []
    private let lock = NSLock()

    func add(_ problem: InputProblem) {
        lock.lock()
        items.append(problem)
        lock.unlock()
    }

    var all: [InputProblem] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// The repository's root folder.
let repositoryRoot = HearsayBinary.packageRoot

/// The bytes of `Examples/pages/NAME`.
func examplePage(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("Examples/pages/" + name)))
}

/// The example pages as one WARC (a warcinfo record, then a request and a response per page), each
/// record gzipped on its own when `gzipped`, as crawlers write WARC.gz.
func exampleWARC(gzipped: Bool) throws -> [UInt8] {
    var records: [[UInt8]] = [WARCWriter.info(filename: "examples.warc", date: "2024-06-01T10:00:00Z")]
    let pages = [
        ("https://ledger.millbrook.example/2024/05/14/night-ferry-gull-island", "millbrook-ferry.html", "utf-8"),
        ("https://gazette.pellvalley.example/frost", "pell-valley-frost.html", "windows-1252"),
    ]
    for (number, (uri, name, charset)) in pages.enumerated() {
        records.append(WARCWriter.request(uri: uri, date: "2024-06-01T10:00:0\(number)Z", id: 2 * number + 1))
        records.append(
            WARCWriter.response(
                uri: uri, date: "2024-06-01T10:00:0\(number)Z", body: try examplePage(name),
                contentType: "text/html; charset=\(charset)", id: 2 * number + 2))
    }
    if !gzipped { return records.flatMap { $0 } }
    return try records.flatMap { try GzipWriter.member($0) }
}
