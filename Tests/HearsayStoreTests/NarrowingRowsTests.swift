import Extraction
import HearsayModel
import TestSupport
import Testing

@testable import HearsayStore

/// Searches read through the rows of a speaker type, an outlet or dates (``NarrowingRows``) find
/// the rows a check on each row finds; the occurrence key hashed from bytes is the one hashed from
/// strings.
@Suite struct NarrowingRowsTests {
    @Test func rowIDSetHoldsWhatWasInserted() {
        var set = RowIDSet(largest: 10)
        for id: Int64 in [3, 64, 65, 200, 3] { set.insert(id) }
        #expect(set.count == 4)
        #expect(set.contains(64) && set.contains(200) && !set.contains(4) && !set.contains(-1) && !set.contains(9_999))
        #expect(set.smallest(3) == [3, 64, 65])
        #expect(set.smallest(.max) == [3, 64, 65, 200])
        var other = RowIDSet(largest: 100)
        for id: Int64 in [64, 100, 200] { other.insert(id) }
        let both = set.intersection(other)
        #expect(both.smallest(.max) == [64, 200] && both.count == 2)
        #expect(other.intersection(set).smallest(.max) == [64, 200])
    }

    private func store() throws -> Store { try Fixtures.harbourAndFerries() }

    @Test func everyCombinationFindsTheRowsOfARowByRowCheck() throws {
        let store = try store()
        let all = try store.quotes(matching: QueryFilter())
        let word = try #require(
            all.lazy.flatMap { $0.text.split(separator: " ") }.first { $0.count >= 5 && $0.allSatisfy(\.isLetter) })
        let outlet = try #require(all.compactMap(\.source).first)
        let day = try #require(all.compactMap(\.date).first)
        var checked = 0
        for type in [nil] + SpeakerKind.allCases.map(Optional.some) {
            for kind in [nil] + QuoteKind.allCases.map(Optional.some) {
                for search in [nil, String(word)] {
                    for (source, since, until) in [(nil, nil, nil), (outlet, nil, nil), (nil, day, day)] as [(String?, String?, String?)] {
                        let filter = QueryFilter(source: source, since: since, until: until, search: search)
                        let words = try store.quotes(matching: filter).map(\.id)
                        let expected = Set(
                            all.filter { quote in
                                words.contains(quote.id) && (type == nil || quote.speakerType == type)
                                    && (kind == nil || quote.kind == kind)
                            }.map(\.id))
                        let query = SearchQuery(filter: filter, quoteKind: kind, speakerType: type, pageSize: 500)
                        let page = try store.searchQuotes(query)
                        let label = "\(String(describing: type)) \(String(describing: kind)) \(filter)"
                        #expect(Set(page.rows.map(\.id)) == expected, "\(label)")
                        #expect(page.total == expected.count && page.totalIsExact, "\(label)")
                        #expect(try store.facets(query).scanned == expected.count, "\(label)")
                        checked += expected.isEmpty ? 0 : 1
                    }
                }
            }
        }
        #expect(checked > 10)
    }

    @Test(arguments: [
        ("Jane O'Neil", "The pier WILL reopen -- in 2025, she said."),
        ("Zoë Ångström", "Ça coûte 3€ ; ﬁne words… “quoted” ΣΊΣΥΦΟΣ"),
        ("", "  leading and trailing  "),
    ])
    func bytesHashAsStrings(_ speaker: String, _ text: String) {
        var speakerBytes = speaker
        var textBytes = text
        let fromBytes = speakerBytes.withUTF8 { speaker in
            textBytes.withUTF8 { Store.occurrenceGroup(speakerUTF8: speaker, textUTF8: $0) }
        }
        #expect(fromBytes == Store.occurrenceGroup(speaker: speaker, text: text))
        #expect(
            Store.occurrenceGroup(speaker: speaker, text: text)
                == Store.occurrenceGroup(speaker: speaker.uppercased(), text: text + " !"))
    }

    @Test func illFormedBytesHashAsTheirRepair() {
        let bytes: [UInt8] = [0x41, 0xC3, 0x28, 0x62, 0xE2, 0x82, 0x63, 0xF0, 0x9F, 0x98, 0x80, 0x64, 0xFF, 0x65]
        let repaired = String(decoding: bytes, as: UTF8.self)
        let fromBytes = bytes.withUnsafeBufferPointer {
            Store.occurrenceGroup(speakerUTF8: UnsafeBufferPointer(start: nil, count: 0), textUTF8: $0)
        }
        #expect(fromBytes == Store.occurrenceGroup(speaker: nil, text: repaired))
    }
}
