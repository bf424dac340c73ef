import Foundation
import TestSupport
import Testing

/// Replacing articles removes the entities only they held: the same final content, the same people.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct OrphanEntityTests {
    private func version(_ n: Int, speaker: String) -> String {
        """
        Ferry rota ballot \(n) in Saltholm

        "We want the same rules on crossing \(n)," said deckhand \(speaker). "Nobody should work a double shift."
        """
    }

    private func people(_ cli: HearsayRunner) throws -> [String] {
        try cli.run(["export", "people", "--format", "jsonl"]).stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["name"] as? String
        }.sorted()
    }

    @Test func reimportingChangedArticlesLeavesNoOrphans() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let first = ["Oriel Maszkowski", "Renata Ostrova", "Kofi Mensah"]
        let second = ["Tove Lindqvist", "Jonas Aaltonen", "Saba Farouk"]
        for n in 0..<3 {
            try cli.write("v1/\(n).txt", version(n, speaker: first[n]))
            try cli.write("v2/\(n).txt", version(n, speaker: second[n]))
        }
        #expect(try cli.run(["import", "v1"]).status == 0)
        let original = try people(cli)
        #expect(original == first.sorted())
        #expect(try cli.run(["import", "v2"]).status == 0)
        #expect(try people(cli) == second.sorted())
        #expect(try cli.run(["import", "v1"]).status == 0)
        #expect(try people(cli) == original)
        #expect(try cli.run(["check"]).status == 0)
    }
}
