import Foundation
import TestSupport

extension HearsayRunner {
    /// Every article key in the database, sorted.
    func storedKeys(db: String = "hearsay.db") throws -> [String] {
        let out = try run(["export", "articles", "--format", "jsonl", "--db", path(db)])
        return out.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["article"] as? String
        }.sorted()
    }

    /// The stored text of one article.
    func storedText(_ key: String, db: String = "hearsay.db") throws -> String? {
        let out = try run(["export", "articles", "--format", "jsonl", "--db", path(db)])
        for line in out.stdout.split(separator: "\n") {
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                continue
            }
            if record["article"] as? String == key { return record["text"] as? String }
        }
        return nil
    }
}
