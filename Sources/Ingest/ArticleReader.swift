import Extraction
import HearsayModel

/// Reads articles from files, folders and standard input, one at a time, in a stable order.
///
/// ```swift
/// try ArticleReader().read(["articles/", "extra.jsonl"]) { result in
///     switch result {
///     case .success(let article): store(article)
///     case .failure(let problem): print(problem)  // "extra.jsonl:7: no \"text\" field"
///     }
/// }
/// ```
///
/// Folders are walked recursively for `.txt`, `.jsonl` and `.json` files, sorted by path; a file given
/// by name is read whatever its extension (as JSON when it ends in `.jsonl`, `.ndjson` or `.json`).
/// `-` reads standard input: JSON lines when it starts with `{`, a JSON array when with `[{`, else one
/// plain-text article keyed `stdin`. JSON-lines input is streamed with a bounded buffer, so memory stays
/// flat however long the file, and a line over the limit is skipped without being held whole.
public struct ArticleReader: Sendable {
    /// The size bounds applied to every input.
    public var limits: ReaderLimits
    /// Metadata that wins over what JSON fields and the text say (the command line's flags).
    public var overrides: ArticleMetadata
    /// Told of what is read but worth a word (a JSON field Hearsay does not use, a date it cannot
    /// read): once per file and field. Such articles are still stored.
    public var warn: (@Sendable (InputProblem) -> Void)?
    /// Counts the bytes read from files and standard input (compressed ones for gzip), for
    /// progress against ``InputSize``.
    public var meter: ReadMeter?

    /// Creates a reader.
    public init(limits: ReaderLimits = .init(), overrides: ArticleMetadata = .init()) {
        self.limits = limits
        self.overrides = overrides
    }

    /// Reads every article under `paths` (`-` = standard input) in a stable order, calling `visit`
    /// for each article or problem. Problems never stop the reading; an error thrown by `visit` does.
    /// Two different articles never get one key in one call (see ``KeyRegister``).
    public func read(_ paths: [String], _ visit: (Result<RawArticle, InputProblem>) throws -> Void) throws {
        var keys = KeyRegister()
        try InputFinder.expand(paths) { found in
            switch found {
            case .failure(let problem): try visit(.failure(problem))
            case .success(let file):
                try read(file) { result in
                    guard case .success(var article) = result else { return try visit(result) }
                    keys.assign(&article, path: file.displayPath)
                    for note in article.warnings { warn?(note) }
                    try visit(.success(article))
                }
            }
        }
    }

    /// Reads one JSON line (or a `.json` object) into an article, as the reader does for each line.
    ///
    /// `key` is used when the object has no `id`; `origin` names the line in messages.
    public func article(
        fromJSON bytes: [UInt8], key: String, origin: String, line: Int? = nil
    ) -> Result<RawArticle, InputProblem> {
        let value: JSONValue
        do throws(JSONError) {
            value = try JSONParser.parse(bytes)
        } catch {
            return .failure(InputProblem(path: origin, line: line, reason: error.description))
        }
        return article(fromJSONValue: value, key: key, path: origin, line: line)
    }

    /// Builds an article from plain text, reading its metadata from the text and applying the overrides.
    public func article(fromText text: String, key: String, origin: String) -> RawArticle {
        var metadata = MetadataReader.read(text)
        Self.overlay(&metadata, with: overrides)
        var article = RawArticle(key: key, text: text, metadata: metadata, origin: origin)
        article.dropInvalidDate(path: origin, line: nil)
        return article
    }

    // MARK: - Files

    private func read(_ file: InputFile, _ visit: (Result<RawArticle, InputProblem>) throws -> Void) throws {
        var source: ByteSource
        if file.path == "-" {
            source = ByteSource.standardInput(meter: meter)
        } else {
            switch ByteSource.open(path: file.path, meter: meter) {
            case .success(let opened): source = opened
            case .failure(let error):
                try visit(.failure(InputProblem(path: file.displayPath, reason: "cannot open: \(error)")))
                return
            }
        }
        let gzip = file.gzipped ? GzipStream(source: source) : nil
        if let gzip { source = gzip.byteSource() }
        do {
            // A document cut short by a broken gzip is not stored; lines and records before the break are.
            func whole(_ result: Result<RawArticle, InputProblem>) throws { try Self.forward(result, gzip, visit) }
            switch file.format {
            case .text: try readText(source, file, prefix: [], whole)
            case .jsonLines: try readJSONLines(source, file, prefix: [], visit)
            case .jsonDocument: try readJSONDocument(source, file, prefix: [], whole)
            case .html: try readHTML(source, file, prefix: [], whole)
            case .warc: try readWARC(source, file, visit)
            case .sniffed: try readSniffed(source, file, visit)
            }
            if let failure = gzip?.failure {
                try visit(.failure(InputProblem(path: file.displayPath, reason: failure)))
            }
        } catch let error as OSFailure {
            try visit(.failure(InputProblem(path: file.displayPath, reason: "read failed: \(error)")))
        }
    }

    func readSniffed(
        _ source: ByteSource, _ file: InputFile, _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws {
        var head: [UInt8] = []
        // Enough to see past leading white space and a byte-order mark.
        while head.count < 4096 {
            if try source.read(into: &head, upTo: 4096 - head.count) == 0 { break }
        }
        switch InputSniffer.kind(of: head) {
        case .gzip:
            try readSniffedGzip(ByteSource.joining(head, source), file, visit)
            return
        case .warc:
            try readWARC(ByteSource.joining(head, source), file, visit)
            return
        case .html:
            try readHTML(source, file, prefix: head, visit)
            return
        default:
            break
        }
        var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        var j = i + 1
        while j < head.count, head[j] == 0x20 || head[j] == 0x09 || head[j] == 0x0A || head[j] == 0x0D { j += 1 }
        if i < head.count && head[i] == UInt8(ascii: "{") {
            try readJSONLines(source, file, prefix: head, visit)
        } else if i < head.count && head[i] == UInt8(ascii: "[") && j < head.count && head[j] == UInt8(ascii: "{") {
            try readJSONDocument(source, file, prefix: head, visit)
        } else {
            try readText(source, file, prefix: head, visit)
        }
    }

    func readText(
        _ source: ByteSource, _ file: InputFile, prefix: [UInt8],
        _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws {
        let limit = limits.maxArticleBytes
        var bytes = prefix
        while bytes.count < 2 {
            if try source.read(into: &bytes, upTo: 2 - bytes.count) == 0 { break }
        }
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        // UTF-16 spends two bytes on what UTF-8 says in one, so its file may be twice the text limit.
        let rawLimit = utf16 ? 2 * limit : limit
        if let size = source.regularFileSize(), size > rawLimit {
            try visit(.failure(tooBig(path: file.displayPath, line: nil, bytes: size)))
            return
        }
        let rest = try source.readAll(limit: rawLimit - bytes.count, chunk: limits.chunkBytes)
        bytes += rest.bytes
        if rest.overLimit {
            // Standard input, a FIFO or a device may never end: reading stops at the limit.
            try visit(
                .failure(
                    InputProblem(
                        path: file.displayPath,
                        reason:
                            "article is over the \(ReaderLimits.describe(bytes: rawLimit)) limit (reading stopped there)"
                    )))
            return
        }
        switch TextDecoding.decode(bytes) {
        case .failure(let failure):
            try visit(.failure(InputProblem(path: file.displayPath, line: failure.line, reason: failure.reason)))
        case .success(let text):
            if text.utf8.count > limit {
                try visit(.failure(tooBig(path: file.displayPath, line: nil, bytes: text.utf8.count)))
                return
            }
            var key = file.key
            if file.path == "-" { key = "stdin-" + Self.fingerprint(text) }
            try visit(.success(article(fromText: text, key: key, origin: file.displayPath)))
        }
    }

    func readJSONLines(
        _ source: ByteSource, _ file: InputFile, prefix: [UInt8],
        _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws {
        var head = prefix
        while head.count < 2 {
            if try source.read(into: &head, upTo: 2 - head.count) == 0 { break }
        }
        if head.isEmpty {
            try visit(.failure(InputProblem(path: file.displayPath, reason: "empty file (no text)")))
            return
        }
        var lines: LineReader
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // JSON should be UTF-8; a UTF-16 file is converted whole, within the document limit.
            guard let bytes = try wholeDocument(source, file, prefix: head, visit) else { return }
            lines = LineReader(
                source: ByteSource(bytes: bytes), maxLineBytes: maxLineBytes, chunkBytes: limits.chunkBytes)
        } else {
            lines = LineReader(source: source, maxLineBytes: maxLineBytes, chunkBytes: limits.chunkBytes)
            lines.prepend(head)
        }
        var sawLine = false
        let notes = FieldNotes()
        while let (number, line) = try lines.next() {
            switch line {
            case .tooLong(let length):
                sawLine = true
                try visit(.failure(tooBig(path: file.displayPath, line: number, bytes: length)))
            case .bytes(var bytes):
                if number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                sawLine = true
                let key = file.key + ":\(number)"
                let parsed: JSONValue
                do throws(JSONError) {
                    parsed = try JSONParser.parse(bytes)
                } catch {
                    try visit(.failure(InputProblem(path: file.displayPath, line: number, reason: error.description)))
                    continue
                }
                try visit(article(fromJSONValue: parsed, key: key, path: file.displayPath, line: number, notes: notes))
            }
        }
        if !sawLine {
            try visit(.failure(InputProblem(path: file.displayPath, reason: "empty file (no JSON lines)")))
        }
    }

    func readJSONDocument(
        _ source: ByteSource, _ file: InputFile, prefix: [UInt8],
        _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws {
        guard var bytes = try wholeDocument(source, file, prefix: prefix, visit) else { return }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            try visit(.failure(InputProblem(path: file.displayPath, reason: "empty file (no JSON)")))
            return
        }
        var line = 1
        var counted = 0
        var index = 0
        let notes = FieldNotes()
        try JSONParser.parseSequence(bytes) { result, start in
            // Line numbers grow as the parse moves forward, so count newlines once.
            while counted < start && counted < bytes.count {
                if bytes[counted] == 0x0A { line += 1 }
                counted += 1
            }
            index += 1
            switch result {
            case .failure(let error):
                var at = line
                var k = counted
                while k < error.offset && k < bytes.count {
                    if bytes[k] == 0x0A { at += 1 }
                    k += 1
                }
                try visit(.failure(InputProblem(path: file.displayPath, line: at, reason: error.description)))
            case .success(let value):
                let key = file.key + ":\(line)"
                try visit(article(fromJSONValue: value, key: key, path: file.displayPath, line: line, notes: notes))
            }
        }
    }

    /// Reads a whole JSON document within its limit, converting UTF-16 to UTF-8; nil after reporting a problem.
    private func wholeDocument(
        _ source: ByteSource, _ file: InputFile, prefix: [UInt8],
        _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws -> [UInt8]? {
        let limit = limits.maxJSONDocumentBytes
        if let size = source.regularFileSize(), size > limit {
            try visit(
                .failure(
                    InputProblem(
                        path: file.displayPath,
                        reason: "JSON document is \(ReaderLimits.describe(bytes: size)), over the "
                            + "\(ReaderLimits.describe(bytes: limit)) limit (write one article per line as .jsonl)")))
            return nil
        }
        let rest = try source.readAll(limit: max(0, limit - prefix.count), chunk: limits.chunkBytes)
        if rest.overLimit {
            try visit(
                .failure(
                    InputProblem(
                        path: file.displayPath,
                        reason: "JSON document is over the \(ReaderLimits.describe(bytes: limit)) limit "
                            + "(write one article per line as JSON lines)")))
            return nil
        }
        let bytes = prefix + rest.bytes
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            switch TextDecoding.decode(bytes) {
            case .failure(let failure):
                try visit(.failure(InputProblem(path: file.displayPath, line: failure.line, reason: failure.reason)))
                return nil
            case .success(let text):
                return Array(text.utf8)
            }
        }
        return bytes
    }

    // MARK: - Articles

    private var maxLineBytes: Int {
        // JSON escapes can triple the text's size (`\u00e9` for `é`); the text itself is checked after decoding.
        let (tripled, overflow) = limits.maxArticleBytes.multipliedReportingOverflow(by: 3)
        return overflow ? Int.max / 2 : tripled + 64 * 1024
    }

    private func article(
        fromJSONValue value: JSONValue, key: String, path: String, line: Int?, notes: FieldNotes? = nil
    ) -> Result<RawArticle, InputProblem> {
        switch JSONArticle.from(value) {
        case .failure(let failure):
            return .failure(InputProblem(path: path, line: line, reason: failure.reason))
        case .success(let json):
            notes?.note(json, path: path, line: line, warn: warn)
            let origin = line.map { "\(path):\($0)" } ?? path
            if let html = json.html {
                return article(
                    fromHTML: Array(html.utf8), key: json.id ?? key, origin: origin, charset: "utf-8",
                    given: json.metadata)
            }
            let text = Mojibake.repair(TextDecoding.normalizeLineBreaks(json.text))
            if text.utf8.count > limits.maxArticleBytes {
                return .failure(tooBig(path: path, line: line, bytes: text.utf8.count))
            }
            var metadata = MetadataReader.read(text)
            var given = json.metadata
            given.title = given.title.map(Mojibake.repair)
            given.source = given.source.map(Mojibake.repair)
            given.author = given.author.map(Mojibake.repair)
            Self.overlay(&metadata, with: given)
            Self.overlay(&metadata, with: overrides)
            var article = RawArticle(key: json.id ?? key, text: text, metadata: metadata, origin: origin)
            article.dropInvalidDate(path: path, line: line)
            return .success(article)
        }
    }

    func tooBig(path: String, line: Int?, bytes: Int) -> InputProblem {
        InputProblem(
            path: path, line: line,
            reason: "article is \(ReaderLimits.describe(bytes: bytes)), over the "
                + "\(ReaderLimits.describe(bytes: limits.maxArticleBytes)) limit")
    }

    static func overlay(_ metadata: inout ArticleMetadata, with top: ArticleMetadata) {
        if let title = top.title { metadata.title = title }
        if let date = top.date { metadata.date = date }
        if let source = top.source { metadata.source = source }
        if let url = top.url { metadata.url = url }
        if let author = top.author { metadata.author = author }
    }

    /// A short stable name for text read from standard input (64-bit FNV-1a, hexadecimal).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
