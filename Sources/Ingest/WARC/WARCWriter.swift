/// Writes WARC 1.1 records: enough to build crawl files for tests and benchmarks, and to turn saved
/// pages into the form crawlers deliver.
public enum WARCWriter {
    /// A `warcinfo` record naming the file.
    public static func info(filename: String, date: String) -> [UInt8] {
        record(
            type: "warcinfo", fields: ["WARC-Filename: \(filename)", "Content-Type: application/warc-fields"],
            date: date, id: 0, block: Array("software: hearsay\r\nformat: WARC File Format 1.1\r\n".utf8))
    }

    /// A `response` record holding `body` as an HTTP 200 response of `contentType`, fetched from `uri`.
    public static func response(
        uri: String, date: String, body: [UInt8], contentType: String = "text/html; charset=utf-8", id: Int
    ) -> [UInt8] {
        var block = Array(
            "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n".utf8)
        block += body
        return record(
            type: "response",
            fields: ["WARC-Target-URI: \(uri)", "Content-Type: application/http; msgtype=response"],
            date: date, id: id, block: block)
    }

    /// A `request` record for `uri` (readers skip it).
    public static func request(uri: String, date: String, id: Int) -> [UInt8] {
        let block = Array("GET / HTTP/1.1\r\nHost: example\r\n\r\n".utf8)
        return record(
            type: "request",
            fields: ["WARC-Target-URI: \(uri)", "Content-Type: application/http; msgtype=request"],
            date: date, id: id, block: block)
    }

    /// A record of `type` with `fields`, a `WARC-Date`, a record id made from `id`, and `block`.
    public static func record(type: String, fields: [String], date: String, id: Int, block: [UInt8]) -> [UInt8] {
        var hex = String(id, radix: 16)
        hex = String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Date: \(date)\r\n"
        header += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(hex)>\r\n"
        for field in fields { header += field + "\r\n" }
        header += "Content-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }
}
