import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import HearsayCLI

@Suite struct CurationParseTests {
    @Test func curationCommandsParse() throws {
        let merge = try #require(
            try Hearsay.parseAsRoot(["merge", "Ada Pell", "#12", "--db", "x.db"]) as? Hearsay.Merge)
        #expect(merge.name == "Ada Pell" && merge.other == "#12")
        let unmerge = try #require(
            try Hearsay.parseAsRoot(["unmerge", "Ada Pell", "--article", "a.txt", "--article", "b.txt"])
                as? Hearsay.Unmerge)
        #expect(unmerge.articles == ["a.txt", "b.txt"])
        let alias = try #require(
            try Hearsay.parseAsRoot(["alias", "add", "Ada Pell", "The Harbourmaster"]) as? Hearsay.Alias.Add)
        #expect(alias.alias == "The Harbourmaster")
        let rename = try #require(try Hearsay.parseAsRoot(["rename", "Pell", "Ada Pell"]) as? Hearsay.Rename)
        #expect(rename.newName == "Ada Pell")
        let reassign = try #require(
            try Hearsay.parseAsRoot(["reassign", "a.txt:120", "Ada Pell", "--create"]) as? Hearsay.Reassign)
        #expect(reassign.quote == "a.txt:120" && reassign.create)
    }

    @Test func aMissingNameIsAUsageError() {
        do {
            _ = try Hearsay.parseAsRoot(["merge", "Ada Pell"])
            Issue.record("merge with one name was accepted")
        } catch {
            #expect(Hearsay.exitCode(for: error).rawValue == 64)
        }
    }
}

/// The curation commands on the built binary, with invented articles.
@Suite(.enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"))
struct CurationEndToEndTests {
    @Test func mergeUnmergeAliasRenameAndReassignPrintWhatTheyChange() throws {
        let cli = HearsayRunner()
        try cli.write(
            "in/a.txt",
            "Harbour wall approved\n\n\"The wall will hold,\" said Ada Pell, director of the Tide Project at the Harbour Institute.\n"
        )
        try cli.write("in/b.txt", "Ferry strike ends\n\n\"We are back at sea,\" said Ivo Brandt, a union leader.\n")
        #expect(try cli.run(["import", "in"]).status == 0)

        let merge = try cli.run(["merge", "Ada Pell", "Ivo Brandt"])
        #expect(merge.status == 0)
        #expect(merge.stdout.contains("Merged \"Ivo Brandt\""))
        #expect(try cli.run(["quotes", "--person", "Ada Pell", "--format", "csv"]).stdout.contains("back at sea"))

        let unmerge = try cli.run(["unmerge", "Ada Pell"])
        #expect(unmerge.status == 0)
        #expect(unmerge.stdout.contains("Split \"Ivo Brandt\""))
        #expect(!(try cli.run(["quotes", "--person", "Ada Pell", "--format", "csv"]).stdout.contains("back at sea")))

        let alias = try cli.run(["alias", "add", "Ada Pell", "The Harbourmaster"])
        #expect(alias.stdout.contains("Added alias \"The Harbourmaster\""))
        #expect(try cli.run(["person", "The Harbourmaster"]).stdout.contains("Ada Pell"))

        let rename = try cli.run(["rename", "Ivo Brandt", "Ivo K. Brandt"])
        #expect(rename.stdout.contains("Renamed \"Ivo Brandt\""))

        let export = try cli.run(["export", "quotes", "--format", "jsonl"])
        let first = try #require(export.stdout.split(separator: "\n").first { $0.contains("wall will hold") })
        let record = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let reference = "\(record["article"] as? String ?? ""):\(record["start"] as? Int ?? -1)"
        let reassign = try cli.run(["reassign", reference, "Ivo K. Brandt"])
        #expect(reassign.status == 0)
        #expect(reassign.stdout.contains("now said by \"Ivo K. Brandt\""))

        let missing = try cli.run(["rename", "Nobody Here", "X"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nobody called"))

        #expect(try cli.run(["person", "Ada Pell"]).stdout.contains("Harbour Institute"))
    }
}
