import HearsayModel
import HearsayText

/// What the claim finder needs from the registry of an article's speakers.
///
/// The quotes stage's speaker registry conforms to this, so that a claim's claimant and a
/// quote's speaker index the same ``ArticleExtraction/speakers``.
public protocol ClaimantResolving {
    /// The speaker that `mention` (a name, surname, pronoun, role, organisation or group phrase at
    /// scalar offset `offset`) refers to, registering a new speaker when the mention names
    /// someone not met yet; nil when the mention says nothing usable.
    mutating func claimant(_ mention: TextSpan, in document: Document, at offset: Int) -> Int?

    /// The entity a name in a claim's text refers to, registering it when new, without making it
    /// the likeliest referent of the next pronoun (it was mentioned, not cited).
    mutating func mentioned(_ mention: TextSpan, in document: Document, at offset: Int) -> Int?

    /// The already registered speaker `mention` names, if any; registers nothing.
    func knownSpeaker(_ mention: TextSpan, in document: Document) -> Int?

    /// The speakers registered so far, in index order.
    var registeredSpeakers: [Speaker] { get }
}

extension SpeakerBook: ClaimantResolving {
    /// Resolves a claimant phrase through the same rules as a quote's speaker, and marks the
    /// speaker as just cited so that a following "he" or "they" finds them.
    ///
    /// Who is speaking is who was cited last *before* the claim, by a quote or an earlier claim:
    /// the quotes stage has read the whole article by now, and its last speaker may come after.
    public mutating func claimant(_ mention: TextSpan, in document: Document, at offset: Int) -> Int? {
        lastPerson = citations.lastPerson(before: offset)
        lastCollective = citations.lastCollective(before: offset)
        let i = resolve(mention, in: document, at: offset)
        if let i { noteCited(i, at: offset) }
        return i
    }

    /// Resolves a name mentioned in a claim, registering it when new, without noting it as cited.
    public mutating func mentioned(_ mention: TextSpan, in document: Document, at offset: Int) -> Int? {
        resolve(mention, in: document, at: offset)
    }

    /// The speaker already in the book whose name, alias or surname `mention` is.
    public func knownSpeaker(_ mention: TextSpan, in document: Document) -> Int? {
        let key = ClaimNames.key(document.text(mention))
        guard !key.isEmpty else { return nil }
        for (i, s) in speakers.enumerated() {
            let names = [s.name] + s.aliases
            for n in names {
                let k = ClaimNames.key(n)
                if k == key || (s.kind == .person && ClaimNames.isSurnameForm(key, of: k)) { return i }
            }
        }
        return nil
    }

    /// The speakers registered so far.
    public var registeredSpeakers: [Speaker] { speakers }
}

extension ClaimFinder {
    /// The pipeline's call site: the claims of an article, resolving claimants through the
    /// speaker book the quotes used, so `Claim.claimant` and `Quote.speaker` share `speakers`.
    public static func find(
        document: Document, paragraphs: Paragraphs, quotes: [Quote], book: inout SpeakerBook,
        context: ArticleContext
    ) -> [Claim] {
        find(in: document, paragraphs: paragraphs, speakers: &book, context: context, quotes: quotes.map(\.span))
    }
}
