import HearsayModel

/// Filters shared by quote, claim and export queries; every filter given must hold.
public struct QueryFilter: Sendable, Hashable {
    /// A speaker by any alias, in any case; a surname alone when it names one person only.
    public var person: String?
    /// An organisation: its own quotes and those of people affiliated with it.
    public var organisation: String?
    /// The outlet, any case.
    public var source: String?
    /// Articles dated on or after this day, `YYYY-MM-DD`.
    public var since: String?
    /// Articles dated on or before this day, `YYYY-MM-DD`.
    public var until: String?
    /// Words to find in the quote or claim text; always searched literally.
    public var search: String?
    /// At most this many rows (nil: all).
    public var limit: Int?
    /// Only speakers (or claimants) of this type: person, organisation, group, unknown or place.
    public var speakerType: SpeakerKind?
    /// Search the paragraph around each quote or claim instead of its own words.
    public var searchContext = false

    /// Creates a filter; no arguments means everything.
    public init(
        person: String? = nil, organisation: String? = nil, source: String? = nil, since: String? = nil,
        until: String? = nil, search: String? = nil, limit: Int? = nil, speakerType: SpeakerKind? = nil,
        searchContext: Bool = false
    ) {
        self.searchContext = searchContext
        self.speakerType = speakerType
        self.person = person
        self.organisation = organisation
        self.source = source
        self.since = since
        self.until = until
        self.search = search
        self.limit = limit
    }

    /// True when `text` is a real calendar day written `YYYY-MM-DD`.
    public static func isValidDate(_ text: String) -> Bool {
        ArticleWriter.validDate(text) != nil && CalendarDay(iso: text) != nil
    }

    /// The first and last day of a year (`2016`), a month (`2016-10`) or a day (`2016-10-05`),
    /// written `YYYY-MM-DD`; nil when `text` is none of these or not a real date.
    public static func dayRange(_ text: String) -> (first: String, last: String)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        switch parts.count {
        case 1: return ("\(text)-01-01", "\(text)-12-31")
        case 2:
            guard let first = CalendarDay(iso: "\(text)-01") else { return nil }
            let month = first.components
            let last = CalendarDay.daysIn(month: month.month, year: month.year)
            return ("\(text)-01", "\(text)-\(last)")
        default: return isValidDate(text) ? (text, text) : nil
        }
    }
}
