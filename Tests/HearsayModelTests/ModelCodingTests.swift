import Foundation
import Testing

@testable import HearsayModel

/// The model's values are Codable: what is written reads back the same, and a field the model
/// allows to be absent reads back absent. (The `hearsay-extract/1` line is `ExtractRecord`'s.)
@Suite struct ModelCodingTests {
    /// An invented article's extraction using every field of the model.
    static let extraction = ArticleExtraction(
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
        ])

    static func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try JSONDecoder().decode(Value.self, from: encoder.encode(value))
    }

    @Test func anExtractionReadsBackAsItWasWritten() throws {
        #expect(try Self.roundTrip(Self.extraction) == Self.extraction)
    }

    @Test func metadataReadsBackAsItWasWritten() throws {
        let metadata = ArticleMetadata(
            title: "Ferry runs aground off Port Vesk", date: "2031-04-02", source: "The Vesk Courier",
            url: "https://courier.example/ferry", author: "Imre Dallo")
        #expect(try Self.roundTrip(metadata) == metadata)
    }

    @Test func aFieldLeftOutReadsAsAbsentOnlyWhereTheModelAllowsIt() throws {
        var bare = Self.extraction
        bare.claims[0].cue = nil
        let back = try Self.roundTrip(bare)
        #expect(back.claims[0].cue == nil)
        #expect(back == bare)
        #expect(try Self.roundTrip(ArticleMetadata()).title == nil)
    }
}
