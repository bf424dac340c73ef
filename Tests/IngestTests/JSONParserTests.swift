import Testing

@testable import Ingest

private func parse(_ text: String) -> JSONValue? {
    try? JSONParser.parse(Array(text.utf8))
}

@Test func parsesObjectsWithEscapesAndNumbers() {
    let value = parse(#"{"a": "x\"y\\z\u00e9\ud83d\ude00\n", "b": -1.5e3, "c": [true, false, null], "d": {}}"#)
    #expect(
        value
            == .object([
                ("a", .string("x\"y\\z\u{E9}\u{1F600}\n")), ("b", .number("-1.5e3")),
                ("c", .array([.bool(true), .bool(false), .null])), ("d", .object([])),
            ]))
}

@Test func loneSurrogatesBecomeReplacementCharacters() {
    #expect(parse(#""a\ud800b""#) == .string("a\u{FFFD}b"))
}

@Test func rejectsMalformedInputWithAnOffset() {
    for bad in [#"{"a": }"#, #"{"a" 1}"#, #"{"a": "open"#, "[1, 2", #"{"a": 01x}"#, "tru", #""\q""#, "{} {}", ""] {
        #expect(throws: JSONError.self, "\(bad)") { try JSONParser.parse(Array(bad.utf8)) }
    }
    #expect(throws: JSONError(offset: 6, message: "expected a value, found the end")) {
        try JSONParser.parse(Array(#"{"a": "#.utf8))
    }
}

@Test func deepNestingIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(throws: JSONError.self) { try JSONParser.parse(Array(deep.utf8)) }
}

@Test func invalidUTF8InAStringIsRejected() {
    let bytes = Array(#"{"text": "bad "#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    #expect(throws: JSONError.self) { try JSONParser.parse(bytes) }
}
