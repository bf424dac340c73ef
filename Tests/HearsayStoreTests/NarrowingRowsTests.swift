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

    @Test func rowIDSetSubtractsAndSpansItsIdsInRanges() {
        var set = RowIDSet(largest: 10)
        for id: Int64 in [3, 4, 9, 64, 5_000, 5_002, 9_000] { set.insert(id) }
        var other = RowIDSet(largest: 5)
        for id: Int64 in [4, 5_000, 20_000] { other.insert(id) }
        #expect(set.subtracting(other).smallest(.max) == [3, 9, 64, 5_002, 9_000])
        #expect(set.subtracting(other).count == 5)
        #expect(set.ranges(joiningGapsBelow: 100) == [3...64, 5_000...5_002, 9_000...9_000])
        #expect(
            set.ranges(joiningGapsBelow: 1) == [
                3...3, 4...4, 9...9, 64...64, 5_000...5_000, 5_002...5_002, 9_000...9_000,
            ])
        #expect(set.ranges(joiningGapsBelow: 10_000) == [3...9_000])
        #expect(RowIDSet(largest: 100).ranges(joiningGapsBelow: 10).isEmpty)
    }

    /// The ids of every quote ordered as a page newest first (`descending`) or oldest first:
    /// by article date (undated first), article id, then row id.
    private func dateOrder(_ store: Store, _ ids: Set<Int64>, descending: Bool) throws -> [Int64] {
        let statement = try store.db.prepare(
            sql: "SELECT q.id, a.published, a.id FROM quotes q JOIN articles a ON a.id = q.article_id")
        var rows: [(id: Int64, date: String, article: Int64)] = []
        while try statement.step() {
            let id = statement.int64(at: 0)
            if ids.contains(id) { rows.append((id, statement.string(at: 1) ?? "", statement.int64(at: 2))) }
        }
        let ascending = rows.sorted { ($0.date, $0.article, $0.id) < ($1.date, $1.article, $1.id) }.map(\.id)
        return descending ? ascending.reversed() : ascending
    }

    @Test func walkingArticlesGivesTheSortedPage() throws {
        let store = try store()
        let all = try store.quotes(matching: QueryFilter()).map(\.id)
        for ids in [all.sorted(), Array(all.sorted().dropFirst(2)), [all.sorted()[1]]] {
            for descending in [true, false] {
                let expected = try dateOrder(store, Set(ids), descending: descending)
                for pageSize in 1...3 {
                    for offset in 0...ids.count {
                        let query = SearchQuery(offset: offset, pageSize: pageSize)
                        let walked = try store.walkedPageIDs(
                            .quotes, ids: ids, query, descending: descending, budget: .max)
                        let end = min(expected.count, offset + pageSize)
                        #expect(walked == (offset < end ? Array(expected[offset..<end]) : []), "\(ids) \(offset)")
                    }
                }
                // Only the articles of the query's days are walked.
                let day = try #require(try store.quotes(matching: QueryFilter()).first { ids.contains($0.id) }?.date)
                let onDay = Set(try store.quotes(matching: QueryFilter(since: day, until: day)).map(\.id))
                let dayIDs = ids.filter(onDay.contains)
                let dated = SearchQuery(filter: QueryFilter(since: day, until: day), pageSize: 10)
                #expect(
                    try store.walkedPageIDs(.quotes, ids: dayIDs, dated, descending: descending, budget: .max)
                        == (try dateOrder(store, Set(dayIDs), descending: descending)))
                // A walk that would cost more than its budget gives way to sorting.
                #expect(
                    try store.walkedPageIDs(
                        .quotes, ids: ids, SearchQuery(pageSize: 1), descending: descending, budget: 0) == nil)
            }
        }
    }

    @Test func aTypeMostRowsHaveIsReadAsItsComplement() throws {
        let store = try store()
        // A row without an entity: its type is the one its article gave the speaker.
        try store.db.execute(sql: "UPDATE quotes SET speaker_id = NULL WHERE id = (SELECT min(id) FROM quotes)")
        let all = try store.quotes(matching: QueryFilter())
        let person = SearchQuery(filter: QueryFilter(search: "the"), speakerType: .person)
        #expect(try store.narrowingRows(.quotes, for: person)?.excludes == true)
        // Without words or articles there is nothing to take the complement of.
        #expect(try store.narrowingRows(.quotes, for: SearchQuery(speakerType: .person)) == nil)
        let words = Set(all.flatMap { $0.text.split { !$0.isLetter } }.filter { $0.count >= 3 }.map { $0.lowercased() })
        let days: [(String?, String?)] = [(nil, nil)] + Set(all.compactMap(\.date)).map { ($0, $0) }
        var checked = 0
        for type in SpeakerKind.allCases {
            for word in words {
                for (since, until) in days {
                    for kind in [nil, QuoteKind.direct] {
                        let filter = QueryFilter(since: since, until: until, search: word)
                        let found = Set(try store.quotes(matching: filter).map(\.id))
                        let expected = Set(
                            all.filter {
                                found.contains($0.id) && $0.speakerType == type && (kind == nil || $0.kind == kind)
                            }.map(\.id))
                        for descending in [true, false] {
                            var query = SearchQuery(
                                filter: filter, quoteKind: kind, speakerType: type,
                                order: descending ? .newest : .oldest, pageSize: 2)
                            var paged: [Int64] = []
                            while query.offset <= expected.count {
                                let page = try store.searchQuotes(query)
                                #expect(page.total == expected.count && page.totalIsExact, "\(type) \(word)")
                                paged += page.rows.map(\.id)
                                query.offset += query.pageSize
                            }
                            #expect(
                                paged == (try dateOrder(store, expected, descending: descending)), "\(type) \(word)")
                        }
                        #expect(
                            try store.facets(SearchQuery(filter: filter, quoteKind: kind, speakerType: type)).scanned
                                == expected.count)
                        checked += expected.isEmpty ? 0 : 1
                    }
                }
            }
        }
        #expect(checked > 10)
    }

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
                    for (source, since, until) in [(nil, nil, nil), (outlet, nil, nil), (nil, day, day)]
                        as [(String?, String?, String?)]
                    {
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
