import HearsayModel
import Testing

@testable import HearsayText

@Suite struct ScalarClassTests {
    /// Every scalar of the first planes' busiest blocks, plus a spread over the rest of Unicode.
    private var sample: [Unicode.Scalar] {
        let ranges: [ClosedRange<UInt32>] = [0...0x3000, 0xA700...0xA7FF, 0xFB00...0xFFFF, 0x1_0400...0x1_04FF]
        var out = ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
        out += stride(from: UInt32(0x3000), through: 0x10_FFFF, by: 97).compactMap(Unicode.Scalar.init)
        return out
    }

    @Test func agreesWithUnicodeProperties() {
        var mismatches: [String] = []
        for c in sample {
            let p = c.properties
            if ScalarClass.isLetter(c) != p.isAlphabetic { mismatches.append("letter \(c.value)") }
            if ScalarClass.isUpper(c) != p.isUppercase { mismatches.append("upper \(c.value)") }
            if ScalarClass.isLower(c) != p.isLowercase { mismatches.append("lower \(c.value)") }
            let digit = c.value >= 0x30 && c.value <= 0x39
            if ScalarClass.isDigit(c) != digit { mismatches.append("digit \(c.value)") }
            if ScalarClass.isLetterOrDigit(c) != (p.isAlphabetic || digit) { mismatches.append("word \(c.value)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func classifiesNameLetters() {
        #expect(ScalarClass.isUpper("Ö") && ScalarClass.isLetter("ş") && ScalarClass.isLower("ş"))
        #expect(!ScalarClass.isLetter("\u{2014}") && !ScalarClass.isLetter("7") && ScalarClass.isLetterOrDigit("7"))
        #expect(ScalarClass.isUpper("Q") && !ScalarClass.isUpper("q") && !ScalarClass.isLower("@"))
    }
}
