import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `export --output`: special files written into, links followed, regular files replaced whole or not at all.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct SafeOutputTests {
    private func importedStories(_ cli: HearsayRunner, count: Int = 3) throws {
        for n in 0..<count {
            try cli.write("in/\(n).txt", story(n) + String(repeating: " More words for the disk.", count: 80))
        }
        #expect(try cli.run(["import", "in"]).status == 0)
    }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode : 0
    }

    @Test func aSymbolicLinkIsFollowedAndTheFileKeepsItsMode() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try importedStories(cli)
        let target = try cli.write("kept/quotes.csv", "old\n")
        chmod(target, 0o600)
        #expect(symlink("kept/quotes.csv", cli.path("link.csv")) == 0)
        let outcome = try cli.run(["export", "quotes", "--output", "link.csv"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(mode(cli.path("link.csv")) & S_IFMT == S_IFLNK)
        #expect(mode(target) & 0o777 == 0o600)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("article,"))
        #expect(written.contains("Oriel Maszkowski"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.path("kept"))
        #expect(leftovers == ["quotes.csv"])
    }

    @Test func aFIFOIsWrittenIntoNotReplaced() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try importedStories(cli)
        let fifo = cli.path("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        // A reader opened without waiting lets the export open the FIFO for writing; the export is
        // smaller than the pipe's buffer, so it finishes before anything is read.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let outcome = try cli.run(["export", "quotes", "--format", "jsonl", "--output", "pipe"])
        var received = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(reader, $0.baseAddress, 4096) }
            if count <= 0 { break }
            received += chunk[0..<count]
        }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(mode(fifo) & S_IFMT == S_IFIFO)
        #expect(String(decoding: received, as: UTF8.self).contains("Oriel Maszkowski"))
    }

    @Test func anOpenDescriptorIsWrittenInto() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try importedStories(cli)
        // Standard output is a pipe here; /dev/fd/1 names it (and, unlike /dev/stdout, a run that
        // tried to replace it could not harm the machine).
        let outcome = try cli.run(["export", "quotes", "--format", "jsonl", "--output", "/dev/fd/1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Oriel Maszkowski"))
    }

    @Test func aKilledExportLeavesTheOldFileWhole() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try importedStories(cli, count: 60)
        let old = "the complete earlier export\n"
        let out = try cli.write("out.csv", old)
        // The file-size limit (64 KB: above the 32 KB -shm, below the 130 KB export) kills the
        // export with SIGXFSZ part-way through its writes.
        let limit = "ulimit -f \(64 * 1024 / 512)"
        let killed = try cli.run(["export", "articles", "--output", "out.csv"], shellPrefix: limit)
        #expect(killed.status != 0 || killed.signalled)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == old)

        // Ignoring the signal, the write fails instead: a named error, the old file still whole.
        let failed = try cli.run(["export", "articles", "--output", "out.csv"], shellPrefix: "trap '' XFSZ; \(limit)")
        #expect(failed.status == 1, "\(failed.stderr)")
        #expect(failed.stderr.contains("out.csv"), "\(failed.stderr)")
        #expect(!failed.stderr.contains("NSCocoaErrorDomain"), "\(failed.stderr)")
        #expect(!failed.stderr.contains("Wrote"), "\(failed.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == old)
        let visible = try FileManager.default.contentsOfDirectory(atPath: cli.folder).filter { !$0.hasPrefix(".") }
        #expect(!visible.contains { $0.hasPrefix("out.csv") && $0 != "out.csv" })

        let whole = try cli.run(["export", "articles", "--output", "out.csv"])
        #expect(whole.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("ballot number 59"))
    }

    @Test func aFailedExtractLeavesTheOldFileWhole() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        for n in 0..<60 {
            try cli.write("in/\(n).txt", story(n) + String(repeating: " More words for the disk.", count: 80))
        }
        let old = "the complete earlier extraction\n"
        let out = try cli.write("out.jsonl", old)
        let failed = try cli.run(
            ["extract", "in", "--output", "out.jsonl"], shellPrefix: "trap '' XFSZ; ulimit -f \(64 * 1024 / 512)")
        #expect(failed.status == 1, "\(failed.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == old)
        let whole = try cli.run(["extract", "in", "--output", "out.jsonl"])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count == 60)
    }
}
