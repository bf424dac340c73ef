import CZlib

/// Compresses bytes into one gzip member, as `gzip` does; members written one after another make a
/// valid gzip file (a WARC.gz holds one member per record).
public enum GzipWriter {
    /// Why zlib refused.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// zlib's return code.
        public var code: Int32
        /// "zlib error N".
        public var description: String { "zlib error \(code)" }
    }

    /// `bytes` as one gzip member (`level` 1 fastest to 9 smallest).
    public static func member(_ bytes: [UInt8], level: Int32 = 6) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 16 + 15: a gzip header and trailer with the largest window; 8: zlib's default memory level.
        var code = deflateInit2_(
            &stream, level, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)
        )
        guard code == Z_OK else { throw Failure(code: code) }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(bytes.count))) + 64
        var out = [UInt8](repeating: 0, count: bound)
        var produced = 0
        bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = UInt32(output.count)
                code = deflate(&stream, Z_FINISH)
                produced = output.count - Int(stream.avail_out)
            }
        }
        guard code == Z_STREAM_END else { throw Failure(code: code) }
        out.removeLast(out.count - produced)
        return out
    }
}
