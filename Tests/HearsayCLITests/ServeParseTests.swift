import ArgumentParser
import Testing

@testable import HearsayCLI

@Suite struct ServeParseTests {
    @Test func serveTakesItsOptions() throws {
        let serve = try #require(
            try Hearsay.parseAsRoot(["serve", "--db", "x.db", "--port", "0", "--read-only"]) as? Hearsay.Serve)
        #expect(serve.host == "127.0.0.1" && serve.port == 0 && serve.readOnly && !serve.allowEdit)
        let open = try #require(
            try Hearsay.parseAsRoot(["serve", "--host", "0.0.0.0", "--allow-edit"]) as? Hearsay.Serve)
        #expect(open.host == "0.0.0.0" && open.allowEdit && open.port == 8080)
        #expect(throws: (any Error).self) { try Hearsay.parseAsRoot(["serve", "--port", "70000"]) }
    }

    @Test func aliasRemoveParses() throws {
        let remove = try #require(
            try Hearsay.parseAsRoot(["alias", "remove", "Ada Pell", "The Harbourmaster"]) as? Hearsay.Alias.Remove)
        #expect(remove.name == "Ada Pell" && remove.alias == "The Harbourmaster")
    }
}
