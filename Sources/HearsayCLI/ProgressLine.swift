import Foundation
import HearsayImport
import HearsayModel

/// The line on standard error that counts an import's articles as they go, rewritten in place.
final class ProgressLine {
    private let enabled: Bool
    private var last = Date.distantPast

    /// A line shown only when `enabled` (standard error is a terminal).
    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Shows the importer's totals, at most four times a second.
    func show<Sink>(_ importer: Importer<Sink>) {
        guard enabled, Date().timeIntervalSince(last) > 0.25 else { return }
        last = Date()
        let totals = importer.totals
        let rate = Int(Double(totals.articles) / max(importer.elapsed, 0.001))
        let line =
            "\r\u{1B}[K\(totals.articles) articles, \(totals.quotes) quotes, \(totals.claims) claims (\(rate) articles/s)"
        FileHandle.standardError.write(Data(line.utf8))
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
