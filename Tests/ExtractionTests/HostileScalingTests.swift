import Extraction
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Text built to make extraction slow: doubling it must not much more than double the work.
///
/// CPU time of this thread is compared between one size and twice that size (a ratio, no
/// absolute timing): a stage that rescans the paragraph for every quote takes four times as long.
struct HostileScalingTests {
    /// The shapes that were quadratic: one paragraph of each unit repeated.
    static let shapes: [(name: String, unit: String)] = [
        ("bare quoted words", "\"x\" "),
        ("stray straight marks", "word \" "),
        ("nested curly marks", "\u{201C}a \u{2018}b \u{201C}c\u{201D} d\u{2019} e\u{201D} "),
        (
            "quoting sentences without a paragraph break",
            "The minister said on Tuesday that \"the budget will hold,\" and officials agreed. "
        ),
    ]

    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func article(_ unit: String, bytes: Int) -> String {
        "Harbour ballot\n\n" + String(repeating: unit, count: bytes / unit.utf8.count) + "\n"
    }

    /// The least CPU time of `runs` extractions of `text` (the least is the one others disturbed least).
    private static func cost(_ text: String, runs: Int = 2) -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = cpuSeconds()
            let result = Pipeline().extract(text: text)
            best = min(best, cpuSeconds() - start)
            #expect(result.quotes.count >= 0)
        }
        return best
    }

    @Test(arguments: 0..<shapes.count)
    func doublingTheTextAtMostAboutDoublesTheTime(_ shape: Int) {
        let (name, unit) = Self.shapes[shape]
        let small = Self.cost(Self.article(unit, bytes: 128 * 1024))
        let large = Self.cost(Self.article(unit, bytes: 256 * 1024))
        // Linear work doubles; the margin covers allocation and cache effects, not a square.
        #expect(large < small * 2.8 + 0.05, "\(name): \(small) s for 128 KB, \(large) s for 256 KB")
    }
}
