import HearsayModel
import HearsayText

/// Runs the extraction stages in order on one article:
/// `Document → Segmenter → SpeakerBook → quotes → attribution → claims → speakers`.
///
/// Each stage after segmentation is a protocol the pipeline is given, ours by default, so one can
/// be swapped (a learned attributor in place of the layout rules) without touching the others.
///
/// ```swift
/// let result = Pipeline().extract(text: article, context: ArticleContext(date: "2020-01-07"))
/// let other = Pipeline(attribution: MyAttributor())
/// ```
public struct Pipeline: Sendable {
    /// Finds the spans between quote marks.
    public var quotes: any QuoteFinding
    /// Gives each quote span its speaker.
    public var attribution: any QuoteAttributing
    /// Finds the claims and their claimants.
    public var claims: any ClaimFinding
    /// Completes the speakers with roles, organisations and aliases.
    public var speakers: any SpeakerEnriching

    /// Creates a pipeline from its stages, ours where none is given.
    public init(
        quotes: any QuoteFinding = QuoteFinder.Stage(), attribution: any QuoteAttributing = Attribution.Stage(),
        claims: any ClaimFinding = ClaimFinder.Stage(), speakers: any SpeakerEnriching = SpeakerEnricher.Stage()
    ) {
        self.quotes = quotes
        self.attribution = attribution
        self.claims = claims
        self.speakers = speakers
    }

    /// Extracts speakers, quotes and claims from an article's text.
    public func extract(text: String, context: ArticleContext = ArticleContext()) -> ArticleExtraction {
        run(Document(text: text), context) { _ in }
    }

    /// Extracts as ``extract(text:context:)`` does, from the article's text already read into a
    /// document: a caller that lets the text go meanwhile and takes it back from the document
    /// (``Document/text(_:)`` of the whole) holds a long article once, not twice (issue 13: memory).
    public func extract(document: Document, context: ArticleContext = ArticleContext()) -> ArticleExtraction {
        run(document, context) { _ in }
    }

    /// Extracts as ``extract(text:context:)`` does, checking `budget` after each stage and
    /// throwing ``ExtractionOverBudget`` once it is spent (the article is then not extracted).
    public func extract(
        text: String, context: ArticleContext = ArticleContext(), budget: ExtractionBudget
    ) throws -> ArticleExtraction {
        let document = Document(text: text)
        try budget.check(after: "tokenizing")
        return try extract(document: document, context: context, budget: budget)
    }

    /// Extracts as ``extract(document:context:)`` does, within `budget` as
    /// ``extract(text:context:budget:)`` does (reading the text into the document was the caller's,
    /// counted in the budget when the budget was made before it).
    public func extract(
        document: Document, context: ArticleContext = ArticleContext(), budget: ExtractionBudget
    ) throws -> ArticleExtraction {
        // Bound for the stages too, which stop early once it is spent (see BudgetPoll).
        try ExtractionBudget.$current.withValue(budget) {
            try run(document, context) { stage in try budget.check(after: stage) }
        }
    }

    /// The stages in order, `checkpoint` called after each with the stage's name.
    private func run(
        _ document: Document, _ context: ArticleContext, checkpoint: (String) throws -> Void
    ) rethrows -> ArticleExtraction {
        let paragraphs = Segmenter.segment(document, title: context.title)
        try checkpoint("paragraph")
        // The speaker book (with its index of every name) and the quote spans end with this
        // scope, before enriching builds indexes of its own: for a long article each is tens of
        // megabytes (issue 13: memory).
        var result: ArticleExtraction
        do {
            var book = SpeakerBook(document: document, paragraphs: paragraphs)
            try checkpoint("speaker")
            let spans = quotes.quoteSpans(in: document, paragraphs: paragraphs)
            try checkpoint("quote")
            let found = attribution.attribute(spans, in: document, paragraphs: paragraphs, book: &book)
            try checkpoint("attribution")
            // The same document, paragraphs and speaker book as the quotes, so that Claim.claimant
            // and Quote.speaker index one `speakers` list.
            let claimed = claims.claims(
                in: document, paragraphs: paragraphs, quotes: found, book: &book, context: context)
            try checkpoint("claim")
            result = ArticleExtraction(speakers: book.speakers, quotes: found, claims: claimed)
        }
        // Last, on the finished speaker list: enriching never adds a speaker, and renumbers quotes
        // and claims when it removes one that names nobody.
        speakers.enrich(&result, document: document)
        // No check after the last stage: an extraction that finished is kept.
        return result
    }
}
