import Foundation
import SQLiteLayer
import Testing

@testable import HearsayStore

/// The byte writer of exports (``ExportBytes``) and what writes through it: numbers as SQLite
/// writes them, CSV fields by the RFC 4180 rule across the buffer's growth, and spans of a long
/// text asked for out of order.
@Suite struct ExportBytesTests {
    @Test func decimalsAsSwiftPrintsThem() {
        let values: [Int64] = [
            0, 7, 9, 10, 11, 99, 100, 12_345, -1, -9, -10, -987_654_321, 1 << 53, Int64.max, Int64.min,
        ]
        ExportBytes.withBytes(capacity: 1) { out in
            for value in values {
                out.removeAll()
                out.appendDecimal(value)
                #expect(String(decoding: out.bytes, as: UTF8.self) == String(value))
            }
            // A width pads with zeros in front, as six decimals of a fraction need.
            out.removeAll()
            out.appendDecimal(5, width: 2)
            out.append(UInt8(ascii: ","))
            out.appendDecimal(42, width: 6)
            out.append(UInt8(ascii: ","))
            out.appendDecimal(123, width: 2)
            #expect(String(decoding: out.bytes, as: UTF8.self) == "05,000042,123")
        }
    }

    @Test func growsWithoutLosingBytes() {
        var expected: [UInt8] = []
        ExportBytes.withBytes(capacity: 1) { out in
            for index in 0..<2_000 {
                let piece = Array("piece \(index);".utf8)
                piece.withUnsafeBufferPointer { out.append($0) }
                out.append(0x0D, 0x0A)
                expected += piece + [0x0D, 0x0A]
            }
            #expect(Array(out.bytes) == expected)
        }
    }

    /// Numbers written from result rows read as SQLite's own text of the same values: the fast
    /// path for reals with up to six decimals must agree with what it replaces.
    @Test func numbersAsSQLiteWritesThem() throws {
        let db = try Database(path: ":memory:")
        let values = [
            "0", "1", "-3", "1234567890123", "0.5", "1.0", "-0.25", "0.123456", "0.1", "0.95", "2.5e-7",
            "3.14159265358979", "100.000001", "-7.125", "1e15", "NULL", "'text'",
        ]
        let asText = values.map { "CAST(\($0) AS TEXT)" }
        let statement = try db.prepare(sql: "SELECT " + (values + asText).joined(separator: ", "))
        #expect(try statement.step())
        for index in values.indices {
            let written = ExportBytes.withBytes(capacity: 4) { out in
                RecordWriter.appendNumber(statement.value(at: Int32(index)), into: &out)
                return String(decoding: out.bytes, as: UTF8.self)
            }
            #expect(written == (statement.string(at: Int32(values.count + index)) ?? ""), "\(values[index])")
        }
    }

    /// Many fields written one after another into one small buffer give the rule's bytes.
    @Test func csvFieldsAcrossGrowth() {
        func reference(_ text: String, neutralising: Bool) -> String {
            guard !text.isEmpty else { return "" }
            let guarded = neutralising && ["=", "+", "-", "@", "\t", "\r"].contains(text.first) ? "'" : ""
            guard text.contains(where: { [",", "\"", "\r", "\n", "\r\n"].contains($0) }) else { return guarded + text }
            return "\"" + guarded + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        let fields = [
            "plain", "a, b", "say \"so\"", "=1+1", "-", "line\nbreak", "", "été, déjà", "\"",
            String(repeating: "long words ", count: 40) + "\"quoted\"", String(repeating: "z", count: 33),
        ]
        for neutralising in [true, false] {
            ExportBytes.withBytes(capacity: 2) { out in
                var expected = ""
                for (index, field) in (fields + fields.reversed()).enumerated() {
                    if index > 0 {
                        out.append(UInt8(ascii: ","))
                        expected += ","
                    }
                    Array(field.utf8).withUnsafeBufferPointer {
                        RecordWriter.appendCSVField($0, neutralising: neutralising, into: &out)
                    }
                    expected += reference(field, neutralising: neutralising)
                }
                #expect(String(decoding: out.bytes, as: UTF8.self) == expected)
            }
        }
    }

    /// A text of several thousand characters of mixed widths, its spans asked for forwards, with
    /// steps back (as the claims of one sentence come) and at random: the cursor's marks give
    /// the bytes of the same characters however it is asked.
    @Test func spansOfALongTextOutOfOrder() {
        let pieces = ["word ", "é", "灯", "🚢", ", ", "“quoted” ", "\n"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var text = ""
        while text.unicodeScalars.count < 6_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += pieces[Int(state >> 33) % pieces.count]
        }
        let scalars = Array(text.unicodeScalars)
        var spans: [(Int, Int)] = []
        for start in stride(from: 0, to: scalars.count - 40, by: 37) {
            spans.append((start, start + 30))
            // A span starting a little before the last one.
            spans.append((max(0, start - 300), start - 290 < 0 ? 5 : start - 290))
        }
        var shuffled = spans
        for index in shuffled.indices.reversed() {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            shuffled.swapAt(index, Int(state >> 33) % (index + 1))
        }
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            for order in [spans, shuffled] {
                var cursor = CharacterCursor()
                for (start, end) in order {
                    let range = cursor.byteRange(start: start, end: end, in: buffer)
                    let expected = String(String.UnicodeScalarView(scalars[start..<end]))
                    #expect(String(decoding: buffer[range], as: UTF8.self) == expected)
                }
            }
        }
    }

    /// Bytes of every kind, valid UTF-8 or not (stray continuation bytes, leads without their
    /// continuations, long runs of ASCII between them): the cursor's eight- and thirty-two-byte
    /// steps land on the same bytes as SQLite's substr() for every span.
    @Test func spansOfAnyBytesAsSubstrFindsThem() throws {
        let db = try Database(path: ":memory:")
        let substr = try db.prepare(sql: "SELECT CAST(substr(CAST(?1 AS TEXT), ?2 + 1, ?3 - ?2) AS BLOB)")
        let pieces: [[UInt8]] = [
            Array("plain words of one byte each, ".utf8), [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xC3, 0xA9],
            [0xF0, 0x9F, 0x9A, 0xA2], [0x80], [0xBF, 0x80], [0xC3], [0xE2, 0x80], Array("ab".utf8), [0x0A],
            [0xFF, 0x80, 0x80, 0x80, 0x80, 0x80],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<20 {
            var bytes: [UInt8] = []
            while bytes.count < 400 { bytes += pieces[next(pieces.count)] }
            let characters = bytes.filter { $0 & 0xC0 != 0x80 }.count + 8
            try bytes.withUnsafeBufferPointer { buffer in
                var cursor = CharacterCursor()
                for _ in 0..<60 {
                    let start = next(characters)
                    let end = start + next(characters - start + 1)
                    try substr.bind(blob: bytes, at: 1)
                    try substr.bind(Int64(start), at: 2)
                    try substr.bind(Int64(end), at: 3)
                    #expect(try substr.step())
                    let expected = substr.blob(at: 0) ?? []
                    substr.reset()
                    let range = cursor.byteRange(start: start, end: end, in: buffer)
                    #expect(Array(buffer[range]) == expected, "\(start)..<\(end) of \(bytes)")
                }
            }
        }
    }
}
