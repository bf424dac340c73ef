import HearsayStore

/// A quote as the JSON API gives it: the export's fields, under the same names.
struct QuoteItem: Codable, Sendable, Hashable {
    var id: Int64
    var article: String
    var title: String?
    var source: String?
    var date: String?
    var url: String?
    var speaker: String?
    var speakerID: Int64?
    var speakerType: String?
    var speakerRole: String?
    var text: String
    var kind: String
    var cue: String?
    var start: Int
    var end: Int
    var paragraph: Int
    var confidence: Double

    init(_ record: QuoteRecord) {
        id = record.id
        article = record.article
        title = record.title
        source = record.source
        date = record.date
        url = record.url
        speaker = record.speaker
        speakerID = record.speakerID
        speakerType = record.speakerType?.rawValue
        speakerRole = record.speakerRole
        text = record.text
        kind = record.kind.rawValue
        cue = record.cue
        start = record.start
        end = record.end
        paragraph = record.paragraph
        confidence = record.confidence
    }
}

/// A claim as the JSON API gives it.
struct ClaimItem: Codable, Sendable, Hashable {
    var id: Int64
    var article: String
    var title: String?
    var source: String?
    var date: String?
    var url: String?
    var claimant: String?
    var claimantID: Int64?
    var claimantType: String?
    var text: String
    var kind: String
    var cue: String?
    var start: Int
    var end: Int
    var paragraph: Int
    var confidence: Double

    init(_ record: ClaimRecord) {
        id = record.id
        article = record.article
        title = record.title
        source = record.source
        date = record.date
        url = record.url
        claimant = record.claimant
        claimantID = record.claimantID
        claimantType = record.claimantType?.rawValue
        text = record.text
        kind = record.kind.rawValue
        cue = record.cue
        start = record.start
        end = record.end
        paragraph = record.paragraph
        confidence = record.confidence
    }
}

/// A speaker in a list.
struct PersonItem: Codable, Sendable, Hashable {
    var id: Int64
    var name: String
    var type: String
    var aliases: [String]
    var quotes: Int
    var claims: Int

    init(_ summary: PersonSummary) {
        id = summary.id
        name = summary.name
        type = summary.kind.rawValue
        aliases = summary.aliases
        quotes = summary.quotes
        claims = summary.claims
    }
}

/// An article in a list.
struct ArticleItem: Codable, Sendable, Hashable {
    var article: String
    var title: String?
    var source: String?
    var date: String?
    var url: String?
    var quotes: Int
    var claims: Int

    init(_ summary: ArticleSummary) {
        article = summary.key
        title = summary.title
        source = summary.source
        date = summary.date
        url = summary.url
        quotes = summary.quotes
        claims = summary.claims
    }
}

/// One value of a facet: what to narrow by, what to show, how many.
struct FacetItem: Codable, Sendable, Hashable {
    var value: String
    var label: String
    var count: Int

    init(_ value: FacetValue) {
        self.value = value.value
        label = value.label
        count = value.count
    }
}

/// The facets of a search.
struct FacetsItem: Codable, Sendable, Hashable {
    var speaker: [FacetItem]
    var organisation: [FacetItem]
    var outlet: [FacetItem]
    var month: [FacetItem]
    var kind: [FacetItem]
    /// Speaker types (person, organisation, group, unknown, place).
    var type: [FacetItem]
    /// Rows the counts were taken over, and whether more matched.
    var scanned: Int
    var truncated: Bool

    init(_ facets: SearchFacets) {
        speaker = facets.speakers.map(FacetItem.init)
        organisation = facets.organisations.map(FacetItem.init)
        outlet = facets.outlets.map(FacetItem.init)
        month = facets.months.map(FacetItem.init)
        kind = facets.kinds.map(FacetItem.init)
        type = facets.types.map(FacetItem.init)
        scanned = facets.scanned
        truncated = facets.truncated
    }
}

/// A group of claims about one event whose figures disagree.
struct DisputedItem: Codable, Sendable, Hashable {
    var id: Int64
    var signature: String
    var firstSeen: String?
    var outlets: [String]
    var disagreements: [Disagreement]
    var claims: [ClaimItem]

    /// Figures for one event and unit that differ.
    struct Disagreement: Codable, Sendable, Hashable {
        var event: String
        var unit: String
        var figures: [Figure]
    }

    /// One figure and where it was given.
    struct Figure: Codable, Sendable, Hashable {
        var claim: Int64
        var article: String
        var source: String?
        var value: Double
        var qualifier: String?
        var text: String
    }

    init(_ group: DisputedClaimGroup) {
        id = group.id
        signature = group.signature
        firstSeen = group.firstSeen
        outlets = group.outlets
        disagreements = group.disagreements.map { d in
            Disagreement(
                event: d.event, unit: d.unit,
                figures: d.figures.map { f in
                    Figure(
                        claim: f.claim, article: f.article, source: f.outlet, value: f.figure.value,
                        qualifier: f.figure.qualifier, text: f.figure.text)
                })
        }
        claims = group.claims.map(ClaimItem.init)
    }
}
