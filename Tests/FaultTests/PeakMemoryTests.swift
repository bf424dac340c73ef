import Foundation
import TestSupport
import Testing

/// Issue 13, finding 13: one article up to the size limit (10 MB of text) is imported in under
/// 200 MB of memory, whatever its shape; this suite keeps the structures that used to hold it
/// (24 bytes a token, a second full copy of the text, document-wide claim words, a claim
/// reader's copies of a paragraph's millions of words, a second list of every sentence) from
/// coming back.
///
/// The product's memory is the release build's (a debug build keeps values alive to the end of
/// their scope), so the release binary is measured when it has been built (`make release`), else
/// the debug one. A 10 MB import takes a minute of CPU in a debug build, so each shape is
/// imported at 2 MB and beside a one-line article, and the peak is extrapolated to 10 MB: what
/// the small article needs (code, SQLite, buffers) plus five times what 2 MB needs beyond it.
/// Memory that grows with the text (scalars, tokens, quote spans, indexes) grows linearly, so a
/// structure that comes back at 24 bytes a token fails here as it would at 10 MB.
///
/// The extrapolation is not the measure at 10 MB (README, "Peak memory": 151 to 178 MB for
/// every shape, release): it reads 22 MB low for the bare quoted words (156 against 178) and
/// 25 MB high for news text (176 against 151). The two shapes that used to fail are held to
/// 180 MB: main before this bound extrapolated 296 MB for one paragraph of `a a a …` (322 MB
/// measured at 10 MB) and 201 MB for `A b. A b. …` (224 measured); now 141 and 136 (170 and 164
/// measured). Millions of tiny paragraphs are held to 180 MB too: main before this bound
/// extrapolated 556 MB for `a` and a blank line repeated (519 MB measured at 10 MB) and 681 MB
/// for `a` and a line break (824 measured); now 122 and 157 (143 and 179 measured). The peak is GNU time's (``ChildUsage/peakResidentBytes(_:binary:)``); without GNU
/// time the suite is skipped (`.ci/run` installs it).
@Suite(
    .enabled(if: HearsayRunner.binary != nil, "build the hearsay binary first"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: ChildUsage.timeProgram), "needs GNU time"))
struct PeakMemoryTests {
    static let sizeLimit = 10 << 20
    /// The release binary when it has been built, else the one the other suites run.
    static let binary: String? = {
        let release = HearsayBinary.packageRoot.appendingPathComponent(".build/release/hearsay").path
        return FileManager.default.isExecutableFile(atPath: release) ? release : HearsayBinary.path
    }()

    /// What a debug build may need beyond a shape's bound: it keeps values alive to the end of
    /// their scope (the one-letter-word paragraph extrapolated to 206 MB in one debug run, 141 MB
    /// in a release one). Structures that grew back to their old size would still fail: the session
    /// before this bound extrapolated 296 MB for that shape in a release build.
    static let debugAllowance: Int = {
        guard let binary, !binary.contains("/release/") else { return 0 }
        return 40 << 20
    }()

    /// The shapes and the bound each is held to: the one with the most tokens for its size, long
    /// ordinary news text, one paragraph of millions of one-letter words with no full stop,
    /// millions of two-word sentences, millions of one-word paragraphs (one per line, with and
    /// without a blank line between them), and sentences that each name who speaks. A shape whose text starts with `<` is a web page and is
    /// written to a `.html` file (``fileName(_:for:)``).
    ///
    /// The speaker shapes: main before their bounds extrapolated 302 MB for `Ann Lee said. `
    /// (309 measured at 10 MB), 196 for a quotation with a named speaker (207) and 203 for a name
    /// with an appositive (213), a whole cue value and a 72-byte mention with an array of name
    /// parts of its own for every sentence; now 156, 136 and 121 (160, 146 and 136 measured). A
    /// different made-up name in every sentence (550,000 distinct names at 10 MB): main
    /// extrapolated 412 MB (430 measured), session 8 236 (248), session 9's start 204 (224
    /// measured), with an array of parts, a table entry by parts and one by last part for every
    /// distinct name; now 152 (177 measured), the parts in one pool and the names found by
    /// 4-byte hash slots (``NumberTable``). It is held to 180 MB, which session 9's start fails.
    ///
    /// The web pages fail on the session's starting binary, which held libxml2's document tree and
    /// a copy of every node in Swift values: a page of short paragraphs with a bold word and a link in
    /// each (a million nodes in 10 MB) extrapolated to 393 MB there (396 measured at 10 MB) and a
    /// `div` of millions of `<b>a</b> ` to 909 MB (874 measured). Now they extrapolate to 182 and 138
    /// MB (167 and 162 measured at 10 MB), so the paragraphs are held to the README's 200 MB and the
    /// tiny elements to 170.
    static let shapes: [(name: String, bound: Int, article: @Sendable (Int) -> String)] = [
        ("bare quoted words", 200 << 20, { LinearTimeTests.repeated("\"x\" ", bytes: $0) }),
        ("ordinary news text", 200 << 20, { OrdinaryText.article(bytes: $0) }),
        ("one paragraph of one-letter words", 180 << 20, { LinearTimeTests.repeated("a ", bytes: $0) }),
        ("two-word sentences", 180 << 20, { LinearTimeTests.repeated("A b. ", bytes: $0) }),
        ("one-word paragraphs", 180 << 20, { LinearTimeTests.repeated("a\n\n", bytes: $0) }),
        ("one-word lines", 180 << 20, { LinearTimeTests.repeated("a\n", bytes: $0) }),
        ("a named speaker in every sentence", 180 << 20, { LinearTimeTests.repeated("Ann Lee said. ", bytes: $0) }),
        (
            "a quotation with a named speaker in every sentence", 170 << 20,
            { LinearTimeTests.repeated("Ann Lee said \"the ferry runs.\" ", bytes: $0) }
        ),
        (
            "a named speaker and an appositive in every sentence", 170 << 20,
            { LinearTimeTests.repeated("Ann Lee, the mayor, said. ", bytes: $0) }
        ),
        ("a different named speaker in every sentence", 180 << 20, { SpeakerText.distinctSpeakers(bytes: $0) }),
        (
            "one web page of short paragraphs", 200 << 20,
            { webPage(#"<p>Ivo Marsh said "the bridge <b>may</b> close," on <a href='/d'>Friday</a>.</p>"#, bytes: $0) }
        ),
        ("one web page of millions of tiny elements", 170 << 20, { webPage("<b>a</b> ", bytes: $0, in: "div") }),
    ]

    /// A page whose body holds `unit` repeated to about `bytes`, inside one `container` element.
    static func webPage(_ unit: String, bytes: Int, in container: String = "article") -> String {
        "<html><head><title>Harbour ballot</title></head><body><\(container)>"
            + String(repeating: unit, count: bytes / unit.utf8.count) + "</\(container)></body></html>\n"
    }

    /// `base` with the extension the importer reads `text` by: `.html` for a page, else `.txt`.
    static func fileName(_ base: String, for text: String) -> String {
        base + (text.hasPrefix("<") ? ".html" : ".txt")
    }

    /// The peak memory of importing `text` into a fresh database.
    static func peak(_ text: String, _ cli: HearsayRunner, _ name: String) throws -> Int {
        let path = try cli.write(name, text)
        defer { try? FileManager.default.removeItem(atPath: path + ".db") }
        let measured = try #require(
            try ChildUsage.peakResidentBytes(
                ["import", path, "--db", path + ".db", "--article-timeout", "0"], binary: Self.binary))
        #expect(measured.status == 0, "import of \(name) exited \(measured.status)")
        return measured.bytes
    }

    @Test(arguments: 0..<shapes.count)
    func oneArticleAtTheSizeLimitFitsInTheBound(_ shape: Int) throws {
        let cli = HearsayRunner()
        defer { cli.cleanUp() }
        let (name, bound, article) = Self.shapes[shape]
        let size = 2 << 20
        let base = try Self.peak("Harbour ballot\n\nThe council met on Monday.\n", cli, "one-line.txt")
        // Five times the growth over the one-line article is what is judged, so a few MB of
        // allocator noise in one run would count five times over: the lesser of two runs is judged.
        let text = article(size)
        let measured = min(
            try Self.peak(text, cli, Self.fileName("article-1", for: text)),
            try Self.peak(text, cli, Self.fileName("article-2", for: text)))
        let perByte = Double(max(0, measured - base)) / Double(size)
        let atLimit = Double(base) + perByte * Double(Self.sizeLimit)
        #expect(
            atLimit < Double(bound + Self.debugAllowance),
            """
            \(name): \(measured >> 20) MB for 2 MB (\(base >> 20) MB for one line), so about \
            \(Int(atLimit) >> 20) MB for 10 MB
            """)
    }
}
