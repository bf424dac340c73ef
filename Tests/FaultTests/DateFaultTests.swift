import Foundation
import TestSupport
import Testing

/// Dates that are no day of the calendar are dropped with a warning naming the file and line.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct DateFaultTests {
    @Test func impossibleDatesAreDroppedWithAWarning() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let dates = [
            #""2020-13-45""#, #""0000-00-00""#, #""2020-02-30""#, #""99999-01-01""#, #""yesterday""#, "20200101",
        ]
        var lines = dates.enumerated().map { index, date in
            #"{"id": "d\#(index)", "date": \#(date), "text": "\"We sail at dawn,\" said skipper Anouk Veld."}"#
        }
        lines.append(#"{"id": "leap", "date": "2020-02-29", "text": "\"We sail at noon,\" said skipper Anouk Veld."}"#)
        try cli.write("in/feed.jsonl", lines.joined(separator: "\n") + "\n")
        try cli.write(
            "in/header.txt", "Harbour rota\ndate 2021-02-29\n\n\"We sail at dusk,\" said skipper Anouk Veld.\n")
        let outcome = try cli.run(["import", "in"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for line in 1...dates.count {
            #expect(outcome.stderr.contains("in/feed.jsonl:\(line): date"), "line \(line): \(outcome.stderr)")
        }
        #expect(!outcome.stderr.contains("feed.jsonl:7"))
        #expect(outcome.stderr.contains("in/header.txt: date \"2021-02-29\""), "\(outcome.stderr)")
        let articles = try cli.run(["export", "articles", "--format", "jsonl"]).stdout
        let stored = articles.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        #expect(stored.count == dates.count + 2)
        let storedDates = stored.compactMap { $0["date"] as? String }
        #expect(storedDates == ["2020-02-29"], "\(storedDates)")
    }
}
