import Extraction
import HearsayModel
import SQLiteLayer
import TestSupport
import Testing

@testable import HearsayStore

@Suite struct QueryTests {
    private func store(_ location: Location, _ folder: ScratchFolder) throws -> Store {
        let store = try location.open(folder)
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.ferry())
        return store
    }

    @Test(arguments: Location.allCases)
    func personByAnyAliasAnyCaseOrSurname(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try store(location, folder)
        for name in ["Marta Quillfeather", "marta quillfeather", "QUILLFEATHER", "Quillfeather"] {
            let quotes = try store.quotes(matching: QueryFilter(person: name))
            #expect(quotes.count == 3, "\(name)")
            #expect(quotes.allSatisfy { $0.speaker == "Marta Quillfeather" })
        }
        // A surname that is no alias of anyone still finds the one person it belongs to.
        #expect(try store.quotes(matching: QueryFilter(person: "vantablack")).map(\.speaker) == ["Osric Vantablack"])
        #expect(try store.quotes(matching: QueryFilter(person: "Nobody Known")).isEmpty)
    }

    @Test func ambiguousSurnameIsAnError() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.ferry())
        var other = Fixtures.ferry(key: "other.txt")
        other.extraction.speakers[1] = Speaker(name: "Ida Vantablack", kind: .person)
        try store.importArticle(other)
        do {
            _ = try store.quotes(matching: QueryFilter(person: "Vantablack"))
            Issue.record("an ambiguous surname was accepted")
        } catch let error as StoreError {
            #expect(error.code == .ambiguousName)
            #expect(error.message.contains("Osric Vantablack"))
            #expect(error.message.contains("Ida Vantablack"))
        }
    }

    @Test(arguments: ["x' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE quotes; --", "%", "_"])
    func hostilePersonFindsNobody(_ name: String) throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        #expect(try store.quotes(matching: QueryFilter(person: name)).isEmpty)
        #expect(try store.stats().quotes == 3)
    }

    @Test func organisationCoversItselfAndAffiliatedPeople() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.ferry())
        let trust = try store.quotes(matching: QueryFilter(organisation: "harbour trust"))
        #expect(trust.map(\.speaker) == ["Harbour Trust"])
        let council = try store.quotes(matching: QueryFilter(organisation: "Port Ellery Council"))
        #expect(Set(council.map(\.speaker)) == ["Marta Quillfeather"])
        #expect(council.count == 3)
        let union = try store.quotes(matching: QueryFilter(organisation: "ferrymen's union"))
        #expect(union.map(\.speaker) == ["Osric Vantablack"])
        let both = try store.quotes(
            matching: QueryFilter(person: "Osric Vantablack", organisation: "Port Ellery Council"))
        #expect(both.isEmpty)
    }

    @Test(arguments: Location.allCases)
    func datesSourceAndLimitCombine(_ location: Location) throws {
        let folder = ScratchFolder("hearsaystore")
        let store = try store(location, folder)
        #expect(try store.quotes(matching: QueryFilter(since: "2020-01-01")).allSatisfy { $0.date == "2021-03-04" })
        #expect(try store.quotes(matching: QueryFilter(since: "2020-01-01")).count == 3)
        #expect(try store.quotes(matching: QueryFilter(until: "2019-12-31")).count == 2)
        #expect(try store.quotes(matching: QueryFilter(since: "2019-11-20", until: "2019-11-20")).count == 2)
        #expect(try store.quotes(matching: QueryFilter(source: "coast courier")).count == 2)
        #expect(try store.quotes(matching: QueryFilter(person: "Quillfeather", since: "2020-01-01")).count == 2)
        #expect(try store.quotes(matching: QueryFilter(person: "Quillfeather", until: "2020-01-01")).count == 1)
        #expect(try store.quotes(matching: QueryFilter(limit: 1)).count == 1)
        #expect(
            try store.claims(matching: QueryFilter(person: "Quillfeather")).map(\.text) == [
                "the work would cost 4 million crowns"
            ])
    }

    @Test func fullTextSearchIsLiteral() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.ferry())
        #expect(try store.quotes(matching: QueryFilter(search: "hundred YEARS")).count == 1)
        #expect(try store.quotes(matching: QueryFilter(search: "\"wins a strike\"")).count == 1)
        #expect(try store.quotes(matching: QueryFilter(search: "\"strike wins\"")).isEmpty)
        #expect(try store.quotes(matching: QueryFilter(person: "Quillfeather", search: "strike")).count == 1)
        // OR between two terms finds either; a lower-case "or" is a word like any other.
        let either = Set(try store.quotes(matching: QueryFilter(search: "wall OR strike")).map(\.id))
        let wall = Set(try store.quotes(matching: QueryFilter(search: "wall")).map(\.id))
        let strike = Set(try store.quotes(matching: QueryFilter(search: "strike")).map(\.id))
        #expect(!wall.isEmpty && !strike.isEmpty && wall != strike)
        #expect(either == wall.union(strike))
        #expect(try store.quotes(matching: QueryFilter(search: "wall or strike")).isEmpty)
    }

    @Test(arguments: [
        "x' OR 1=1 --", "\"unbalanced", "unbalanced\"", "AND", "OR", "NEAR", "NOT", "(wall", "wall)", "( )",
        "wall*", "text:wall", "^wall", "-wall", "NEAR(wall strike, 2)", "\"\"\"", "'", "{wall}", "wall + strike",
    ])
    func hostileSearchNeverCrashes(_ text: String) throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        do {
            _ = try store.quotes(matching: QueryFilter(search: text))
            _ = try store.claims(matching: QueryFilter(search: text))
            _ = try store.who(said: text)
        } catch let error as StoreError {
            // Text with no words at all is refused with a message; nothing else may fail.
            #expect(error.code == .badSearch)
            #expect(!text.unicodeScalars.contains { $0.properties.isAlphabetic })
        }
    }

    @Test func whoGroupsByMostQuotedSpeaker() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.ferry())
        let groups = try store.who(said: "we")
        #expect(groups.map(\.speaker) == ["Harbour Trust", "Osric Vantablack"])
        #expect(try store.who(said: "the wall will").map(\.speaker) == ["Marta Quillfeather"])
    }

    @Test func personDetailAndPeopleList() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        try store.importArticle(Fixtures.ferry())
        let details = try store.person(named: "quillfeather")
        #expect(details.count == 1)
        let marta = try #require(details.first)
        #expect(marta.summary.name == "Marta Quillfeather")
        #expect(marta.roles == ["chief engineer"])
        #expect(marta.organisations == ["Port Ellery Council"])
        #expect(marta.firstQuoted == "2019-11-20")
        #expect(marta.lastQuoted == "2021-03-04")
        #expect(marta.quotes.map(\.date) == ["2019-11-20", "2021-03-04", "2021-03-04"])
        #expect(throws: StoreError.self) { try store.person(named: "Nobody") }
        let people = try store.people()
        #expect(people.first?.name == "Marta Quillfeather")
        #expect(Set(people.map(\.name)) == ["Marta Quillfeather", "Harbour Trust", "Osric Vantablack"])
    }

    @Test func showMarksQuotesAtTheirOffsets() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour(key: "local/news/harbour.txt"))
        #expect(try store.article("news/harb").key == "local/news/harbour.txt")
        let view = try store.article("harbour.txt")
        #expect(view.key == "local/news/harbour.txt")
        #expect(view.marks.count == 3)
        let scalars = Array(view.text.unicodeScalars)
        let first = try #require(view.marks.first)
        #expect(
            String(String.UnicodeScalarView(scalars[first.start..<first.end]))
                == "The wall will stand for a hundred years,")
        #expect(first.speaker == "Marta Quillfeather")
        #expect(throws: StoreError.self) { try store.article("missing.txt") }
    }

    /// The queries behind the filters use indexes, not scans of the big tables.
    @Test func queryPlansUseIndexes() throws {
        let store = try Store(path: ":memory:")
        try store.importArticle(Fixtures.harbour())
        func plan(_ filter: QueryFilter, _ table: RowQuery.Table = .quotes) throws -> String {
            let query = try #require(
                try RowQuery.build(
                    table,
                    columns: Store.quoteColumns.replacingOccurrences(
                        of: "r.speaker_id", with: "r.\(table.speakerColumn)"), filter: filter,
                    speakers: filter.person == nil ? nil : [1, 2]))
            let statement = try store.db.prepare(sql: "EXPLAIN QUERY PLAN " + query.sql)
            try statement.bind(StatementArguments(query.bindings))
            var lines: [String] = []
            while try statement.step() { lines.append(statement.string(at: 3) ?? "") }
            return lines.joined(separator: "\n")
        }
        let byPerson = try plan(QueryFilter(person: "x"))
        #expect(byPerson.contains("USING INDEX quotes_speaker"), "\(byPerson)")
        let byDate = try plan(QueryFilter(since: "2020-01-01", until: "2020-01-31"))
        #expect(
            byDate.contains("USING INDEX articles_published") || byDate.contains("USING INDEX quotes_article"),
            "\(byDate)")
        let bySearch = try plan(QueryFilter(search: "wall"))
        #expect(bySearch.contains("VIRTUAL TABLE INDEX"), "\(bySearch)")
        #expect(!bySearch.contains("TEMP B-TREE"), "\(bySearch)")
        let claimsByPerson = try plan(QueryFilter(person: "x"), .claims)
        #expect(claimsByPerson.contains("USING INDEX claims_claimant"), "\(claimsByPerson)")
        func lookupPlan(_ sql: String) throws -> String {
            let statement = try store.db.prepare(sql: "EXPLAIN QUERY PLAN " + sql)
            var lines: [String] = []
            while try statement.step() { lines.append(statement.string(at: 3) ?? "") }
            return lines.joined(separator: "\n")
        }
        #expect(
            try lookupPlan("SELECT DISTINCT entity_id FROM entity_aliases WHERE key = 'x'").contains(
                "entity_aliases_key"))
        #expect(
            try lookupPlan("SELECT DISTINCT entity_id FROM entity_aliases WHERE surname = 'x'").contains(
                "entity_aliases_surname"))
        #expect(
            try lookupPlan("SELECT DISTINCT entity_id FROM entity_roles WHERE organisation_key = 'x'").contains(
                "entity_roles_organisation"))
        #expect(try lookupPlan("SELECT id FROM articles WHERE key = 'x'").contains("sqlite_autoindex_articles"))
    }
}
