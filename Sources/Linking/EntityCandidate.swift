import Extraction
import HearsayModel

/// A speaker from one newly imported article, to be linked to an entity in the database.
public struct EntityCandidate: Sendable, Hashable {
    /// The speaker as the article knows it.
    public var speaker: Speaker
    /// The key the article was imported under.
    public var article: String
    /// The article's date, `YYYY-MM-DD`, if known.
    public var date: String?

    /// Creates a candidate.
    public init(speaker: Speaker, article: String, date: String?) {
        self.speaker = speaker
        self.article = article
        self.date = date
    }
}
