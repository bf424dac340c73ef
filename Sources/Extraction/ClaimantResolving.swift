/// What the claim finder needs from the registry of an article's speakers.
///
/// The quotes stage's speaker registry conforms to this, so that a claim's claimant and a
/// quote's speaker index the same ``ArticleExtraction/speakers``.
public protocol ClaimantResolving {
    /// The speaker that `mention` (a name, surname, pronoun, role, organisation or group phrase at
    /// scalar offset `offset`) refers to, registering a new speaker when the mention names
    /// someone not met yet; nil when the mention says nothing usable.
    mutating func claimant(_ mention: TextSpan, in document: Document, at offset: Int) -> Int?

    /// The already registered speaker `mention` names, if any; registers nothing.
    func knownSpeaker(_ mention: TextSpan, in document: Document) -> Int?

    /// The speakers registered so far, in index order.
    var registeredSpeakers: [Speaker] { get }
}
