import Testing

@testable import Ingest

private func decoded(_ bytes: [UInt8]) -> String? {
    if case .success(let text) = TextDecoding.decode(bytes) { return text }
    return nil
}

private func failure(_ bytes: [UInt8]) -> TextDecoding.Failure? {
    if case .failure(let failure) = TextDecoding.decode(bytes) { return failure }
    return nil
}

@Test func utf8WithAndWithoutAByteOrderMarkIsRead() {
    let text = "Caf\u{E9} owner Mir\u{F3} said \u{201C}no\u{201D}."
    #expect(decoded(Array(text.utf8)) == text)
    #expect(decoded([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == text)
}

@Test func utf16WithAByteOrderMarkIsDecodedInBothByteOrders() {
    let text = "Na\u{EF}ve \u{201C}quote\u{201D} \u{1F600}\n"
    let units = Array(text.utf16)
    let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
    #expect(decoded(little) == text)
    #expect(decoded(big) == text)
}

@Test func utf16WithoutAMarkIsRecognisedByItsZeroBytes() {
    let text = "Plain English text saved as UTF-16 by an old editor.\n"
    let little: [UInt8] = Array(text.utf16).flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
    #expect(decoded(little) == text)
}

@Test func windows1252TextIsDecoded() {
    // "The caf\u{E9} owner said \u{201C}closed\u{201D} \u{2014} twice."
    let bytes: [UInt8] =
        Array("The caf".utf8) + [0xE9] + Array(" owner said ".utf8) + [0x93] + Array("closed".utf8)
        + [0x94, 0x20, 0x97] + Array(" twice.".utf8)
    #expect(decoded(bytes) == "The caf\u{E9} owner said \u{201C}closed\u{201D} \u{2014} twice.")
}

@Test func corruptUTF8IsRejectedWithItsLine() {
    // Valid UTF-8 (an em dash) and then a broken sequence: corrupted UTF-8, not a legacy code page.
    let bytes = Array("First line \u{2014} fine.\nSecond ".utf8) + [0xE2, 0x28, 0xA1] + Array(" line.\n".utf8)
    let problem = failure(bytes)
    #expect(problem?.line == 2)
    #expect(problem?.reason.hasPrefix("invalid UTF-8") == true)
}

@Test func runsOfHighBytesAreRejectedAsInvalidUTF8() {
    let bytes = Array("Text then ".utf8) + [0xFF, 0xFE, 0xFD, 0xFC] + Array(" garbage.".utf8)
    #expect(failure(bytes)?.reason.hasPrefix("invalid UTF-8") == true)
}

@Test func binaryAndNulBearingFilesAreRejected() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<200).map { UInt8($0 & 0xFF) }
    #expect(failure(png)?.reason == "binary file (not text)")
    let nul = Array("A sentence.\nAnother one\u{0} with a NUL inside it, and more words after.\n".utf8)
    #expect(failure(nul) == TextDecoding.Failure(reason: "contains NUL bytes (not text)", line: 2))
}

@Test func emptyAndBlankFilesAreRejected() {
    #expect(failure([])?.reason == "empty file (no text)")
    #expect(failure(Array(" \n\t\n".utf8))?.reason == "empty file (no text)")
    #expect(failure([0xEF, 0xBB, 0xBF])?.reason == "empty file (no text)")
}
