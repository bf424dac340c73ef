import Synchronization

/// Counts the bytes an ``ArticleReader`` takes from its files and standard input, as stored on
/// disk (compressed bytes for gzip), so progress can be told against the inputs' sizes when the
/// number of articles is not known ahead (``InputSize``).
public final class ReadMeter: Sendable {
    private let bytes = Atomic<Int>(0)

    /// A meter at zero.
    public init() {}

    /// The bytes read so far.
    public var count: Int { bytes.load(ordering: .relaxed) }

    /// Adds `count` bytes read.
    func add(_ count: Int) {
        bytes.add(count, ordering: .relaxed)
    }
}
