import Extraction
import HearsayModel
import HearsayText

/// A generator of news-like articles with quotes, invented names and invented events, for
/// benchmarks and load tests.
///
/// Article `i` is a pure function of the seed and `i`: the same corpus comes out on every
/// machine, in any order, on any number of threads. Each article also carries the extraction
/// that matches its text exactly (speakers, quotes with their scalar offsets, claims), so a
/// large database can be stored without running the pipeline.
///
/// ```swift
/// let corpus = SyntheticCorpus()
/// let article = corpus.article(41)
/// print(article.jsonLine())   // {"id":"synthetic-v1-000041","title":…,"text":…}
/// ```
public struct SyntheticCorpus: Sendable {
    /// Changes whenever the generated text or extraction changes, so cached databases are rebuilt.
    public static let version = 1

    /// The seed every article is drawn from.
    public let seed: UInt64
    /// How many distinct people speak across the corpus.
    public let people: Int
    /// How many distinct organisations exist (people belong to one each).
    public let organisations: Int
    /// How many consecutive days the articles are spread over, starting 2021-01-01.
    public let days: Int

    /// Creates a corpus; the defaults give ~100 quotes a person, ~500 an organisation and
    /// ~900 a day at one million quotes.
    public init(
        seed: UInt64 = 0x4845_4152_5341_5921, people: Int = 10_000, organisations: Int = 2_000, days: Int = 1_095
    ) {
        self.seed = seed
        self.people = max(1, min(people, Vocabulary.firstNames.count * 1_000))
        self.organisations = max(1, min(organisations, Self.organisationCount))
        self.days = max(1, days)
    }

    static var organisationCount: Int {
        Vocabulary.placeStarts.count * Vocabulary.placeEnds.count * Vocabulary.organisationKinds.count
    }

    // MARK: - Names

    /// The full name of person `index` ("Ada Kelholm"); every index below `people` has its own.
    public func personName(_ index: Int) -> String {
        "\(firstName(index)) \(surname(index))"
    }

    /// The surname of person `index`.
    public func surname(_ index: Int) -> String {
        let firsts = Vocabulary.firstNames.count
        let count = Vocabulary.surnameStarts.count * Vocabulary.surnameEnds.count
        // For one first name, consecutive rounds get consecutive surnames: (first, surname) is unique.
        let slot = (index / firsts + (index % firsts) * 37) % count
        return Vocabulary.surnameStarts[slot / Vocabulary.surnameEnds.count]
            + Vocabulary.surnameEnds[slot % Vocabulary.surnameEnds.count]
    }

    private func firstName(_ index: Int) -> String {
        Vocabulary.firstNames[index % Vocabulary.firstNames.count]
    }

    /// The name of organisation `index` ("Dunmere Harbour Board").
    public func organisationName(_ index: Int) -> String {
        let places = Vocabulary.placeStarts.count * Vocabulary.placeEnds.count
        return
            "\(place(index % places)) \(Vocabulary.organisationKinds[(index / places) % Vocabulary.organisationKinds.count])"
    }

    /// The organisation person `index` works for.
    public func organisation(ofPerson index: Int) -> Int {
        index % organisations
    }

    /// The role of person `index` at their organisation.
    public func role(ofPerson index: Int) -> String {
        Vocabulary.roles[(index / organisations) % Vocabulary.roles.count]
    }

    func place(_ index: Int) -> String {
        Vocabulary.placeStarts[index / Vocabulary.placeEnds.count % Vocabulary.placeStarts.count]
            + Vocabulary.placeEnds[index % Vocabulary.placeEnds.count]
    }

    /// The date of article `index`, `YYYY-MM-DD`: articles cycle through the days in turn.
    public func date(ofArticle index: Int) -> String {
        CivilDate.string(daysSince2021: index % days)
    }

    /// Some words a quote may contain, for search benchmarks: common ones first, then rarer.
    public static var searchTerms: [String] { Lexicons.syntheticSearchTerms }

    // MARK: - Articles

    /// Article `index`: the same text and extraction for the same seed and index.
    public func article(_ index: Int) -> SyntheticArticle {
        var composer = ArticleComposer(corpus: self, index: index, seed: seed)
        return composer.compose()
    }
}

/// One generated article with the extraction that matches its text.
public struct SyntheticArticle: Sendable {
    /// A key unique within the corpus ("synthetic-v1-000041").
    public var key: String
    /// The headline.
    public var title: String
    /// The publication date, `YYYY-MM-DD`.
    public var date: String
    /// The outlet.
    public var source: String
    /// The article text: the headline, then paragraphs separated by blank lines.
    public var text: String
    /// The speakers, quotes and claims the text contains, with exact scalar offsets.
    public var extraction: ArticleExtraction

    /// The metadata as an importer reads it.
    public var metadata: ArticleMetadata {
        ArticleMetadata(title: title, date: date, source: source)
    }

    /// The article as one JSON line (no line break), with `id`, `title`, `date`, `source` and `text`.
    public func jsonLine() -> String {
        var out = "{\"id\":"
        JSONEscaping.append(key, to: &out)
        out += ",\"title\":"
        JSONEscaping.append(title, to: &out)
        out += ",\"date\":"
        JSONEscaping.append(date, to: &out)
        out += ",\"source\":"
        JSONEscaping.append(source, to: &out)
        out += ",\"text\":"
        JSONEscaping.append(text, to: &out)
        out += "}"
        return out
    }
}

/// JSON string escaping for the generator's own output.
enum JSONEscaping {
    static func append(_ string: String, to out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Gregorian dates counted from 2021-01-01 (Howard Hinnant's civil-from-days).
enum CivilDate {
    static func string(daysSince2021 offset: Int) -> String {
        // 2021-01-01 is day 18,628 since 1970-01-01.
        let z = offset + 18_628 + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
