import Dispatch
import Foundation
import Glibc
import HearsayStore
import Hummingbird

/// A download of every matching quote or claim, written by the store's export code on a thread
/// of its own into a pipe, and sent from the pipe as it fills: memory stays flat and nothing
/// caps the number of rows. A reader that goes away closes the pipe, which stops the export.
enum ExportStream {
    static let chunkSize = 1 << 16

    static func response(
        databasePath: String, claims: Bool, query: SearchQuery, format: ExportFormat
    ) -> Response {
        let name = (claims ? "claims" : "quotes") + "." + format.rawValue
        let type = format == .csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8"
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else { throw HTTPError(.internalServerError, message: "cannot open a pipe") }
                let reading = ends[0]
                let writing = ends[1]
                Thread.detachNewThread {
                    let handle = FileHandle(fileDescriptor: writing, closeOnDealloc: true)
                    do {
                        let store = try Store(path: databasePath, readOnly: true)
                        let output = OutputBuffer(handle: handle, closeWhenDone: false)
                        try store.export(claims: claims, matching: query, format: format, to: output)
                    } catch {
                        // The reader left (the pipe is closed) or the database failed: the
                        // download ends where it is.
                    }
                }
                defer { close(reading) }
                while let chunk = try await nextChunk(reading) {
                    try await writer.write(ByteBuffer(bytes: chunk))
                }
                try await writer.finish(nil)
            })
    }

    /// The next bytes from `descriptor`, nil at its end; the blocking read runs off the event loop.
    private static func nextChunk(_ descriptor: Int32) async throws -> [UInt8]? {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                var buffer = [UInt8](repeating: 0, count: chunkSize)
                while true {
                    let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, chunkSize) }
                    if count > 0 {
                        continuation.resume(returning: Array(buffer.prefix(count)))
                    } else if count == 0 {
                        continuation.resume(returning: nil)
                    } else if errno == EINTR {
                        continue
                    } else {
                        continuation.resume(throwing: HTTPError(.internalServerError, message: "export failed"))
                    }
                    return
                }
            }
        }
    }
}
