import HearsayModel

/// One word or punctuation mark of a ``Document``.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner apostrophes, hyphens or initialism dots ("it's", "al-Sadr", "U.S").
        case word
        /// Digits, possibly with inner separators ("5,000", "2.5").
        case number
        /// One punctuation scalar.
        case punct
    }

    // Stored in this order, offsets in 32 bits, so a token takes 24 bytes rather than 32: a
    // document holds one per word and per mark, millions for a 10 MB article (issue 13).
    /// ``Normalizer/key(_:)`` of the folded, lower-cased token.
    public var key: UInt64
    @usableFromInline var start32: Int32
    @usableFromInline var end32: Int32
    /// The single scalar of a punctuation token (the folded form), else a space.
    public var mark: Unicode.Scalar
    /// Word, number or punctuation.
    public var kind: Kind
    /// True when the first scalar is an upper-case letter.
    public var capitalized: Bool
    /// True when the token has at least two letters and all are upper-case ("PMF", "U.S").
    public var allCaps: Bool

    /// Creates a token; offsets must fit in 32 bits (a text of up to 2 GB of scalars).
    @inlinable
    init(
        start: Int, end: Int, key: UInt64, kind: Kind, capitalized: Bool, allCaps: Bool, mark: Unicode.Scalar
    ) {
        self.key = key
        self.start32 = Int32(start)
        self.end32 = Int32(end)
        self.mark = mark
        self.kind = kind
        self.capitalized = capitalized
        self.allCaps = allCaps
    }

    /// The first scalar offset.
    @inlinable public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    /// One past the last scalar offset.
    @inlinable public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(newValue) }
    }

    /// The span of the token.
    @inlinable public var span: TextSpan { TextSpan(start: start, end: end) }
    /// True for a word token.
    @inlinable public var isWord: Bool { kind == .word }
}
