import Foundation
import TestSupport
import Testing

/// Import must not slow down as the database grows: twice the articles into a fuller database
/// cost about twice the CPU time, not four or eight times (a ratio, not a timing).
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct GrowthTests {
    private static let given = [
        "Oriel", "Tove", "Anouk", "Ilse", "Renata", "Bastian", "Kofi", "Mirela", "Jonas", "Saba",
    ]
    private static let family = [
        "Maszkowski", "Lindqvist", "Veld", "Braga", "Ostrova", "Kettering", "Mensah", "Dragan", "Aaltonen", "Farouk",
        "Quilliam", "Ndiaye",
    ]

    /// A short story whose speaker, place and figures vary with `n`, so entities and claims accumulate.
    private static func varied(_ n: Int) -> String {
        let name = given[n % given.count] + " " + family[(n / given.count) % family.count]
        return """
            Council in Harbour \(n) votes on ferry budget

            The council of Harbour \(n) voted on Tuesday to spend \(n * 7 % 900 + 10) million on ferries, officials said.

            "We will run \(n % 12 + 2) crossings a day from spring," said \(name), who chairs the transport board. "Nobody should wait an hour for a boat."

            \(name) said \(n % 50 + 3) jobs would be added, and the union said it would watch the rota number \(n).
            """
    }

    /// CPU seconds (user + system) of `hearsay import FOLDER --db DB`, measured by `/usr/bin/time`.
    private func cpuSeconds(_ cli: HearsayRunner, importing folder: String, into db: String) throws -> Double {
        let report = cli.path("cpu-\(db)-\(folder).txt")
        let outcome = try cli.run(
            ["import", folder, "--db", cli.path(db)],
            shellPrefix: "exec /usr/bin/time -f '%U %S' -o '\(report)' \"$0\" \"$@\"")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let fields = try String(contentsOfFile: report, encoding: .utf8).split(whereSeparator: \.isWhitespace)
        return fields.compactMap { Double($0) }.reduce(0, +)
    }

    @Test func twiceTheArticlesIntoAFullerDatabaseCostAboutTwiceTheTime() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return }
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let batch = 150
        for n in 0..<batch { try cli.write("warm/\(n).txt", Self.varied(n)) }
        for n in batch..<(2 * batch) { try cli.write("first/\(n).txt", Self.varied(n)) }
        for n in (2 * batch)..<(4 * batch) { try cli.write("second/\(n).txt", Self.varied(n)) }
        // Twice over, keeping the least of each: other work on the machine only ever adds time.
        // A first import into an empty database is cheaper per article (little to link to or group
        // with), so it is not measured.
        var first = Double.infinity
        var second = Double.infinity
        for round in 0..<2 {
            _ = try cpuSeconds(cli, importing: "warm", into: "round\(round).db")
            first = min(first, try cpuSeconds(cli, importing: "first", into: "round\(round).db"))
            second = min(second, try cpuSeconds(cli, importing: "second", into: "round\(round).db"))
        }
        // The second import stores twice as many articles into a database twice as full: linear
        // work costs twice; a cost growing with the database, far more.
        #expect(second < first * 2.6 + 0.2, "\(batch) articles: \(first) s; \(2 * batch) more: \(second) s")
        #expect(try cli.storedKeys(db: "round1.db").count == 4 * batch)
    }
}
