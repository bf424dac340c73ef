/// The HTTP response in a WARC `response` record: status, headers and the body as the page's bytes
/// (chunked transfer and gzip content encoding undone).
struct HTTPResponse {
    /// The status code (200, 301 …).
    var status: Int
    /// Header fields with lower-case names; the first of repeated fields.
    var headers: [String: String]
    /// The body.
    var body: [UInt8]

    /// Why a response's body cannot be had.
    struct Failure: Error {
        var reason: String
    }

    /// The media type without parameters, lower case (`text/html`).
    var mediaType: String {
        let value = headers["content-type"] ?? ""
        return HTMLTree.lowercased(Whitespace.trim(String(value.prefix { $0 != ";" })))
    }

    /// The `charset` parameter of `Content-Type`, if any.
    var charset: String? {
        guard let value = headers["content-type"] else { return nil }
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            if pair.count == 2, HTMLTree.lowercased(Whitespace.trim(String(pair[0]))) == "charset" {
                return Whitespace.trim(String(pair[1]))
            }
        }
        return nil
    }

    /// Whether the body is a web page (by the declared type, or by its start when none is declared).
    var isHTML: Bool {
        switch mediaType {
        case "text/html", "application/xhtml+xml": return true
        case "": return InputSniffer.kind(of: body) == .html
        default: return false
        }
    }

    /// Parses `block`; nil when it is not an HTTP response.
    static func parse(_ block: [UInt8]) -> Result<HTTPResponse, Failure>? {
        guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
        var lines: [ArraySlice<UInt8>] = []
        var i = 0
        var bodyStart: Int?
        while i < block.count && i < 256 * 1024 {
            guard let newline = block[i...].firstIndex(of: 0x0A) else { break }
            var end = newline
            if end > i && block[end - 1] == 0x0D { end -= 1 }
            if end == i {
                bodyStart = newline + 1
                break
            }
            lines.append(block[i..<end])
            i = newline + 1
        }
        guard let bodyStart, let statusLine = lines.first else {
            return .failure(Failure(reason: "HTTP headers do not end"))
        }
        let statusParts = statusLine.split(separator: 0x20)
        guard statusParts.count >= 2, let status = Int(String(decoding: statusParts[1], as: UTF8.self)) else {
            return .failure(Failure(reason: "no HTTP status"))
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = HTMLTree.lowercased(String(decoding: line[line.startIndex..<colon], as: UTF8.self))
            if headers[name] == nil {
                headers[name] = Whitespace.trim(String(decoding: line[(colon + 1)...], as: UTF8.self))
            }
        }
        var body = Array(block[bodyStart...])
        if HTMLTree.lowercased(headers["transfer-encoding"] ?? "").contains("chunked") {
            guard let joined = dechunk(body) else { return .failure(Failure(reason: "broken chunked encoding")) }
            body = joined
        }
        switch HTMLTree.lowercased(headers["content-encoding"] ?? "") {
        case "", "identity": break
        case "gzip", "x-gzip":
            let stream = GzipStream(source: ByteSource(bytes: body))
            var inflated: [UInt8] = []
            do {
                while try stream.read(into: &inflated, upTo: 256 * 1024) > 0 {}
            } catch {
                return .failure(Failure(reason: "cannot inflate the body"))
            }
            if let failure = stream.failure { return .failure(Failure(reason: "body: \(failure)")) }
            body = inflated
        case let other:
            return .failure(Failure(reason: "body in content encoding \"\(other)\", which is not read"))
        }
        return .success(HTTPResponse(status: status, headers: headers, body: body))
    }

    private static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            guard let newline = bytes[i...].firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: bytes[i..<newline], as: UTF8.self)
            let hex = Whitespace.trim(String(sizeText.prefix { $0 != ";" }))
            guard let size = Int(hex, radix: 16), size >= 0 else { return nil }
            i = newline + 1
            if size == 0 { return out }
            guard i + size <= bytes.count else { return nil }
            out.append(contentsOf: bytes[i..<(i + size)])
            i += size
            while i < bytes.count && (bytes[i] == 0x0D || bytes[i] == 0x0A) {
                i += 1
                if bytes[i - 1] == 0x0A { break }
            }
        }
        return out
    }
}
