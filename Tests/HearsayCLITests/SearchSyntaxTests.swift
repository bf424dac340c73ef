import TestSupport
import Testing

/// `--search` stems, and understands phrases, prefixes, OR and NOT; anything else is literal.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct SearchSyntaxTests {
    static let feed = """
        {"id": "s-1", "date": "2016-03-01", "source": "Fen Herald", "text": "\\"The emails were deleted before the audit,\\" said Corvina Haldane, the county clerk."}
        {"id": "s-2", "date": "2016-03-02", "source": "Fen Herald", "text": "\\"I sent one email and it was about tariffs,\\" said Ambrose Tillery, a councillor."}
        {"id": "s-3", "date": "2016-03-03", "source": "Fen Herald", "text": "\\"The count was rigged from the start,\\" said Ambrose Tillery, a councillor."}
        {"id": "s-4", "date": "2016-03-04", "source": "Fen Herald", "text": "\\"Trade with the coast keeps this café open,\\" said Corvina Haldane, the county clerk."}

        """

    @Test func searchFinds() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("feed.jsonl", Self.feed)
        _ = try cli.run(["import", "feed.jsonl"])
        func articles(_ search: String) throws -> [String] {
            let outcome = try cli.run(["quotes", "--search", search, "-f", "csv", "--sort", "imported"])
            #expect(outcome.status == 0, "\(search): \(outcome.stderr)")
            return outcome.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix(3)) }
        }
        #expect(try articles("email") == ["s-1", "s-2"])
        #expect(try articles("emails") == ["s-1", "s-2"])
        #expect(try articles("trades") == ["s-4"])
        #expect(try articles("rig*") == ["s-3"])
        #expect(try articles("rig") == ["s-3"])
        #expect(try articles("cafe") == ["s-4"])
        #expect(try articles("tariff OR audit") == ["s-1", "s-2"])
        #expect(try articles("email NOT tariffs") == ["s-1"])
        #expect(try articles("email -audit") == ["s-2"])
        #expect(try articles("\"was rigged\"") == ["s-3"])
        #expect(try articles("\"rigged was\"") == [])
        // Syntax FTS5 would reject is searched as words.
        #expect(try articles("(count rigged)") == ["s-3"])
        #expect(try articles("count^ start: {rigged}") == ["s-3"])
        #expect(try articles("rigged AND count") == [])
        #expect(try articles("NEAR(rigged start)") == [])
        #expect(try articles("OR rigged") == [])
        #expect(try articles("rigged OR") == [])
        let claims = try cli.run(["claims", "--search", "x:y OR \"", "-f", "csv"])
        #expect(claims.status == 0, "\(claims.stderr)")
    }
}
