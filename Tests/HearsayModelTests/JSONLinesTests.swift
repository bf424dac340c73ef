import Foundation
import Testing

@testable import HearsayModel

/// The `hearsay-extract/1` JSON-lines form: what is written reads back the same, and a line of
/// another form, or no form, is refused with its line number.
@Suite struct JSONLinesTests {
    /// An invented article's extraction using every field of the model.
    static let record = ExtractedArticle(
        key: "harbour-2031-04-02",
        metadata: ArticleMetadata(
            title: "Ferry runs aground off Port Vesk", date: "2031-04-02", source: "The Vesk Courier",
            url: "https://courier.example/ferry", author: "Imre Dallo"),
        extraction: ArticleExtraction(
            speakers: [
                Speaker(
                    name: "Elena Voss", kind: .person, aliases: ["Voss"], roles: ["harbour master"],
                    organisations: ["Port Vesk Authority"]),
                Speaker(name: "Port Vesk Authority", kind: .organisation),
            ],
            quotes: [
                Quote(
                    text: "We got everyone off before dark — all 212 of them.", span: TextSpan(start: 41, end: 92),
                    kind: .direct, speaker: 0, cue: "said", paragraph: 1, confidence: 0.9)
            ],
            claims: [
                Claim(
                    text: "the ferry carried 212 passengers last Tuesday", span: TextSpan(start: 120, end: 165),
                    kind: .reported, claimant: 1, cue: "said", hedges: ["about"],
                    figures: [Figure(value: 212, qualifier: nil, unit: "passengers", event: nil, text: "212")],
                    dates: [ResolvedDate(text: "last Tuesday", from: "2031-03-25", to: "2031-03-25")],
                    mentions: [0], paragraph: 2, confidence: 0.75)
            ]))

    @Test func aRecordReadsBackAsItWasWritten() throws {
        let line = try JSONLines.encode(Self.record)
        #expect(!line.contains("\n"))
        let back = try JSONLines.decode(line, lineNumber: 1)
        #expect(back == Self.record)
        #expect(back.format == "hearsay-extract/1")
    }

    @Test func theSameRecordGivesTheSameBytes() throws {
        let rebuilt = ExtractedArticle(
            key: Self.record.key, metadata: Self.record.metadata, extraction: Self.record.extraction)
        #expect(try JSONLines.encode(Self.record) == JSONLines.encode(rebuilt))
        // Keys sorted: the extraction first, then the format tag, the key and the metadata.
        #expect(try JSONLines.encode(Self.record).hasPrefix("{\"extraction\":"))
    }

    @Test func aFieldLeftOutReadsAsAbsentOnlyWhereTheModelAllowsIt() throws {
        var bare = Self.record
        bare.metadata = ArticleMetadata()
        bare.extraction.claims[0].cue = nil
        let back = try JSONLines.decode(JSONLines.encode(bare), lineNumber: 1)
        #expect(back.metadata.title == nil)
        #expect(back.extraction.claims[0].cue == nil)
        #expect(back == bare)
    }

    @Test func anotherFormIsRefusedWithItsLine() throws {
        let line = try JSONLines.encode(Self.record).replacingOccurrences(
            of: "hearsay-extract/1", with: "hearsay-extract/2")
        #expect(throws: JSONLinesError(line: 7, reason: .unknownFormat("hearsay-extract/2"))) {
            try JSONLines.decode(line, lineNumber: 7)
        }
    }

    @Test func aLineWithoutFormOrNotJSONIsRefused() throws {
        #expect(throws: JSONLinesError(line: 3, reason: .missingFormat)) {
            try JSONLines.decode(#"{"key":"a"}"#, lineNumber: 3)
        }
        do {
            _ = try JSONLines.decode("not json", lineNumber: 4)
            Issue.record("a line that is not JSON was read")
        } catch let error as JSONLinesError {
            #expect(error.line == 4)
            guard case .notJSON = error.reason else {
                Issue.record("wrong reason: \(error.reason)")
                return
            }
        }
        do {
            _ = try JSONLines.decode(#"{"format":"hearsay-extract/1","key":"a"}"#, lineNumber: 5)
            Issue.record("a record without its extraction was read")
        } catch let error as JSONLinesError {
            #expect(error.description.hasPrefix("line 5: not a hearsay-extract/1 record"))
        }
    }
}
