import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Inputs that never end are refused or cut at the size limit; the good inputs beside them are stored.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct EndlessInputTests {
    // A CPU-time limit turns a regression (reading forever) into a failed run, not a hung test.
    private let guardTime = "ulimit -t 60"

    @Test func aDeviceIsNamedAndSkipped() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("good.txt", story(1))
        let outcome = try cli.run(["import", "/dev/zero", "good.txt"], shellPrefix: guardTime)
        #expect(!outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("/dev/zero: a device"), "\(outcome.stderr)")
        #expect(try cli.storedKeys() == ["good.txt"])
    }

    @Test func standardInputStopsAtTheLimit() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("good.txt", story(1))
        let outcome = try cli.run(["import", "-", "good.txt"], shellPrefix: "\(guardTime); exec </dev/zero")
        #expect(!outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("<stdin>: article is over the 10 MB limit"), "\(outcome.stderr)")
        #expect(try cli.storedKeys() == ["good.txt"])
    }

    @Test func symbolicLinksInAFolderAreReadOrNamed() throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        try cli.write("elsewhere/linked.txt", story(1))
        try cli.write("elsewhere/folder/inner.txt", story(2))
        try cli.write("in/own.txt", story(3))
        #expect(symlink(cli.path("elsewhere/linked.txt"), cli.path("in/link.txt")) == 0)
        #expect(symlink(cli.path("elsewhere/folder"), cli.path("in/folder-link")) == 0)
        #expect(symlink(cli.path("elsewhere/missing.txt"), cli.path("in/dangling.txt")) == 0)
        let outcome = try cli.run(["import", "in"])
        #expect(outcome.stderr.contains("in/folder-link: a symbolic link to a folder"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("in/dangling.txt: a symbolic link to nothing"), "\(outcome.stderr)")
        #expect(try cli.storedKeys() == ["link.txt", "own.txt"])
    }
}
