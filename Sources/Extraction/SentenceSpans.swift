import HearsayModel

/// A paragraph's sentences, in text order, read as ``TextSpan`` values and held in 8 bytes each
/// (start and end in 32 bits) rather than a span's 16.
///
/// An article of 10 MB of two-word sentences ("A b. A b. …") holds two million of them: 17 MB
/// this way, 34 MB as an array of spans (issue 13: memory).
///
/// ```swift
/// var sentences = SentenceSpans()
/// sentences.append(TextSpan(start: 0, end: 12))
/// let first = sentences[0]  // TextSpan(start: 0, end: 12)
/// ```
public struct SentenceSpans: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    public typealias Index = Int
    public typealias Element = TextSpan
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<SentenceSpans>

    // Start and end of each sentence, side by side.
    private var bounds: [UInt32] = []

    /// No sentences.
    public init() {}

    /// The sentences `spans`, in text order.
    public init(_ spans: [TextSpan]) {
        bounds.reserveCapacity(spans.count * 2)
        for span in spans { append(span) }
    }

    /// The sentences `elements`, in text order.
    public init(arrayLiteral elements: TextSpan...) { self.init(elements) }

    @inlinable public var startIndex: Int { 0 }
    /// The number of sentences.
    public var endIndex: Int { bounds.count / 2 }

    /// The sentence at `i`.
    public subscript(i: Int) -> TextSpan {
        TextSpan(start: Int(bounds[2 * i]), end: Int(bounds[2 * i + 1]))
    }

    /// Appends `span`, which must start at or after the last sentence's end and lie below 2^32.
    public mutating func append(_ span: TextSpan) {
        precondition(span.start >= 0 && span.end >= span.start && span.end <= Int(UInt32.max), "sentence \(span)")
        bounds.append(UInt32(truncatingIfNeeded: span.start))
        bounds.append(UInt32(truncatingIfNeeded: span.end))
    }

    /// Reserves room for `n` sentences.
    public mutating func reserveCapacity(_ n: Int) { bounds.reserveCapacity(2 * n) }
}
