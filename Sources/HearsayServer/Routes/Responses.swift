import Foundation
import HearsayStore
import Hummingbird

/// Building responses: HTML pages, JSON, redirects, and errors turned into either.
enum Responses {
    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.rendered)))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The export's column names: speaker_id, first_seen, quote_count.
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    /// The status and message an error stands for: a request's own fault is a 4xx that says why.
    static func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
        if let error = error as? HTTPError { return (error.status, error.body ?? error.status.reasonPhrase) }
        if let error = error as? StoreError {
            switch error.code {
            case .notFound: return (.notFound, error.message)
            case .ambiguousName, .badSearch: return (.badRequest, error.message)
            case .locked: return (.serviceUnavailable, "the database is busy; try again")
            default: return (.internalServerError, error.message)
            }
        }
        return (.internalServerError, "something went wrong")
    }

    /// A JSON error body.
    struct Failure: Encodable {
        var error: String
        var status: Int
    }
}
