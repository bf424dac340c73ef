/// Finds checkable claims: reported speech ("X said (that) …", "according to X", "…, X said.")
/// and statements of fact in the article's own voice.
///
/// Placeholder holding the call site's signature; the claims stage replaces this file.
/// Use ``Cues/find(in:span:)`` for reporting cues, ``SpeakerPhrase/find(for:in:clause:inverted:)``
/// for the claimant's phrase and ``SpeakerBook/resolve(_:in:at:)`` to turn it into a speaker index.
public enum ClaimFinder {
    /// The claims of an article, given its paragraphs, the quotes already found and the speaker book.
    public static func find(
        document: Document, paragraphs: [Paragraph], quotes: [Quote], book: inout SpeakerBook,
        context: ArticleContext
    ) -> [Claim] {
        []
    }
}
