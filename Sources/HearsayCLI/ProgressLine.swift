import Foundation
import HearsayImport
import HearsayModel
import HearsayStore
import Ingest

/// The line on standard error that follows an import as it goes, rewritten in place: articles
/// read out of the total when they could be counted ahead, else bytes read out of the inputs'
/// size (compressed bytes for gzip), with the percentage, rate and time left; a running count
/// when neither total is known (standard input from a pipe).
final class ProgressLine {
    /// What the line measures the import against.
    enum Total {
        /// Articles, counted before the import (text and JSON lines files).
        case articles(Int)
        /// Bytes of input, from file sizes, read through `meter`; `total` nil when unknown.
        case bytes(meter: ReadMeter, total: Int?)
    }

    private let enabled: Bool
    private let total: Total?
    private var read = 0
    private var last = Date.distantPast

    /// A line shown only when `enabled` (standard error is a terminal); `total` is what the
    /// import is measured against, nil to count articles alone.
    init(enabled: Bool, total: Total? = nil) {
        self.enabled = enabled
        self.total = total
    }

    /// Counts one article read and shows the importer's totals, at most four times a second.
    func show<Sink>(_ importer: Importer<Sink>) {
        read += 1
        guard enabled, Date().timeIntervalSince(last) > 0.25 else { return }
        last = Date()
        let measure: Measure
        switch total {
        case .articles(let count): measure = .articles(count)
        case .bytes(let meter, let size): measure = .bytes(read: meter.count, total: size)
        case nil: measure = .none
        }
        FileHandle.standardError.write(
            Data(
                ("\r\u{1B}[K"
                    + Self.line(read: read, measure: measure, totals: importer.totals, elapsed: importer.elapsed))
                    .utf8))
    }

    /// What ``line(read:measure:totals:elapsed:)`` tells progress by.
    enum Measure: Equatable {
        /// Nothing beyond the articles read.
        case none
        /// The articles expected.
        case articles(Int)
        /// Bytes read so far, out of `total` when known.
        case bytes(read: Int, total: Int?)
    }

    /// The text of the line:
    /// - `412/924 articles (45%), 1853 quotes, 310 claims, 173 articles/s, 3 s left`;
    /// - `12.4/48.0 MB (25%), 412 articles, 1853 quotes, 310 claims, 2.1 MB/s, 18 s left`;
    /// - `12.4 MB read, 412 articles, 1853 quotes, 310 claims, 173 articles/s`.
    static func line(read: Int, measure: Measure, totals: ImportTotals, elapsed: Double) -> String {
        let seconds = max(elapsed, 0.001)
        let rate = Double(read) / seconds
        let counts = ", \(totals.quotes) quotes, \(totals.claims) claims"
        switch measure {
        case .articles(let total) where total >= read && total > 0:
            let left = Double(total - read) / max(rate, 0.001)
            return "\(read)/\(total) articles (\(read * 100 / total)%)" + counts + ", \(Int(rate)) articles/s, "
                + timeLeft(left)
        case .bytes(let done, let total?) where total > 0:
            let shown = min(done, total)
            let byteRate = Double(shown) / seconds
            let left = Double(total - shown) / max(byteRate, 1)
            let unit = ByteUnit(for: total)
            return
                "\(unit.format(shown))/\(unit.format(total)) \(unit) (\(Int(Double(shown) * 100 / Double(total)))%), "
                + "\(read) articles" + counts + ", " + ByteUnit.describe(Int(byteRate)) + "/s, " + timeLeft(left)
        case .bytes(let done, _):
            return ByteUnit.describe(done) + " read, \(read) articles" + counts + ", \(Int(rate)) articles/s"
        default:
            return "\(read) articles" + counts + ", \(Int(rate)) articles/s"
        }
    }

    /// `3 s left`, `12 min left`.
    private static func timeLeft(_ seconds: Double) -> String {
        seconds < 60 ? "\(Int(seconds.rounded(.up))) s left" : "\(Int((seconds / 60).rounded(.up))) min left"
    }

    /// The unit a size is shown in: kilobytes below a megabyte, megabytes below a gigabyte
    /// (powers of 1000, one decimal).
    enum ByteUnit: String, CustomStringConvertible {
        case kilobytes = "KB"
        case megabytes = "MB"
        case gigabytes = "GB"

        /// The unit for a size of `bytes`.
        init(for bytes: Int) {
            self = bytes < 1_000_000 ? .kilobytes : bytes < 1_000_000_000 ? .megabytes : .gigabytes
        }

        var description: String { rawValue }

        /// `bytes` in this unit with one decimal: `0.4`, `12.4`.
        func format(_ bytes: Int) -> String {
            let step = self == .kilobytes ? 100 : self == .megabytes ? 100_000 : 100_000_000
            let tenths = (bytes + step / 2) / step
            return "\(tenths / 10).\(tenths % 10)"
        }

        /// `bytes` in its own unit: `12.4 MB`.
        static func describe(_ bytes: Int) -> String {
            let unit = ByteUnit(for: bytes)
            return "\(unit.format(bytes)) \(unit)"
        }
    }

    /// Clears the line, before another message or at the end.
    func clear() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// Runs `body`, clearing the line afterwards whether it returns or throws.
    func clearing(_ body: () throws -> Void) rethrows {
        defer { clear() }
        try body()
    }
}
