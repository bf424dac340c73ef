import Extraction
import HearsayModel

/// How claims store their figures and dates (schema 6): JSON arrays of arrays, the keys left out
/// (`[[4000000.0,null,"crowns","cost","4 million crowns"]]`), and how they are read back as the
/// objects exports and claim grouping see (`[{"value":4000000.0,"qualifier":null,…}]`).
///
/// The keys were half of every figure. Rows written before schema 6 hold the objects and are read
/// as they are; "[[" tells the two apart.
enum CompactJSON {
    /// The keys of a figure, in the order of its array.
    static let figureKeys = ["value", "qualifier", "unit", "event", "text"]
    /// The keys of a date, in the order of its array.
    static let dateKeys = ["text", "from", "to"]

    /// `figures` as stored.
    static func figures(_ figures: [Figure]) -> String {
        var out = "["
        for (index, figure) in figures.enumerated() {
            out += index > 0 ? ",[" : "["
            // The number exactly as the object form wrote it, so reading back gives the same text.
            out += figure.value.isFinite ? "\(figure.value)" : "null"
            out += ","
            JSONText.appendOptional(figure.qualifier, to: &out)
            out += ","
            JSONText.appendOptional(figure.unit, to: &out)
            out += ","
            JSONText.appendOptional(figure.event, to: &out)
            out += ","
            JSONText.appendString(figure.text, to: &out)
            out += "]"
        }
        return out + "]"
    }

    /// `dates` as stored.
    static func dates(_ dates: [ResolvedDate]) -> String {
        var out = "["
        for (index, date) in dates.enumerated() {
            out += index > 0 ? ",[" : "["
            JSONText.appendString(date.text, to: &out)
            out += ","
            JSONText.appendOptional(date.from, to: &out)
            out += ","
            JSONText.appendOptional(date.to, to: &out)
            out += "]"
        }
        return out + "]"
    }

    /// `"value":` then `,"qualifier":` …: what goes before each element of an array.
    static func prefixes(_ keys: [String]) -> [[UInt8]] {
        keys.enumerated().map { index, key in Array(((index == 0 ? "\"" : ",\"") + key + "\":").utf8) }
    }

    /// Appends `json` as objects with `prefixes` (from ``prefixes(_:)``) when it is the stored
    /// array form, else as it is. Elements are copied byte for byte, so numbers and escapes come
    /// out exactly as they were written.
    static func expand(_ json: UnsafeBufferPointer<UInt8>, prefixes: [[UInt8]], into out: inout ExportBytes) {
        let open = UInt8(ascii: "[")
        let close = UInt8(ascii: "]")
        let comma = UInt8(ascii: ",")
        let quote = UInt8(ascii: "\"")
        guard json.count >= 2, json[0] == open, json[1] == open else {
            out.append(json)
            return
        }
        out.append(open)
        var index = 1
        var items = 0
        while index < json.count, json[index] != close {
            guard json[index] == open else {
                index += 1
                continue
            }
            if items > 0 { out.append(comma) }
            items += 1
            out.append(UInt8(ascii: "{"))
            index += 1
            var field = 0
            while index < json.count, json[index] != close {
                if json[index] == comma {
                    index += 1
                    continue
                }
                let start = index
                if json[index] == quote {
                    index += 1
                    while index < json.count, json[index] != quote {
                        index += json[index] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    index += 1
                } else {
                    while index < json.count, json[index] != comma, json[index] != close { index += 1 }
                }
                if field < prefixes.count { out.append(prefixes[field]) }
                out.append(UnsafeBufferPointer(rebasing: json[start..<min(index, json.count)]))
                field += 1
            }
            index += 1
            out.append(UInt8(ascii: "}"))
        }
        out.append(close)
    }

    /// `json` as objects, as a String.
    static func expand(_ json: String, keys: [String]) -> String {
        var json = json
        return json.withUTF8 { json in
            ExportBytes.withBytes(capacity: json.count * 2) { out in
                expand(json, prefixes: prefixes(keys), into: &out)
                return String(decoding: out.bytes, as: UTF8.self)
            }
        }
    }

    /// SQL giving `column` (figures) as objects, for readers in SQL; NULL stays NULL.
    static func figuresSQL(_ column: String) -> String {
        objectsSQL(column, keys: figureKeys)
    }

    /// SQL giving `column` (dates) as objects, for readers in SQL; NULL stays NULL.
    static func datesSQL(_ column: String) -> String {
        objectsSQL(column, keys: dateKeys)
    }

    private static func objectsSQL(_ column: String, keys: [String]) -> String {
        // `->` gives each element as JSON text, copied as written (json_extract would turn
        // numbers into doubles and print them with 15 digits).
        let fields = keys.enumerated().map { index, key in "'\(key)', item.value -> '$[\(index)]'" }
        return """
            CASE WHEN \(column) LIKE '[[%' THEN (SELECT json_group_array(json_object(\(fields.joined(separator: ", "))))
             FROM json_each(\(column)) item) ELSE \(column) END
            """
    }
}
