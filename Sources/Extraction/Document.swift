/// An article's text as the stages read it: an array of Unicode scalars, so that an index is
/// an offset in scalars, plus a folded copy of the same length in which look-alike characters
/// (curly apostrophes, thin and non-breaking spaces, dashes) are made plain.
public struct Document: Sendable {
    /// The scalars of the article text, unchanged.
    public let scalars: [Unicode.Scalar]
    /// The same scalars after ``Normalizer/fold(_:)``: same count, same offsets.
    public let folded: [Unicode.Scalar]

    /// Reads `text` into scalars and folds it.
    public init(text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.folded = Normalizer.fold(scalars)
    }

    /// The number of scalars in the text.
    public var count: Int { scalars.count }

    /// The original text of `span`.
    public func text(_ span: TextSpan) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[max(0, span.start)..<min(count, span.end)])
        return String(out)
    }
}
