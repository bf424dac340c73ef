/// The scalars of an article as written, kept as what folding changed: the folded text
/// (``Document/folded``) plus the original of each scalar folding changed (a tab, a curly
/// apostrophe, a look-alike space or dash), found by rank.
///
/// A 10 MB article thus holds one array of scalars, 42 MB, not two (issue 13: memory); reading
/// a scalar that folding left alone costs one comparison more than an array would.
public struct OriginalScalars: RandomAccessCollection, Sendable {
    public typealias Index = Int
    public typealias Element = Unicode.Scalar
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<OriginalScalars>

    /// The folded text.
    @usableFromInline let folded: [Unicode.Scalar]
    /// The positions folding changed.
    @usableFromInline let changed: RankedBits
    /// The original scalar of each changed position, in text order.
    @usableFromInline let originals: [Unicode.Scalar]

    /// The scalars `folded` was folded from, given the positions folding changed and their originals.
    init(folded: [Unicode.Scalar], changed: RankedBits, originals: [Unicode.Scalar]) {
        self.folded = folded
        self.changed = changed
        self.originals = originals
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { folded.count }

    /// True when folding changed nothing.
    @inlinable public var isFolded: Bool { originals.isEmpty }

    /// The scalar at `i` as written.
    @inlinable @inline(__always)
    public subscript(i: Int) -> Unicode.Scalar {
        let c = folded[i]
        // Folding only ever gives a space, an apostrophe or a hyphen.
        guard !originals.isEmpty, c == " " || c == "'" || c == "-", changed.contains(i) else { return c }
        return originals[changed.rank(i)]
    }

    /// The text of scalars `range` as written.
    public func string(_ range: Range<Int>) -> String {
        if originals.isEmpty || changed.count(in: range) == 0 { return ScalarString.make(folded, range) }
        // Read in place, not copied out first: the whole text of a long article is asked for.
        return ScalarString.make(range) { self[$0] }
    }
}
