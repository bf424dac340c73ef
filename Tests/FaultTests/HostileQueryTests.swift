import Foundation
import TestSupport
import Testing

/// Whatever a user types into a query is data: no injection, no crash.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct HostileQueryTests {
    @Test func hostileQueryTextNeverCrashes() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a.txt", story(1))
        #expect(try cli.run(["import", "in"]).status == 0)

        let injection = try cli.run(["quotes", "--person", "x' OR 1=1 --", "--format", "jsonl"])
        #expect(injection.status == 0)
        #expect(injection.stdout.isEmpty)

        for search in [
            "\"unbalanced", "AND", "OR OR", "(", ")", "NEAR(", "*", "\"", "-", "a:b", "'; DROP TABLE quotes; --", "^",
            "",
        ] {
            let outcome = try cli.run(["quotes", "--search", search, "--format", "jsonl"])
            #expect(!outcome.signalled, "\(search)")
            #expect(outcome.status == 0 || outcome.status == 1 || outcome.status == 64, "\(search): \(outcome.stderr)")
            if outcome.status != 0 { #expect(!outcome.stderr.isEmpty, "\(search)") }
        }
        #expect(try cli.run(["quotes", "--since", "yesterday"]).status == 64)
        #expect(try cli.run(["check"]).status == 0)
        #expect(try cli.storedKeys() == ["a.txt"])
    }
}
