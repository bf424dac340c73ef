import Foundation
import HearsayImport
import HearsayModel
import HearsayStore

/// The line on standard error that follows an import as it goes, rewritten in place: articles
/// read out of the total (when it could be counted ahead), percentage, rate and time left.
final class ProgressLine {
    private let enabled: Bool
    private let total: Int?
    private var read = 0
    private var last = Date.distantPast

    /// A line shown only when `enabled` (standard error is a terminal); `total` is the number of
    /// articles expected, nil when unknown.
    init(enabled: Bool, total: Int? = nil) {
        self.enabled = enabled
        self.total = total
    }

    /// Counts one article read and shows the importer's totals, at most four times a second.
    func show<Sink>(_ importer: Importer<Sink>) {
        read += 1
        guard enabled, Date().timeIntervalSince(last) > 0.25 else { return }
        last = Date()
        FileHandle.standardError.write(
            Data(
                ("\r\u{1B}[K" + Self.line(read: read, total: total, totals: importer.totals, elapsed: importer.elapsed))
                    .utf8))
    }

    /// The text of the line: `412/924 articles (45%), 1853 quotes, 310 claims, 173 articles/s, 3 s left`.
    static func line(read: Int, total: Int?, totals: ImportTotals, elapsed: Double) -> String {
        let rate = Double(read) / max(elapsed, 0.001)
        var text: String
        var tail = ""
        if let total, total >= read, total > 0 {
            text = "\(read)/\(total) articles (\(read * 100 / total)%)"
            let left = Double(total - read) / max(rate, 0.001)
            tail = ", " + (left < 60 ? "\(Int(left.rounded(.up))) s left" : "\(Int((left / 60).rounded(.up))) min left")
        } else {
            text = "\(read) articles"
        }
        text += ", \(totals.quotes) quotes, \(totals.claims) claims, \(Int(rate)) articles/s" + tail
        return text
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
