import Foundation
import TestSupport
import Testing

/// `--in context` searches the paragraph around each quote; exports carry it as `context`.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct ContextSearchTests {
    @Test func searchInTheParagraphAroundTheQuote() throws {
        let cli = try HabitsCorpus.imported()
        defer { cli.cleanUp() }
        func ids(_ arguments: [String]) throws -> [String] {
            let outcome = try cli.run(["quotes", "-f", "jsonl", "--sort", "imported"] + arguments)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            return try outcome.stdout.split(separator: "\n").map {
                let row = try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
                return "\(row["article"] ?? "")/\(row["text"] ?? "")"
            }
        }
        // "October" is in the sentence before the quotes, not in them.
        #expect(try ids(["-s", "october"]).isEmpty)
        #expect(
            try ids(["-s", "october", "--in", "context"]) == [
                "ledger-1/We have no choice but to raise the fares,", "ledger-1/Fuel costs doubled this year,",
            ])
        #expect(try ids(["-s", "Tuesdays", "--in", "context", "-p", "Wrenfield"]).count == 1)
        #expect(try ids(["-s", "tariff", "--in", "quote"]).count == 1)
        let counted = try cli.run(["quotes", "-s", "october", "--in", "context", "--count-by", "speaker", "-f", "csv"])
        #expect(counted.stdout == "speaker,count\r\nMarisol Quennell,2\r\n", "\(counted.stdout)")

        let export = try cli.run(["export", "quotes", "-f", "jsonl", "-s", "lifeblood"])
        let row = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect(
            row["context"] as? String
                == "The trade fair opened on Friday. \"Trade is the lifeblood of this town,\" said Marisol Quennell, "
                + "the ferry board chair. \"We will be back next year,\" said Tobiah Wrenfield, a fisherman.")
        let claims = try cli.run(["export", "claims", "-f", "csv"])
        #expect(claims.stdout.split(separator: "\r\n")[0].hasSuffix(",group,id,context"))
    }
}
