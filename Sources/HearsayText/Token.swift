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

    /// The first scalar offset.
    public var start: Int
    /// One past the last scalar offset.
    public var end: Int
    /// ``Normalizer/key(_:)`` of the folded, lower-cased token.
    public var key: UInt64
    /// Word, number or punctuation.
    public var kind: Kind
    /// True when the first scalar is an upper-case letter.
    public var capitalized: Bool
    /// True when the token has at least two letters and all are upper-case ("PMF", "U.S").
    public var allCaps: Bool
    /// The single scalar of a punctuation token (the folded form), else a space.
    public var mark: Unicode.Scalar

    /// The span of the token.
    @inlinable public var span: TextSpan { TextSpan(start: start, end: end) }
    /// True for a word token.
    @inlinable public var isWord: Bool { kind == .word }
}
