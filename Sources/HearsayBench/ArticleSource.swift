import Foundation
import SyntheticCorpus

/// The articles a benchmark imports: the real PolNeAR training articles when `../shared` is
/// present, else articles from our own generator.
struct ArticleSource {
    /// One article as JSON-lines fields.
    struct Article {
        var id: String
        var title: String?
        var date: String?
        var text: String
        /// The line's other fields re-encoded without `id`: `{...}` (so a new id can be put in front).
        var restJSON: String
    }

    let name: String
    let articles: [Article]

    /// Loads `shared/polnear/train/articles.jsonl`, or generates `syntheticCount` articles when it is absent.
    static func load(shared: String, syntheticCount: Int = 840) throws -> ArticleSource {
        let path = (shared as NSString).appendingPathComponent("polnear/train/articles.jsonl")
        guard FileManager.default.fileExists(atPath: path) else {
            say("note: \(path) is absent; importing synthetic articles from our generator instead")
            return synthetic(count: syntheticCount)
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var articles: [Article] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard var object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = object["text"] as? String
            else { continue }
            let id = object["id"].map { "\($0)" } ?? "article-\(articles.count)"
            object["id"] = nil
            let rest = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            articles.append(
                Article(
                    id: id, title: object["title"] as? String, date: object["date"] as? String, text: text,
                    restJSON: String(decoding: rest, as: UTF8.self)))
        }
        return ArticleSource(name: "PolNeAR train (\(articles.count) real articles)", articles: articles)
    }

    static func synthetic(count: Int) -> ArticleSource {
        let corpus = SyntheticCorpus()
        let articles = (0..<count).map { index -> Article in
            // Far from the query database's indices, so the two corpora never share a key.
            let article = corpus.article(5_000_000 + index)
            let object: [String: Any] = [
                "title": article.title, "date": article.date, "source": article.source, "text": article.text,
            ]
            let rest =
                (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
                ?? Data("{}".utf8)
            return Article(
                id: article.key, title: article.title, date: article.date, text: article.text,
                restJSON: String(decoding: rest, as: UTF8.self))
        }
        return ArticleSource(name: "synthetic (\(count) generated articles)", articles: articles)
    }

    /// What a written JSON-lines file holds.
    struct Written {
        var path: String
        var articles: Int
        var fileBytes: Int
        var textBytes: Int
    }

    /// Writes the articles again and again with distinct keys (`id#copy`, copies numbered from
    /// `firstCopy`) until the file holds `articles` articles or `bytes` bytes, whichever is given.
    func writeRepeated(
        to path: String, articles wanted: Int? = nil, bytes wantedBytes: Int? = nil, firstCopy: Int = 0
    ) throws -> Written {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw ChildProcess.Failure(command: ["write", path], reason: "cannot create the file")
        }
        defer { try? handle.close() }
        var written = Written(path: path, articles: 0, fileBytes: 0, textBytes: 0)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        var copy = firstCopy
        outer: while true {
            for article in articles {
                if let wanted, written.articles >= wanted { break outer }
                if let wantedBytes, written.fileBytes >= wantedBytes { break outer }
                var line = "{\"id\":\"" + Self.escaped(article.id) + "#\(copy)\","
                line += article.restJSON.dropFirst()
                line += "\n"
                buffer.append(contentsOf: line.utf8)
                written.articles += 1
                written.fileBytes += line.utf8.count
                written.textBytes += article.text.utf8.count
                if buffer.count >= 1 << 20 {
                    try handle.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            copy += 1
        }
        try handle.write(contentsOf: buffer)
        return written
    }

    private static func escaped(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 { out += "?" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
