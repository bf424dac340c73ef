import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Two imports at once into one database both land; queries meanwhile see only whole articles.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct ConcurrencyTests {
    @Test func twoImportsAtOnceBothLand() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        for n in 0..<150 {
            try cli.write("left/l\(n).txt", story(n))
            try cli.write("right/r\(n).txt", story(500 + n))
        }
        // Small batches so the two writers take turns many times.
        let left = try cli.start(["import", "left", "--batch-size", "5"])
        let right = try cli.start(["import", "right", "--batch-size", "5"])
        // A reading command refuses a database that does not exist yet: query once an import made it.
        while !FileManager.default.fileExists(atPath: cli.path("hearsay.db")),
            left.process.isRunning || right.process.isRunning
        {
            usleep(10_000)
        }
        var queries = 0
        while left.process.isRunning || right.process.isRunning {
            let stats = try cli.run(["stats"])
            #expect(stats.status == 0, "\(stats.stderr)")
            queries += 1
        }
        let a = left.wait()
        let b = right.wait()
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        let keys = try cli.storedKeys()
        #expect(keys.count == 300)
        #expect(try cli.run(["check"]).status == 0)
        #expect(queries > 0)
    }
}
