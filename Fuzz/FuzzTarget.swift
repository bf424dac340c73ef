// libFuzzer entry point over the extraction pipeline, the metadata reader, the article reader's
// decoding and JSON parsing, and the web-page and WARC readers. Built by Fuzz/build.sh, never by `swift build`: see Fuzz/README.md.
import Extraction
import HearsayModel

@testable import Ingest

/// Checks what every stage promises about offsets, so a wrong span is a crash the fuzzer reports.
private func checkSpans(_ result: ArticleExtraction, in text: String) {
    let scalars = Array(text.unicodeScalars)
    func check(_ span: TextSpan, _ words: String, _ what: String) {
        precondition(
            span.start >= 0 && span.start <= span.end && span.end <= scalars.count,
            "\(what) span \(span) outside the text")
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[span.start..<span.end])
        precondition(String(slice) == words, "\(what) text differs from the text at its span \(span)")
    }
    for quote in result.quotes {
        check(quote.span, quote.text, "quote")
        if let speaker = quote.speaker {
            precondition(speaker >= 0 && speaker < result.speakers.count, "quote speaker index")
        }
    }
    for claim in result.claims {
        check(claim.span, claim.text, "claim")
        if let claimant = claim.claimant {
            precondition(claimant >= 0 && claimant < result.speakers.count, "claimant index")
        }
        for mention in claim.mentions { precondition(mention >= 0 && mention < result.speakers.count, "mention index") }
    }
}

/// libFuzzer calls this with each generated input; a trap or sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    // The article reader's pieces: decoding a file and parsing a JSON line.
    let decoded: String
    switch TextDecoding.decode(bytes) {
    case .success(let text): decoded = text
    case .failure: decoded = String(decoding: bytes, as: UTF8.self)
    }
    let reader = ArticleReader()
    _ = reader.article(fromJSON: bytes, key: "fuzz", origin: "fuzz")
    _ = try? JSONParser.parse(bytes)

    // The web-page reader (libxml2, main text, metadata) and the WARC reader on the same bytes.
    if case .success(let page) = WebPage.read(bytes) {
        precondition(!page.text.isEmpty, "a page read with no text")
    }
    let warc = WARCReader(source: ByteSource(bytes: bytes), maxBlockBytes: 1 << 20, chunkBytes: 4096)
    while let item = try? warc.next() {
        if case .record(let record) = item { _ = HTTPResponse.parse(record.block) }
    }

    // The metadata reader and the pipeline on the decoded text, with and without a date for context.
    let metadata = MetadataReader.read(decoded)
    let context = ArticleContext(date: metadata.date ?? "2020-01-07", title: metadata.title)
    let result = Pipeline().extract(text: decoded, context: context)
    checkSpans(result, in: decoded)
    return 0
}
