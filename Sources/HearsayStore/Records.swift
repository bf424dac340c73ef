import Extraction
import HearsayModel

/// One quote with its article and speaker, as queries and exports return it.
public struct QuoteRecord: Sendable, Hashable {
    /// The quote's database id.
    public var id: Int64
    /// The article's key.
    public var article: String
    /// The article's title.
    public var title: String?
    /// The outlet.
    public var source: String?
    /// The article's date, `YYYY-MM-DD`.
    public var date: String?
    /// The article's address.
    public var url: String?
    /// The speaker's canonical name, nil when the article does not say who.
    public var speaker: String?
    /// The speaker's entity id.
    public var speakerID: Int64?
    /// Person, organisation, group, unknown or place.
    public var speakerType: SpeakerKind?
    /// The role the article gives the speaker.
    public var speakerRole: String?
    /// The words inside the quote marks.
    public var text: String
    /// Direct, partial or reported.
    public var kind: QuoteKind
    /// The reporting expression.
    public var cue: String?
    /// Unicode-scalar offsets into the stored article text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// Zero-based paragraph.
    public var paragraph: Int
    /// Attribution confidence, 0 to 1.
    public var confidence: Double
}

/// One claim with its article and claimant.
public struct ClaimRecord: Sendable, Hashable {
    /// The claim's database id.
    public var id: Int64
    /// The article's key.
    public var article: String
    /// The article's title.
    public var title: String?
    /// The outlet.
    public var source: String?
    /// The article's date.
    public var date: String?
    /// The article's address.
    public var url: String?
    /// Who the article reports the claim from; nil for the article's own voice.
    public var claimant: String?
    /// The claimant's entity id.
    public var claimantID: Int64?
    /// Person, organisation, group, unknown or place.
    public var claimantType: SpeakerKind?
    /// The clause stating the claim.
    public var text: String
    /// Reported or stated.
    public var kind: ClaimKind
    /// The reporting expression.
    public var cue: String?
    /// Unicode-scalar offsets into the stored article text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// Zero-based paragraph.
    public var paragraph: Int
    /// Extraction confidence, 0 to 1.
    public var confidence: Double
}

/// A speaker as the people list shows it.
public struct PersonSummary: Sendable, Hashable {
    /// Entity id.
    public var id: Int64
    /// Canonical name.
    public var name: String
    /// Person, organisation, group, unknown or place.
    public var kind: SpeakerKind
    /// Other names, sorted.
    public var aliases: [String]
    /// Quotes attributed to the entity.
    public var quotes: Int
    /// Claims attributed to the entity.
    public var claims: Int
}

/// Everything known about one speaker.
public struct PersonDetail: Sendable, Hashable {
    /// The summary line: name, kind, aliases, counts.
    public var summary: PersonSummary
    /// Roles given in articles.
    public var roles: [String]
    /// Organisations the entity is tied to.
    public var organisations: [String]
    /// Date of the earliest quoted article.
    public var firstQuoted: String?
    /// Date of the latest quoted article.
    public var lastQuoted: String?
    /// The quotes, oldest article first.
    public var quotes: [QuoteRecord]
}

/// Quotes matching a phrase, from one speaker.
public struct WhoGroup: Sendable, Hashable {
    /// Canonical name, nil for quotes without a known speaker.
    public var speaker: String?
    /// Entity id.
    public var speakerID: Int64?
    /// Person, organisation, group, unknown or place.
    public var speakerType: SpeakerKind?
    /// The matching quotes.
    public var quotes: [QuoteRecord]
}

/// An article's text with its quotes located, for reading attributions in context.
public struct ArticleView: Sendable, Hashable {
    /// One quote's place in the text.
    public struct Mark: Sendable, Hashable {
        /// Unicode-scalar offset of the first quoted scalar.
        public var start: Int
        /// One past the last.
        public var end: Int
        /// The speaker's name, nil when unknown.
        public var speaker: String?
        /// Direct, partial or reported.
        public var kind: QuoteKind
        /// How sure the attribution is, 0 to 1.
        public var confidence: Double = 0
    }

    /// The key.
    public var key: String
    /// Title, outlet, date, URL, author.
    public var title: String?
    /// The outlet.
    public var source: String?
    /// The date.
    public var date: String?
    /// The address.
    public var url: String?
    /// The byline.
    public var author: String?
    /// The stored text.
    public var text: String
    /// Quotes in text order.
    public var marks: [Mark]
}
