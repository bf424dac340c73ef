import Extraction
import Foundation
import HearsayModel
import HearsayStore
import TestSupport
import Testing

/// Invented articles for curation: each speaker says one quote.
private func article(_ key: String, _ said: [(String, SpeakerKind, String)], extra: String = "") -> ArticleInput {
    var text = ""
    var speakers: [Speaker] = []
    var quotes: [Quote] = []
    for (index, (name, kind, quote)) in said.enumerated() {
        let start = text.unicodeScalars.count + 1
        text += "\"\(quote)\" said \(name).\n"
        speakers.append(Speaker(name: name, kind: kind))
        quotes.append(
            Quote(
                text: quote, span: TextSpan(start: start, end: start + quote.unicodeScalars.count), kind: .direct,
                speaker: index, cue: "said", paragraph: index, confidence: 0.9))
    }
    text += extra
    var metadata = ArticleMetadata()
    metadata.date = "2022-05-0\(min(9, max(1, key.count % 9)))"
    return ArticleInput(
        key: key, text: text, metadata: metadata, extraction: ArticleExtraction(speakers: speakers, quotes: quotes))
}

private func importing(_ store: Store, _ inputs: ArticleInput...) throws {
    var totals = ImportTotals()
    _ = try store.importBatch(inputs, totals: &totals)
}

private func speakerOf(_ store: Store, _ quote: String) throws -> String? {
    try store.quotes(matching: QueryFilter(search: "\"\(quote)\"")).first?.speaker
}

@Suite struct CurationTests {
    @Test(arguments: Location.allCases)
    func mergeMovesQuotesAndLaterImportsFollowIt(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try location.open(folder)
        try importing(
            store, article("a.txt", [("Karl Otani", .person, "Tides rise slowly")]),
            article("b.txt", [("Red Karl", .person, "Ships sail at dawn")]))
        let lines = try store.merge("Red Karl", into: "Karl Otani")
        #expect(lines.count == 1 && lines[0].contains("Merged"))
        #expect(try speakerOf(store, "Ships sail at dawn") == "Karl Otani")
        // A new article calling him by the merged name links to him.
        try importing(store, article("c.txt", [("Red Karl", .person, "Nets dry in the sun")]))
        #expect(try speakerOf(store, "Nets dry in the sun") == "Karl Otani")
    }

    @Test func unmergeSplitsWhatWasLinkedAndKeepsItApart() throws {
        let store = try Store(path: ":memory:")
        try importing(
            store, article("a.txt", [("Karl Otani", .person, "Tides rise slowly")]),
            article("b.txt", [("Ivo Brandt", .person, "Ships sail at dawn")]))
        _ = try store.merge("Ivo Brandt", into: "Karl Otani")
        let lines = try store.unmerge("Karl Otani")
        #expect(lines.count == 1 && lines[0].contains("Ivo Brandt"))
        #expect(try speakerOf(store, "Ships sail at dawn") == "Ivo Brandt")
        #expect(try speakerOf(store, "Tides rise slowly") == "Karl Otani")
        try importing(store, article("c.txt", [("Ivo Brandt", .person, "Nets dry in the sun")]))
        #expect(try speakerOf(store, "Nets dry in the sun") == "Ivo Brandt")
    }

    @Test func unmergeByArticleTellsNamesakesApartAcrossReimports() throws {
        let store = try Store(path: ":memory:")
        try importing(
            store, article("a.txt", [("Ann Jones", .person, "Tides rise slowly")]),
            article("b.txt", [("Ann Jones", .person, "Ships sail at dawn")]))
        #expect(try store.people().filter { $0.name == "Ann Jones" }.count == 1)
        let lines = try store.unmerge("Ann Jones", articles: ["b.txt"])
        #expect(lines.first?.contains("b.txt") == true)
        #expect(try store.people().filter { $0.name == "Ann Jones" }.count == 2)
        // The article changes and comes in again: the split holds.
        try importing(store, article("b.txt", [("Ann Jones", .person, "Ships sail at dawn")], extra: "More.\n"))
        let ids = Set(try store.quotes(matching: QueryFilter()).compactMap(\.speakerID))
        #expect(ids.count == 2)
    }

    @Test func aliasAddLinksLaterSpeakersOfThatName() throws {
        let store = try Store(path: ":memory:")
        try importing(store, article("a.txt", [("Samir Hadid", .person, "Tides rise slowly")]))
        let lines = try store.addAlias("Abu Layla", to: "Hadid")
        #expect(lines == ["Added alias \"Abu Layla\" to \"Samir Hadid\" (#1)"])
        try importing(store, article("b.txt", [("Abu Layla", .person, "Ships sail at dawn")]))
        #expect(try speakerOf(store, "Ships sail at dawn") == "Samir Hadid")
        #expect(try store.quotes(matching: QueryFilter(person: "Abu Layla")).count == 2)
    }

    @Test func renameKeepsTheOldNameAsAnAliasAndSticks() throws {
        let store = try Store(path: ":memory:")
        try importing(store, article("a.txt", [("Otani", .person, "Tides rise slowly")]))
        let lines = try store.rename("Otani", to: "Karl Otani")
        #expect(lines.first?.contains("Renamed") == true)
        #expect(try speakerOf(store, "Tides rise slowly") == "Karl Otani")
        #expect(try store.person(named: "Otani").first?.summary.aliases.contains("Otani") == true)
        try importing(store, article("b.txt", [("Karl T. Otani", .person, "Ships sail at dawn")]))
        #expect(try speakerOf(store, "Ships sail at dawn") == "Karl Otani")
    }

    @Test func reassignSurvivesAReimport() throws {
        let store = try Store(path: ":memory:")
        try importing(
            store,
            article(
                "a.txt", [("Karl Otani", .person, "Tides rise slowly"), ("Ada Pell", .person, "Ships sail at dawn")]))
        let id = try store.quoteID("a.txt:1")
        let lines = try store.reassign(quote: id, to: "Pell")
        #expect(lines.first?.contains("now said by \"Ada Pell\"") == true)
        #expect(try speakerOf(store, "Tides rise slowly") == "Ada Pell")
        try importing(
            store,
            article(
                "a.txt", [("Karl Otani", .person, "Tides rise slowly"), ("Ada Pell", .person, "Ships sail at dawn")],
                extra: "More.\n"))
        #expect(try speakerOf(store, "Tides rise slowly") == "Ada Pell")
    }

    @Test func unknownAndAmbiguousNamesAreErrors() throws {
        let store = try Store(path: ":memory:")
        try importing(
            store,
            article(
                "a.txt", [("Ann Jones", .person, "Tides rise slowly"), ("Tom Jones", .person, "Ships sail at dawn")]))
        #expect(throws: StoreError.self) { try store.rename("Nobody Here", to: "X") }
        do {
            _ = try store.rename("Jones", to: "X")
            Issue.record("a surname of two people was accepted")
        } catch let error as StoreError {
            #expect(error.code == .ambiguousName)
        }
    }
}
