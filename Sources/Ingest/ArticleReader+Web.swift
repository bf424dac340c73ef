import Extraction
import HearsayModel

extension ArticleReader {
    /// Reads one web page (`html` bytes, as fetched) into an article: its main text and metadata, with
    /// `known` (a WARC record's date and address) filling in what the page does not say, `given` (a
    /// crawler's JSON fields) over what it says, and the overrides over all. `origin` names the page
    /// in messages.
    public func article(
        fromHTML html: [UInt8], key: String, origin: String, charset: String? = nil, known: ArticleMetadata = .init(),
        given: ArticleMetadata = .init()
    ) -> Result<RawArticle, InputProblem> {
        if html.count > limits.maxPageBytes {
            return .failure(pageTooBig(path: origin, bytes: html.count))
        }
        switch WebPage.read(html, charset: charset, url: given.url ?? known.url) {
        case .failure(let failure):
            return .failure(InputProblem(path: origin, reason: failure.reason))
        case .success(let page):
            if page.text.utf8.count > limits.maxArticleBytes {
                return .failure(tooBig(path: origin, line: nil, bytes: page.text.utf8.count))
            }
            for note in page.notes { warn?(InputProblem(path: origin, reason: note)) }
            var metadata = page.metadata
            // A date or address known beside the page (a WARC header) fills in what the page lacks.
            if metadata.date == nil { metadata.date = known.date.flatMap(DateText.day) }
            if metadata.url == nil { metadata.url = known.url }
            Self.overlay(&metadata, with: given)
            Self.overlay(&metadata, with: overrides)
            return .success(RawArticle(key: key, text: page.text, metadata: metadata, origin: origin))
        }
    }

    /// Passes `result` to `visit`, unless `gzip` has failed: then a whole-document article is reported
    /// as cut short instead of stored.
    static func forward(
        _ result: Result<RawArticle, InputProblem>, _ gzip: GzipStream?,
        _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws {
        if case .success(let article) = result, let failure = gzip?.failure {
            try visit(.failure(InputProblem(path: article.origin, reason: failure + "; the document was not stored")))
            return
        }
        try visit(result)
    }

    func readSniffedGzip(
        _ source: ByteSource, _ file: InputFile, _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws {
        let gzip = GzipStream(source: source)
        func whole(_ result: Result<RawArticle, InputProblem>) throws { try Self.forward(result, gzip, visit) }
        try readSniffed(gzip.byteSource(), file, whole)
        if let failure = gzip.failure { try visit(.failure(InputProblem(path: file.displayPath, reason: failure))) }
    }

    func readHTML(
        _ source: ByteSource, _ file: InputFile, prefix: [UInt8],
        _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws {
        let limit = limits.maxPageBytes
        if let size = source.regularFileSize(), size > limit {
            try visit(.failure(pageTooBig(path: file.displayPath, bytes: size)))
            return
        }
        var bytes = prefix
        let rest = try source.readAll(limit: max(0, limit - bytes.count), chunk: limits.chunkBytes)
        bytes += rest.bytes
        if rest.overLimit {
            let total = bytes.count + (try source.drain(chunk: limits.chunkBytes))
            try visit(.failure(pageTooBig(path: file.displayPath, bytes: total)))
            return
        }
        var key = file.key
        if file.path == "-" {
            // A page piped in (`curl URL | hearsay import -`) is keyed by its address when it gives one.
            key = "stdin-" + Self.fingerprint(String(decoding: bytes, as: UTF8.self))
        }
        var result = article(fromHTML: bytes, key: key, origin: file.displayPath)
        if file.path == "-", case .success(var article) = result, let url = article.metadata.url {
            article.key = url
            result = .success(article)
        }
        try visit(result)
    }

    func readWARC(
        _ source: ByteSource, _ file: InputFile, _ visit: (Result<RawArticle, InputProblem>) throws -> Void
    ) throws {
        let reader = WARCReader(source: source, maxBlockBytes: limits.maxPageBytes, chunkBytes: limits.chunkBytes)
        var sawRecord = false
        while let item = try reader.next() {
            sawRecord = true
            switch item {
            case .problem(let number, let uri, let reason):
                let label = WARCRecord.label(number, uri)
                try visit(.failure(InputProblem(path: file.displayPath, reason: "\(label): \(reason)")))
            case .record(let record):
                guard let result = page(in: record, file) else { continue }
                try visit(result)
            }
        }
        if !sawRecord {
            try visit(.failure(InputProblem(path: file.displayPath, reason: "empty file (no WARC records)")))
        }
    }

    /// The article in a `response` record; nil for records that hold no page (redirects, images …).
    private func page(in record: WARCRecord, _ file: InputFile) -> Result<RawArticle, InputProblem>? {
        let origin = "\(file.displayPath) \(record.label)"
        guard let parsed = HTTPResponse.parse(record.block) else { return nil }
        let response: HTTPResponse
        switch parsed {
        case .failure(let failure):
            return .failure(InputProblem(path: file.displayPath, reason: "\(record.label): \(failure.reason)"))
        case .success(let r): response = r
        }
        guard response.status == 200, response.isHTML else { return nil }
        guard let key = record.targetURI else {
            return .failure(InputProblem(path: file.displayPath, reason: "\(record.label): no WARC-Target-URI"))
        }
        let known = ArticleMetadata(date: record.date, url: key)
        switch article(fromHTML: response.body, key: key, origin: origin, charset: response.charset, known: known) {
        case .success(let article): return .success(article)
        case .failure(let problem):
            return .failure(InputProblem(path: file.displayPath, reason: "\(record.label): \(problem.reason)"))
        }
    }

    private func pageTooBig(path: String, bytes: Int) -> InputProblem {
        InputProblem(
            path: path,
            reason: "page is \(ReaderLimits.describe(bytes: bytes)), over the "
                + "\(ReaderLimits.describe(bytes: limits.maxPageBytes)) limit")
    }
}
