import Foundation
import HearsayModel
import Testing

@testable import Ingest

@Test func aShortFirstLineBeforeABlankLineIsTheHeadline() {
    let text = "Harbour cranes stand idle as Velmora dockers strike\n\nDock workers in Velmora walked out on Tuesday.\n"
    #expect(MetadataReader.read(text).title == "Harbour cranes stand idle as Velmora dockers strike")
}

@Test func aHeadlineMayRunStraightIntoBodyText() {
    let text = """
        Velmora dockers end strike after nine days
        Dock workers in the port city of Velmora returned to work on Friday after the union accepted a pay offer.
        """
    #expect(MetadataReader.read(text).title == "Velmora dockers end strike after nine days")
}

@Test func aFirstSentenceIsNotAHeadline() {
    let text = "Dock workers in Velmora walked out on Tuesday over pay.\n\nThe union said talks had failed.\n"
    #expect(MetadataReader.read(text).title == nil)
}

@Test func aPhotoCaptionAtTheTopIsNotAHeadline() {
    // A one-word caption label, then a credit line running into the caption text.
    let captioned =
        "Cranes\n\u{00A9} Ana Pires/WirePhotoCranes at the port of Velmora on May 2\nDock workers walked out on Tuesday, the union said.\n"
    #expect(MetadataReader.read(captioned).title == nil)
    let credited =
        "Harbour cranes at the Velmora docks\n\u{00A9} Ana Pires/Wire Photo\nDock workers walked out on Tuesday.\n"
    #expect(MetadataReader.read(credited).title == nil)
    let labelled = "Striking dockers gather at the gates\nPhoto: Ana Pires\n\nDock workers walked out on Tuesday.\n"
    #expect(MetadataReader.read(labelled).title == nil)
}

@Test func twoShortLinesInARowAreNotAHeadlineAndBody() {
    let text = "Port of Velmora\nHarbour Authority notice\nAll berths close at noon on Friday for the storm.\n"
    #expect(MetadataReader.read(text).title == nil)
}

@Test func aDateHeaderIsReadEvenWhenBodyTextFollowsOnTheSameLine() {
    let m = MetadataReader.read(
        "  date 2021-11-03 The Velmora port authority said on Wednesday that berths would reopen.\n")
    #expect(m.date == "2021-11-03")
    #expect(m.title == nil)
    #expect(MetadataReader.read("Date: March 4, 2021\n\nThe port reopened.\n").date == "2021-03-04")
    #expect(MetadataReader.read("Published: 4 March 2021\n\nThe port reopened.\n").date == "2021-03-04")
}

@Test func aChangeTrackingPageHeaderGivesOutletURLDateAndTheHeadlineOnce() {
    let text = """
        This page follows the story from the source 'velpost' and was first seen on . It is no longer checked.

        You can find the current article at its original source at https://www.velmorapost.example/world/dockers-strike/2021/06/14/abc123_story.html

        The article has changed 3 times. There is an RSS feed of changes available.

        Version 1 Version 2
        Velmora dockers strike over pay, ports idle Velmora dockers strike over pay, ports idle
        (12 minutes later)
        VELMORA \u{2014} Dock workers struck on Monday. VELMORA \u{2014} Dock workers struck on Monday, the union said.
        """
    let m = MetadataReader.read(text)
    #expect(m.source == "velpost")
    #expect(m.url == "https://www.velmorapost.example/world/dockers-strike/2021/06/14/abc123_story.html")
    #expect(m.date == "2021-06-14")
    #expect(m.title == "Velmora dockers strike over pay, ports idle")
}

@Test func bylinesAreReadAtTheTopAndAtTheEnd() {
    let top =
        "Velmora dockers end strike after nine days\n\nBy Ines Okafor-Lund, Harbour Herald\n\nDock workers returned to work on Friday.\n"
    #expect(MetadataReader.read(top).author == "Ines Okafor-Lund")
    let bullet =
        "Dock workers returned to work on Friday.\n\nThe union called it a victory.\n\n  \u{2022} Tomas van der Berg\n"
    #expect(MetadataReader.read(bullet).author == "Tomas van der Berg")
    let reported = "Dock workers returned to work on Friday.\n\nRosa Quintero reported from Velmora.\n"
    #expect(MetadataReader.read(reported).author == "Rosa Quintero")
    let surnameOnly = "Dock workers returned to work on Friday.\n\nQuintero reported from Velmora.\n"
    #expect(MetadataReader.read(surnameOnly).author == nil)
    let sentence = "Dock workers returned to work on Friday.\n\nBy the end of the day the cranes were moving.\n"
    #expect(MetadataReader.read(sentence).author == nil)
}

@Test func aWireDatelineNamesTheOutlet() {
    let text =
        "VELMORA, June 3 (Coastal Wire) - Dock workers walked out on Tuesday.\n\nThe union said talks had failed.\n"
    #expect(MetadataReader.read(text).source == "Coastal Wire")
}

@Test func aURLInTheHeaderGivesItsDateAndHost() {
    let text = "https://news.example.org/2020-02-29/velmora-strike\n\nDock workers walked out on Tuesday.\n"
    let m = MetadataReader.read(text)
    #expect(m.url == "https://news.example.org/2020-02-29/velmora-strike")
    #expect(m.date == "2020-02-29")
    #expect(m.source == "news.example.org")
}

@Test func aLinkInsideTheStoryIsNotThePageAddress() {
    let text = """
        Dock workers walked out on Tuesday over pay.

        The union posted its demands at https://union.example.org/2019/01/01/demands online.

        More text follows here.
        """
    let m = MetadataReader.read(text)
    #expect(m.url == nil)
    #expect(m.date == nil)
}

@Test func metadataOfTheSeedsMatchesTheGold() throws {
    guard let shared = sharedFolder() else { return }
    let gold = shared.appendingPathComponent("gold/articles.jsonl")
    guard let data = FileManager.default.contents(atPath: gold.path) else { return }  // ../shared absent
    var right = 0
    var total = 0
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let doc = record["doc"] as? String,
            let bytes = FileManager.default.contents(atPath: shared.appendingPathComponent("seeds/" + doc).path)
        else { continue }
        let m = MetadataReader.read(String(decoding: bytes, as: UTF8.self))
        let got: [String: String?] = [
            "title": m.title, "date": m.date, "source": m.source, "url": m.url, "author": m.author,
        ]
        for (field, want) in record where field != "doc" {
            total += 1
            let wants = (want as? [String]) ?? [want as? String ?? ""]
            if let value = got[field] ?? nil, wants.contains(value) {
                right += 1
            } else {
                Issue.record("\(doc) \(field): want \(wants), got \(String(describing: got[field] ?? nil))")
            }
        }
    }
    #expect(total > 0)
    #expect(right == total)
    print("seed metadata: \(right)/\(total)")
}

@Test func seedsWithoutAGoldTitleGetNone() throws {
    guard let seeds = sharedFolder()?.appendingPathComponent("seeds") else { return }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path) else { return }
    for name in names where name.hasPrefix("000_") || name.hasPrefix("001_") || name.hasPrefix("003_") {
        guard let bytes = FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path) else {
            continue
        }
        #expect(MetadataReader.read(String(decoding: bytes, as: UTF8.self)).title == nil, "\(name)")
    }
}

/// `../shared` beside the package root (or `$HEARSAY_SHARED`), or nil when absent.
private func sharedFolder() -> URL? {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let candidates = [
        ProcessInfo.processInfo.environment["HEARSAY_SHARED"].map { URL(fileURLWithPath: $0) },
        root.deletingLastPathComponent().appendingPathComponent("shared"),
    ]
    return candidates.compactMap { $0 }.first {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent("seeds").path)
    }
}

@Test func aTitleCaseHeadlineWithAFinalPeriodIsStillTheHeadline() {
    let titled = "Velmora Dockers Vote To End The Nine-Day Strike.\n\nDock workers returned on Friday.\n"
    #expect(MetadataReader.read(titled).title == "Velmora Dockers Vote To End The Nine-Day Strike")
    let sentence = "Dock workers in Velmora voted to end the strike.\n\nThey returned on Friday.\n"
    #expect(MetadataReader.read(sentence).title == nil)
}

@Test func aHeadlineDirectlyAboveItsBylineAndDate() {
    let text =
        "Saltholm ferry crews back new rota\nBy Oriel Maszkowski\nPublished: 2024-02-11\n\nFerry crews voted on Thursday.\n"
    let m = MetadataReader.read(text)
    #expect(m.title == "Saltholm ferry crews back new rota")
    #expect(m.author == "Oriel Maszkowski")
    #expect(m.date == "2024-02-11")
}
