import CZlib

/// Inflates a gzip stream (several members one after another, as WARC.gz files are) from a byte
/// source, a chunk at a time, so memory stays flat whatever the size.
///
/// A corrupt or truncated stream ends the output early and leaves the reason in ``failure``: what
/// came out before it is whole, and the caller decides what a cut-off last piece means.
final class GzipStream {
    private let source: ByteSource
    private var stream = z_stream()
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity = 64 * 1024
    private var scratch: [UInt8] = []
    private var inMember = false
    private var finished = false
    private var ready = false
    /// Compressed bytes read so far.
    private(set) var compressedBytes = 0
    /// Why the stream ended early, if it did.
    private(set) var failure: String?

    /// A stream over `source`'s bytes.
    init(source: ByteSource) {
        self.source = source
        input = UnsafeMutablePointer<UInt8>.allocate(capacity: inputCapacity)
        // 16 + 15: a gzip header and the largest window.
        ready = hearsay_inflate_init(&stream, 16 + 15) == Z_OK
        if !ready {
            failure = "cannot start zlib"
            finished = true
        }
    }

    deinit {
        if ready { inflateEnd(&stream) }
        input.deallocate()
    }

    /// A byte source reading the inflated bytes.
    func byteSource() -> ByteSource {
        ByteSource(pull: { [self] buffer, count throws(OSFailure) in try self.read(into: &buffer, upTo: count) })
    }

    /// Appends up to `count` inflated bytes to `buffer`; 0 at the end (or at a failure).
    func read(into buffer: inout [UInt8], upTo count: Int) throws(OSFailure) -> Int {
        guard !finished, count > 0 else { return 0 }
        var produced = 0
        var outcome: Int32 = Z_OK
        while produced == 0 && !finished {
            if stream.avail_in == 0 {
                scratch.removeAll(keepingCapacity: true)
                let got = try source.read(into: &scratch, upTo: inputCapacity)
                if got == 0 {
                    if inMember {
                        failure = "truncated gzip (the data ends inside a compressed member)"
                    }
                    finished = true
                    break
                }
                compressedBytes += got
                scratch.withUnsafeBufferPointer { chunk in
                    if let base = chunk.baseAddress { input.update(from: base, count: got) }
                }
                stream.next_in = input
                stream.avail_in = UInt32(got)
            }
            inMember = true
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { out in
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(count)
                outcome = inflate(&stream, Z_NO_FLUSH)
                produced = count - Int(stream.avail_out)
                if produced > 0 { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: out[0..<produced])) }
            }
            switch outcome {
            case Z_STREAM_END:
                inMember = false
                inflateReset(&stream)
            case Z_OK, Z_BUF_ERROR:
                continue
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(outcome)"
                failure = "corrupt gzip after \(compressedBytes) compressed bytes (\(message))"
                finished = true
            }
        }
        return produced
    }
}
