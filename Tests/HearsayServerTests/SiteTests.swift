import Foundation
import HearsayStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HearsayServer

@Suite struct SiteTests {
    static func personID(_ fixture: ServerFixture, _ name: String) throws -> Int64 {
        try #require(try Store(path: fixture.path, readOnly: true).entities(named: name).first)
    }

    static func form(_ fields: [String: String]) -> ByteBuffer {
        ByteBuffer(string: Parameters(values: fields).encoded)
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    static var formHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        return headers
    }

    @Test func everyPageEscapesHostileText() async throws {
        let fixture = try ServerFixture()
        let id = try Self.personID(fixture, "Brancaster")
        let key = Parameters.encode(ServerFixture.articles[0].key)
        try await fixture.test { client in
            for uri in [
                "/", "/search?q=ferry", "/search?q=ferry&what=claims", "/person/\(id)", "/article?key=\(key)",
                "/disputed", "/people", "/search?source=\(Parameters.encode("The <b>Lowmarsh</b> Courier"))",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let page = response.text
                    #expect(!page.contains("<script>alert"), "\(uri)")
                    #expect(!page.contains("<img src=x"), "\(uri)")
                    #expect(!page.contains("<b>Lowmarsh"), "\(uri)")
                    #expect(!page.contains("HTML(rendered"), "\(uri)")
                    #expect(!page.lowercased().contains("href=\"javascript:"), "\(uri)")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                }
            }
            try await client.execute(uri: "/article?key=\(key)", method: .get) { response in
                let page = response.text
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Ferry"))
                #expect(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
                #expect(page.contains("<span class=\"url\">javascript:alert(1)</span>"))
                #expect(page.contains("<mark class=\"quote\""))
                #expect(page.contains("<ol class=\"plain\" id=\"quotes\"><li id=\"list-q"))
            }
            try await client.execute(uri: "/person/\(id)", method: .get) { response in
                #expect(response.text.contains("Ottilie &lt;script&gt;alert(1)&lt;/script&gt; Brancaster"))
            }
        }
    }

    @Test func curationNeedsTheToken() async throws {
        let fixture = try ServerFixture()
        let id = try Self.personID(fixture, "Rosalind Ferrity")
        try await fixture.test { client in
            for token in [nil, "", String(repeating: "0", count: 64)] {
                var fields = ["entity": "#\(id)", "name": "Ros Ferrity", "back": "/"]
                fields["csrf"] = token
                try await client.execute(
                    uri: "/curate/rename", method: .post, headers: Self.formHeaders, body: Self.form(fields)
                ) { response in
                    #expect(response.status == .forbidden)
                }
            }
            #expect(try Store(path: fixture.path, readOnly: true).profile(of: id)?.summary.name == "Rosalind Ferrity")
            let fields = [
                "entity": "#\(id)", "name": "Ros Ferrity", "back": "/person/\(id)", "csrf": ServerFixture.token,
            ]
            try await client.execute(
                uri: "/curate/rename", method: .post, headers: Self.formHeaders, body: Self.form(fields)
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/person/\(id)?note=Renamed") == true)
            }
            #expect(try Store(path: fixture.path, readOnly: true).profile(of: id)?.summary.name == "Ros Ferrity")
        }
    }

    @Test func redirectsStayOnTheSite() {
        #expect(Site.localPath("//evil.example/") == "/")
        #expect(Site.localPath("https://evil.example/") == "/")
        #expect(Site.localPath("/person/3") == "/person/3")
        #expect(Site.adding(note: "a b", to: "/article?key=x#q3") == "/article?key=x&note=a%20b#q3")
    }

    @Test func readOnlyHasNoFormsAndNoCurationRoutes() async throws {
        let fixture = try ServerFixture()
        let id = try Self.personID(fixture, "Rosalind Ferrity")
        for (readOnly, host) in [(true, "127.0.0.1"), (false, "0.0.0.0")] {
            try await fixture.test(readOnly: readOnly, host: host) { client in
                try await client.execute(uri: "/person/\(id)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(!response.text.contains("method=\"post\""))
                }
                let fields = ["entity": "#\(id)", "name": "Someone Else", "csrf": ServerFixture.token]
                try await client.execute(
                    uri: "/curate/rename", method: .post, headers: Self.formHeaders, body: Self.form(fields)
                ) { response in
                    #expect(response.status == .notFound || response.status == .methodNotAllowed)
                }
            }
        }
        #expect(try Store(path: fixture.path, readOnly: true).profile(of: id)?.summary.name == "Rosalind Ferrity")
        #expect(ServerOptions(databasePath: "x", host: "0.0.0.0").warning != nil)
        #expect(ServerOptions(databasePath: "x").warning == nil)
        #expect(!ServerOptions(databasePath: "x", host: "0.0.0.0").editable)
        #expect(ServerOptions(databasePath: "x", host: "0.0.0.0", allowEdit: true).editable)
    }

    @Test func apiGivesEachPageAsJSON() async throws {
        let fixture = try ServerFixture()
        let id = try Self.personID(fixture, "Rosalind Ferrity")
        try await fixture.test { client in
            let search = try await client.execute(uri: "/api/search?q=gauges&size=1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                return try Self.decoder.decode(SearchData.self, from: Data(buffer: response.body))
            }
            #expect(search.quotes?.count == 1)
            #expect(search.total == 2)
            #expect(search.facets.speaker.first?.label == "Rosalind Ferrity")
            #expect(search.facets.outlet.count == 2)
            // Speaker types are a facet too: both quotes about gauges are a person's.
            #expect(search.facets.type.map(\.value) == ["person"])
            let narrowed = try await client.execute(
                uri: "/api/search?q=gauges&source=Saltcombe%20Post", method: .get
            ) { response in
                try Self.decoder.decode(SearchData.self, from: Data(buffer: response.body))
            }
            #expect(narrowed.total == 1 && narrowed.quotes?.first?.source == "Saltcombe Post")
            let person = try await client.execute(uri: "/api/person/\(id)", method: .get) { response in
                try Self.decoder.decode(PersonData.self, from: Data(buffer: response.body))
            }
            #expect(person.name == "Rosalind Ferrity" && person.quotes.count == 3)
            #expect(person.quotesPerMonth.map(\.month) == ["2024-03", "2024-04"])
            let article = try await client.execute(uri: "/api/article?key=tide.txt", method: .get) { response in
                try Self.decoder.decode(ArticleData.self, from: Data(buffer: response.body))
            }
            #expect(article.quotes.count == 2 && article.url == "https://example.org/tide")
            let home = try await client.execute(uri: "/api", method: .get) { response in
                try Self.decoder.decode(HomeData.self, from: Data(buffer: response.body))
            }
            #expect(home.counts.articles == 3)
            try await client.execute(uri: "/api/search?since=2024-13-01", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("since"))
            }
            try await client.execute(uri: "/api/person/999999", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func downloadsStreamEveryMatch() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/download/quotes.csv?q=gauges", method: .get) { response in
                #expect(response.status == .ok)
                let lines = response.text.split(separator: "\r\n")
                #expect(lines.first?.hasPrefix("article,title,source,date,url,speaker") == true)
                #expect(lines.count == 3)
            }
            try await client.execute(uri: "/download/quotes.jsonl", method: .get) { response in
                let lines = response.text.split(separator: "\n")
                let stats = try Store(path: fixture.path, readOnly: true).stats()
                #expect(lines.count == stats.quotes)
            }
        }
    }

    @Test func pageSizesAreCapped() throws {
        let search = try SearchParameters(Parameters("size=100000&page=99999999"))
        #expect(search.query.pageSize == SearchParameters.maxPageSize)
        #expect(search.query.offset <= SearchParameters.maxOffset)
    }

    @Test func textIsEscapedAndOnlyWebLinksLink() {
        let name = "<script>\"'&"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(html.rendered == "<p title=\"&lt;script&gt;&quot;&#39;&amp;\">&lt;script&gt;&quot;&#39;&amp;</p>")
        #expect(ExternalLink.safeURL("javascript:alert(1)") == nil)
        #expect(ExternalLink.safeURL(" JaVaScRiPt:alert(1)") == nil)
        #expect(ExternalLink.safeURL("data:text/html,x") == nil)
        #expect(ExternalLink.safeURL("/local") == nil)
        #expect(ExternalLink.safeURL("https://example.org/a?b=1") == "https://example.org/a?b=1")
        #expect(ExternalLink.html("https://example.org/\"x").rendered.contains("&quot;x"))
    }

    @Test func aliasRemovalIsKept() async throws {
        let fixture = try ServerFixture()
        let id = try Self.personID(fixture, "Brancaster")
        try await fixture.test { client in
            let fields = [
                "entity": "#\(id)", "alias": ServerFixture.image, "back": "/person/\(id)", "csrf": ServerFixture.token,
            ]
            try await client.execute(
                uri: "/curate/alias/remove", method: .post, headers: Self.formHeaders, body: Self.form(fields)
            ) { response in
                #expect(response.status == .seeOther)
            }
        }
        let store = try Store(path: fixture.path, readOnly: true)
        #expect(try store.profile(of: id)?.summary.aliases.contains(ServerFixture.image) == false)
    }
}
