/// A half-open range of Unicode-scalar offsets into an article's text.
///
/// Offsets count `Unicode.Scalar`s, not bytes or `Character`s, so they match what the
/// scorer and other tools (Python `str` indices) expect.
public struct TextSpan: Sendable, Hashable, Codable {
    /// The first scalar of the span.
    public var start: Int
    /// One past the last scalar of the span.
    public var end: Int

    /// Creates a span from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of scalars in the span.
    public var length: Int { end - start }
}

/// What kind of thing a speaker or claimant is.
public enum SpeakerKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A named human being.
    case person
    /// A named institution: a ministry, a company, a newspaper, a militia.
    case organisation
    /// A collective without a name of its own: protesters, officials, militia leaders.
    case group
    /// An anonymous or vague source ("a senior official").
    case unknown
}

/// A speaker as one article knows it: the fullest name the article uses, and what it says of them.
public struct Speaker: Sendable, Hashable, Codable {
    /// The fullest form of the name used in the article ("Adel Abdul Mahdi"), or the
    /// description for a group or anonymous source ("Iraqi militia leaders").
    public var name: String
    /// Person, organisation, group or unknown.
    public var kind: SpeakerKind
    /// Other names the article uses for the same speaker: surnames, spellings, declared aliases.
    public var aliases: [String]
    /// Roles the article gives the speaker ("Iraqi President", "director of the Iraq Initiative").
    public var roles: [String]
    /// Organisations the article ties the speaker to ("Chatham House").
    public var organisations: [String]

    /// Creates a speaker.
    public init(
        name: String, kind: SpeakerKind, aliases: [String] = [], roles: [String] = [], organisations: [String] = []
    ) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.organisations = organisations
    }
}

/// How a quotation sits in the text.
public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A whole sentence or more inside quote marks.
    case direct
    /// A fragment inside quote marks within the writer's own sentence.
    case partial
    /// Reported speech with no quote marks ("X said that ...").
    case reported
}

/// One attributed quotation found in an article.
public struct Quote: Sendable, Hashable, Codable {
    /// The words inside the quote marks, exactly as in the article text.
    public var text: String
    /// Where `text` lies in the article text.
    public var span: TextSpan
    /// Direct, partial or reported.
    public var kind: QuoteKind
    /// Index into ``ArticleExtraction/speakers``, or nil when the article does not say who.
    public var speaker: Int?
    /// The reporting expression that ties the quote to its speaker ("said", "told reporters").
    public var cue: String?
    /// Zero-based index of the paragraph the quote starts in.
    public var paragraph: Int
    /// How sure the attribution is, from 0 to 1.
    public var confidence: Double

    /// Creates a quote.
    public init(
        text: String, span: TextSpan, kind: QuoteKind, speaker: Int?, cue: String?, paragraph: Int,
        confidence: Double
    ) {
        self.text = text
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.paragraph = paragraph
        self.confidence = confidence
    }
}

/// Whether a claim is reported from someone or stated in the article's own voice.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Attributed to a claimant ("X said that ...", "according to X").
    case reported
    /// Stated by the article itself.
    case stated
}

/// A number found in a claim, normalised ("at least 24 people killed").
public struct Figure: Sendable, Hashable, Codable {
    /// The value (24).
    public var value: Double
    /// A qualifier such as "at least", "more than", "about", or nil.
    public var qualifier: String?
    /// What is counted ("people", "militia members"), or nil.
    public var unit: String?
    /// The event the figure measures ("killed", "injured"), or nil.
    public var event: String?
    /// The words the figure was read from.
    public var text: String

    /// Creates a figure.
    public init(value: Double, qualifier: String?, unit: String?, event: String?, text: String) {
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.event = event
        self.text = text
    }
}

/// A date expression in a claim, resolved against the article's date.
public struct ResolvedDate: Sendable, Hashable, Codable {
    /// The words as written ("on Sunday", "earlier this month", "in 2011").
    public var text: String
    /// The earliest day meant, `YYYY-MM-DD`, or nil when it cannot be resolved.
    public var from: String?
    /// The last day meant, `YYYY-MM-DD` (equal to `from` for a single day).
    public var to: String?

    /// Creates a resolved date.
    public init(text: String, from: String?, to: String?) {
        self.text = text
        self.from = from
        self.to = to
    }
}

/// One checkable statement of fact found in an article.
public struct Claim: Sendable, Hashable, Codable {
    /// The clause that states the claim, exactly as in the article text.
    public var text: String
    /// Where `text` lies in the article text.
    public var span: TextSpan
    /// Reported from a claimant or stated by the article.
    public var kind: ClaimKind
    /// Index into ``ArticleExtraction/speakers``, or nil for the article's own voice.
    public var claimant: Int?
    /// The reporting expression ("said", "according to"), or nil.
    public var cue: String?
    /// Hedging words found in the claim ("reportedly", "at least").
    public var hedges: [String]
    /// Figures in the claim.
    public var figures: [Figure]
    /// Dates in the claim, resolved against the article date.
    public var dates: [ResolvedDate]
    /// Indices into ``ArticleExtraction/speakers`` of the entities the claim mentions.
    public var mentions: [Int]
    /// Zero-based index of the paragraph the claim is in.
    public var paragraph: Int
    /// How sure the extraction is, from 0 to 1.
    public var confidence: Double

    /// Creates a claim.
    public init(
        text: String, span: TextSpan, kind: ClaimKind, claimant: Int?, cue: String?, hedges: [String] = [],
        figures: [Figure] = [], dates: [ResolvedDate] = [], mentions: [Int] = [], paragraph: Int,
        confidence: Double
    ) {
        self.text = text
        self.span = span
        self.kind = kind
        self.claimant = claimant
        self.cue = cue
        self.hedges = hedges
        self.figures = figures
        self.dates = dates
        self.mentions = mentions
        self.paragraph = paragraph
        self.confidence = confidence
    }
}

/// What the pipeline needs to know about an article besides its text.
public struct ArticleContext: Sendable, Hashable {
    /// The article's publication date, `YYYY-MM-DD`, used to resolve "on Sunday".
    public var date: String?
    /// The article's title, if known (a headline line is not a claim).
    public var title: String?

    /// Creates a context.
    public init(date: String? = nil, title: String? = nil) {
        self.date = date
        self.title = title
    }
}

/// Everything the pipeline found in one article.
public struct ArticleExtraction: Sendable, Hashable {
    /// The speakers and other entities the article names; quotes and claims point into this list.
    public var speakers: [Speaker]
    /// Quotations in text order, one per span between quote marks (repeats removed).
    public var quotes: [Quote]
    /// Claims in text order.
    public var claims: [Claim]

    /// Creates an extraction result.
    public init(speakers: [Speaker] = [], quotes: [Quote] = [], claims: [Claim] = []) {
        self.speakers = speakers
        self.quotes = quotes
        self.claims = claims
    }
}
