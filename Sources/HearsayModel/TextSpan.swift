/// A half-open range of Unicode-scalar offsets into an article's text.
///
/// Offsets count `Unicode.Scalar`s, not bytes or `Character`s, so they match what the
/// scorer and other tools (Python `str` indices) expect.
public struct TextSpan: Sendable, Hashable, Codable {
    /// The first scalar of the span.
    public var start: Int
    /// One past the last scalar of the span.
    public var end: Int

    /// Creates a span from `start` up to, not including, `end`.
    @inlinable public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of scalars in the span.
    @inlinable public var length: Int { end - start }
}
