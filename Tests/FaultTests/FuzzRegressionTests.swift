import Extraction
import HearsayModel
import Testing

@testable import Ingest

/// Inputs the fuzzer (Fuzz/) found or that stress the same paths, each run through every stage the
/// fuzz target runs, with the same checks on spans.
private func runAllStages(_ bytes: [UInt8]) {
    let text: String
    switch TextDecoding.decode(bytes) {
    case .success(let decoded): text = decoded
    case .failure: text = String(decoding: bytes, as: UTF8.self)
    }
    _ = ArticleReader().article(fromJSON: bytes, key: "k", origin: "o")
    _ = try? JSONParser.parse(bytes)
    let metadata = MetadataReader.read(text)
    let result = Pipeline().extract(
        text: text, context: ArticleContext(date: metadata.date ?? "2020-01-07", title: metadata.title))
    let scalars = Array(text.unicodeScalars)
    for (span, words) in result.quotes.map({ ($0.span, $0.text) }) + result.claims.map({ ($0.span, $0.text) }) {
        #expect(span.start >= 0 && span.start <= span.end && span.end <= scalars.count)
        guard span.start >= 0 && span.start <= span.end && span.end <= scalars.count else { continue }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        #expect(String(view) == words)
    }
}

@Test(arguments: [
    "", "\"", "\u{201C}", "\"\"\"\"", "\u{201C}\u{201D}\u{201C}", "said", "\"x,\" said", "\n\n\n", "date 2020-99-99 x",
    "By", "\u{2022}", "source '", "https://", "Version 1 Version 2\n", "{\"text\": \"\\ud800\"}", "[[[[[[[[",
    "A\u{0301}\u{0308} \"e\u{0301}\" said Zo\u{0308}e.",
])
func tinyAndDegenerateInputs(_ text: String) {
    runAllStages(Array(text.utf8))
}

@Test func longRunsOfQuoteMarksAndBlankLines() {
    runAllStages(Array(String(repeating: "\"a\" said B. \u{201C}", count: 300).utf8))
    runAllStages(Array(String(repeating: "\n", count: 5000).utf8))
    runAllStages(Array(String(repeating: "\u{2018}x\u{2019} ", count: 500).utf8))
}

@Test func invalidBytesEverywhere() {
    runAllStages([0xFF, 0xFE, 0x22, 0x00, 0x22, 0xC3])
    runAllStages([0xFE, 0xFF, 0xD8, 0x00])
    runAllStages([0x22] + [UInt8](repeating: 0x80, count: 64) + [0x22])
}

/// Fuzz find 1 (run 2): a long run of digits before a month name overflowed the day parser in
/// DateResolver (`value * 10` trapped). Invented sentence with the same shape.
@Test func aHugeNumberBeforeAMonthIsNotADay() {
    runAllStages(
        Array("Tolls at the Saltholm bridge rose on 66666666666666666666666666666666 March, the operator said.".utf8))
    runAllStages(Array("On 6666666666666666666666th December the ferry sailed.".utf8))
}
