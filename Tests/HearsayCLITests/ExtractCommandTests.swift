import Foundation
import TestSupport
import Testing

/// `hearsay extract` and `import --extracted` as scripts run them: standard input to standard
/// output, a Spark-style output folder of gzipped parts, exit statuses.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct ExtractCommandTests {
    private static let feed = [
        #"{"id": "n1", "date": "2031-05-01", "text": "\"The ferry sails at dawn,\" said skipper Anouk Veld."}"#,
        #"{"id": "n2", "date": "2031-05-02", "text": "Veld said the ferry was late. \"Fog,\" said Anouk Veld."}"#,
        #"{"id": "n3", "text": "#,
        #"{"id": "n4", "date": "2031-05-02", "text": "\"We wait,\" said harbour master Oskar Lind."}"#,
    ]

    @Test func standardInToStandardOutThenAGzippedFolderImports() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let extracted = try cli.run(["extract"], stdin: Self.feed.joined(separator: "\n") + "\n")
        #expect(extracted.status == 1)
        #expect(extracted.stderr.contains("<stdin>:3"))
        let lines = extracted.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[2].contains("\"error\":{\"line\":3,"))
        #expect(lines.allSatisfy { $0.hasPrefix("{\"format\":\"hearsay-extract/1\",") })

        // As Spark leaves it: parts in a folder (one gzipped), a _SUCCESS marker, hidden checksums.
        try cli.write("out/part-00001", lines[2...].joined(separator: "\n") + "\n")
        try cli.write("out/_SUCCESS", "")
        try cli.write("out/.part-00001.crc", "not a record")
        let plain = try cli.write("part-00000", lines[..<2].joined(separator: "\n") + "\n")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(plain)' > '\(cli.path("out/part-00000.gz"))'"]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)

        let imported = try cli.run(["import", "--extracted", "--db", cli.path("x.db"), cli.path("out")])
        #expect(imported.status == 1)
        #expect(imported.stdout.contains("Imported 3 extracted articles (3 new"))
        #expect(imported.stderr.contains("part-00001:1"))
        #expect(imported.stderr.contains("1 record was rejected"))

        let direct = try cli.run(["import", "--db", cli.path("d.db"), "-"], stdin: Self.feed.joined(separator: "\n"))
        #expect(direct.status == 1)
        for kind in ["quotes", "people"] {
            let a = try cli.run(["export", kind, "--db", cli.path("x.db"), "--format", "csv"])
            let b = try cli.run(["export", kind, "--db", cli.path("d.db"), "--format", "csv"])
            #expect(a.stdout == b.stdout)
            #expect(a.stdout.contains("Anouk Veld"))
        }
    }

    @Test func metadataFlagsWithExtractedAndMissingInputsAreRefused() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let refused = try cli.run(["import", "--extracted", "--title", "T", "--db", cli.path("x.db"), "-"])
        #expect(refused.status == 64)
        let record = try cli.run(["extract"], stdin: Self.feed[0] + "\n")
        let good = try cli.write("good.jsonl", record.stdout)
        let missing = try cli.run(["import", "--extracted", "--db", cli.path("x.db"), cli.path("nowhere"), good])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file or folder"))
        #expect(missing.stdout.contains("Imported 1 extracted article (1 new"))
    }
}
