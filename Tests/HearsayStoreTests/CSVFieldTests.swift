import Foundation
import Testing

@testable import HearsayStore

/// The CSV writer's fields against a plain reading of RFC 4180 and of the formula rule, on
/// fields built from the bytes that matter (comma, double quote, CR, LF, formula starts) mixed
/// with letters, spaces and non-ASCII, at lengths on both sides of the writer's short-field path.
@Suite struct CSVFieldTests {
    /// The rule written the slow, obvious way: quote when the field holds `,` `"` CR or LF,
    /// double each quote, and put `'` first when the field starts a formula.
    private func reference(_ text: String, neutralising: Bool) -> String {
        guard !text.isEmpty else { return "" }
        let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        let guarded =
            neutralising && text.unicodeScalars.first.map { formulaStarts.contains($0) } == true ? "'" : ""
        let special: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]
        guard text.unicodeScalars.contains(where: special.contains) else { return guarded + text }
        return "\"" + guarded + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func written(_ text: String, neutralising: Bool) -> String {
        var out: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer {
            RecordWriter.appendCSVField($0, neutralising: neutralising, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits one CSV record (no line end) into its fields as a spreadsheet reads them.
    private func parsed(_ record: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(record.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        scalars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                fields.append(field)
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        fields.append(field)
        return fields
    }

    @Test func edgeCases() {
        let cases = [
            "", "a", ",", "\"", "\"\"", "\n", "\r", "\r\n", "=", "+1", "-", "@x", "\t", "'", "a,b", "say \"yes\"",
            "=HYPERLINK(\"x\")", "-2, then", "l'été, déjà", "東京", "😀,😀", "ends with a quote\"",
            String(repeating: "x", count: 31) + ",", String(repeating: "x", count: 32) + ",",
            String(repeating: "x", count: 33) + "\"", String(repeating: "é", count: 40) + "\n",
            "=" + String(repeating: "long words ", count: 20),
        ]
        for text in cases {
            for neutralising in [true, false] {
                #expect(written(text, neutralising: neutralising) == reference(text, neutralising: neutralising))
            }
        }
    }

    /// Every field of a record reads back as written, after the leading `'` of a neutralised one.
    @Test func generatedFieldsMatchTheRuleAndReadBack() {
        let pieces = ["a", "Z", " ", ",", "\"", "\n", "\r", "=", "+", "-", "@", "\t", "é", "—", "😀", "x y", "'"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            var fields: [String] = []
            for _ in 0..<(1 + next(4)) {
                let length = next(3) == 0 ? next(80) : next(40)
                fields.append((0..<length).map { _ in pieces[next(pieces.count)] }.joined())
            }
            for neutralising in [true, false] {
                let record = fields.map { written($0, neutralising: neutralising) }.joined(separator: ",")
                #expect(record == fields.map { reference($0, neutralising: neutralising) }.joined(separator: ","))
                let read = parsed(record)
                #expect(read.count == fields.count)
                for (field, back) in zip(fields, read) {
                    let guarded =
                        neutralising && reference(field, neutralising: true) != reference(field, neutralising: false)
                    #expect(back == (guarded ? "'" + field : field), "\(field.debugDescription)")
                }
            }
        }
    }

    @Test func idTableKeepsDenseAndOtherIDs() {
        var table = IDTable<String?>(denseLimit: 100)
        #expect(table[5] == nil)
        table.set("five", for: 5)
        table.set(nil, for: 7)
        table.set("far", for: 1_000_000)
        table.set("negative", for: -3)
        #expect(table[5] == .some("five"))
        #expect(table[7] == .some(nil))
        #expect(table[6] == nil)
        #expect(table[1_000_000] == .some("far"))
        #expect(table[-3] == .some("negative"))
        #expect(table.count == 4)
        table.set("FIVE", for: 5)
        #expect(table.count == 4)
        table.removeAll()
        #expect(table.count == 0)
        #expect(table[5] == nil)
        #expect(table[1_000_000] == nil)
    }
}
