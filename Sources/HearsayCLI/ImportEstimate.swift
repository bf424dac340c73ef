import Foundation

/// How many articles an import will read, counted before it starts so progress can show a total.
enum ImportEstimate {
    /// The article count of `paths`: one per text or web page file, one per non-empty line of a
    /// JSON lines file; nil when any input cannot be counted ahead (standard input, JSON arrays,
    /// gzip or WARC files), and the progress line then goes by bytes (``InputSize``).
    static func articles(in paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            guard path != "-" else { return nil }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
            if isFolder.boolValue {
                guard let walker = FileManager.default.enumerator(atPath: path) else { return nil }
                for case let name as String in walker {
                    guard let count = count(URL(fileURLWithPath: path).appendingPathComponent(name).path) else {
                        return nil
                    }
                    total += count
                }
            } else {
                guard let count = count(path) else { return nil }
                total += count
            }
        }
        return total
    }

    /// The articles in one file: nil when it cannot be told without reading it as the importer does.
    private static func count(_ path: String) -> Int? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            return 0
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "txt", "html", "htm": return 1
        case "jsonl", "ndjson":
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            var lines = 0
            var blank = true
            for byte in data {
                if byte == UInt8(ascii: "\n") {
                    if !blank { lines += 1 }
                    blank = true
                } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\r") && byte != UInt8(ascii: "\t") {
                    blank = false
                }
            }
            return blank ? lines : lines + 1
        case "json", "gz", "warc": return nil
        default: return 0
        }
    }
}
