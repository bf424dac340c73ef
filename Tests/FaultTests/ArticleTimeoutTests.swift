import Foundation
import TestSupport
import Testing

/// `import --article-timeout`: an article whose extraction runs past its CPU budget is named and
/// skipped; the others are stored and the exit status says something was left out.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct ArticleTimeoutTests {
    @Test func anArticlePastItsBudgetIsNamedAndTheOthersAreStored() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/a-first.txt", story(1))
        // Two megabytes of one-letter quotes in one paragraph: about a second of CPU in a release
        // build (far more in a debug one), past a tenth of a second by the later stages.
        try cli.write("in/b-hostile.txt", String(repeating: "\"x\" ", count: 1 << 19))
        try cli.write("in/c-last.txt", story(3))
        let outcome = try cli.run(["import", "in", "--article-timeout", "0.1"])
        #expect(outcome.status == 1, "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stderr.contains("in/b-hostile.txt: extraction ran past its budget of 0.10 s"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("a-first") && !outcome.stderr.contains("c-last"), "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Imported 2 articles (2 new"), "\(outcome.stdout)")
        #expect(try cli.storedKeys() == ["a-first.txt", "c-last.txt"])
        // 0 is no limit; the good articles were stored whole.
        let again = try cli.run(["import", "in/a-first.txt", "--article-timeout", "0"])
        #expect(again.stdout.contains("1 unchanged"), "\(again.stdout)")
    }

    @Test func aJSONLinePastItsBudgetIsNamedByLine() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let hostile = String(repeating: #"\"x\" "#, count: 1 << 19)
        let lines = [
            #"{"id": "calm", "text": "\"The bridge reopens on Monday,\" said engineer Pia Sorensen."}"#,
            #"{"id": "storm", "text": ""# + hostile + #""}"#,
        ]
        try cli.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let outcome = try cli.run(["import", "feed.jsonl", "--article-timeout", "0.1"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("feed.jsonl:2: extraction ran past its budget"), "\(outcome.stderr)")
        #expect(try cli.storedKeys() == ["calm"])
    }

    @Test func aLongStageStopsWithinAboutTheBudget() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        // Two megabytes of one-letter quotes: several seconds of CPU in a debug build, most of it
        // inside single stages, which used to run to their end before the budget was looked at.
        let path = try cli.write("hostile.txt", String(repeating: "\"x\" ", count: 1 << 19))
        let usage = try ChildUsage.measure(["import", path, "--db", cli.path("h.db"), "--article-timeout", "1"])
        #expect(usage.status == 1)
        // The budget, plus reading and tokenizing before the first check and the process's start.
        #expect(usage.cpuSeconds < 2.5, "\(usage.cpuSeconds) s of CPU for a budget of 1 s")
    }

    @Test func aBudgetThatIsNotANumberOfSecondsIsAUsageError() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("a.txt", story(1))
        for value in ["-1", "nan", "soon"] {
            #expect(try cli.run(["import", "a.txt", "--article-timeout", value]).status == 64, "\(value)")
        }
    }
}
