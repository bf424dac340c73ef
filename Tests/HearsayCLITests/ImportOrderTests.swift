import Foundation
import TestSupport
import Testing

@testable import HearsayCLI

/// Invented articles, in two halves, whose people an import must find whatever the order.
private let halves: [[(String, String)]] = [
    [
        ("bridge.txt", "Bridge opens early\n\n\"The bridge will open in May,\" Menendez said at the quay.\n"),
        ("port.txt", "Port busy\n\n\"The port is busy,\" said Tomas Cruz, a union leader.\n"),
        ("rain.txt", "Rain\n\n\"Rain came early this year,\" said Ivo Brandt.\n"),
    ],
    [
        ("budget.txt", "Budget tight\n\n\"The budget is tight,\" said Robert Menendez, the treasurer.\n"),
        ("school.txt", "School full\n\n\"The school is full again,\" said Hanna Cruz, a teacher.\n"),
        ("late.txt", "Late rain\n\n\"Rain left late in the day,\" Brandt said.\n"),
    ],
]

/// `export people` as JSON lines with row ids taken out, sorted.
private func people(_ cli: HearsayRunner, _ db: String) throws -> [String] {
    let out = try cli.run(["export", "people", "--db", db, "--format", "jsonl"]).stdout
    return out.split(separator: "\n").map { line in
        String(line).replacingOccurrences(of: #"^\{"id":[0-9]+,"#, with: "{", options: .regularExpression)
    }.sorted()
}

@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct ImportOrderTests {
    @Test func halvesInEitherOrderOrAtOnceGiveTheSamePeople() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        for (h, half) in halves.enumerated() {
            for (name, text) in half { try cli.write("h\(h)/\(name)", text) }
        }
        #expect(try cli.run(["import", "--db", "forward.db", "h0"]).status == 0)
        #expect(try cli.run(["import", "--db", "forward.db", "h1"]).status == 0)
        #expect(try cli.run(["import", "--db", "backward.db", "h1"]).status == 0)
        #expect(try cli.run(["import", "--db", "backward.db", "h0"]).status == 0)
        let first = try cli.start(["import", "--db", "both.db", "h0"])
        let second = try cli.start(["import", "--db", "both.db", "h1"])
        #expect(first.wait().status == 0)
        #expect(second.wait().status == 0)
        let forward = try people(cli, "forward.db")
        #expect(!forward.isEmpty)
        #expect(try people(cli, "backward.db") == forward)
        #expect(try people(cli, "both.db") == forward)
        // The bare surname is the one person of that surname named in full.
        #expect(!forward.contains { $0.contains(#""name":"Menendez""#) })
        let bridge = try cli.run(["quotes", "--db", "backward.db", "--search", "bridge", "--format", "csv"]).stdout
        #expect(bridge.contains("Robert Menendez"))
    }

    @Test func roleRemoveTakesARoleAwayForGood() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("in/port.txt", "Port busy\n\n\"The port is busy,\" said Tomas Cruz, a union leader.\n")
        #expect(try cli.run(["import", "in"]).status == 0)
        #expect(try cli.run(["person", "Tomas Cruz"]).stdout.contains("leader"))
        let removed = try cli.run(["role", "remove", "Tomas Cruz", "leader"])
        #expect(removed.status == 0)
        #expect(!(try cli.run(["person", "Tomas Cruz"]).stdout.contains("leader")))
        #expect(try cli.run(["role", "remove", "Tomas Cruz", "leader"]).status == 1)
        try cli.write("in/port.txt", "Port busy\n\n\"The port is busy,\" said Tomas Cruz, a union leader. More.\n")
        #expect(try cli.run(["import", "in"]).status == 0)
        #expect(!(try cli.run(["person", "Tomas Cruz"]).stdout.contains("leader")))
    }
}

@Suite struct RoleParseTests {
    @Test func roleRemoveParses() throws {
        let remove = try #require(
            try Hearsay.parseAsRoot(["role", "remove", "Ada Pell", "harbour master"]) as? Hearsay.RoleCommand.Remove)
        #expect(remove.name == "Ada Pell" && remove.role == "harbour master")
    }
}
