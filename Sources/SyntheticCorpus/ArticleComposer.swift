import Extraction
import HearsayModel

/// Writes one synthetic article paragraph by paragraph, recording every quote and claim with
/// its Unicode-scalar offsets as it goes.
struct ArticleComposer {
    private let corpus: SyntheticCorpus
    private let index: Int
    private var random: SplitMix
    private var text = ""
    private var scalars = 0
    private var paragraph = 0
    private var speakers: [Speaker] = []
    private var quotes: [Quote] = []
    private var claims: [Claim] = []

    init(corpus: SyntheticCorpus, index: Int, seed: UInt64) {
        self.corpus = corpus
        self.index = index
        random = SplitMix(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
    }

    mutating func compose() -> SyntheticArticle {
        let focus = random.below(corpus.organisations)
        let focusName = corpus.organisationName(focus)
        let placeName = corpus.place(focus % 100)
        let topic = random.pick(Vocabulary.objects)
        let title = "\(placeName) \(random.pick(Vocabulary.headlineVerbs)) \(topic.dropFirst(4))"
        let source = Vocabulary.outlets[(index / 7 + random.below(3)) % Vocabulary.outlets.count]

        append(title + ".")
        endParagraph()
        append("\(placeName.uppercased()) (\(source)) — ")
        append("Residents of \(placeName) spent the week arguing about \(topic), which the \(focusName) ")
        append("put forward \(random.pick(Vocabulary.tails)).")
        endParagraph()

        var people: [Int] = []
        let count = 3 + random.below(3)
        while people.count < count {
            let person = random.below(corpus.people)
            if !people.contains(person) { people.append(person) }
        }
        for person in people {
            writePerson(person)
            if random.chance(40) { writeNarrative(place: placeName, topic: topic) }
        }
        writeFigureClaim(place: placeName)
        writeStatement(organisation: focus)
        writeNarrative(place: placeName, topic: topic)

        let key = "synthetic-v\(SyntheticCorpus.version)-" + Self.padded(index)
        return SyntheticArticle(
            key: key, title: title, date: corpus.date(ofArticle: index), source: source, text: text,
            extraction: ArticleExtraction(speakers: speakers, quotes: quotes, claims: claims))
    }

    // MARK: - Paragraphs

    /// A person introduced with a direct quote, then two to five more quotes of mixed kinds.
    private mutating func writePerson(_ person: Int) {
        let name = corpus.personName(person)
        let surname = corpus.surname(person)
        let role = corpus.role(ofPerson: person)
        let organisation = corpus.organisationName(corpus.organisation(ofPerson: person))
        let speaker = speakers.count
        speakers.append(
            Speaker(name: name, kind: .person, aliases: [surname], roles: [role], organisations: [organisation]))

        append("“")
        quote(sentence() + ". " + sentence(), kind: .direct, speaker: speaker, cue: "said")
        append(",” said \(name), \(role) of the \(organisation).")
        endParagraph()

        for _ in 0..<(1 + random.below(4)) {
            switch random.below(3) {
            case 0:
                append("“")
                let verb = random.pick(Vocabulary.reportingVerbs)
                quote(sentence(), kind: .direct, speaker: speaker, cue: verb)
                append(",” \(surname) \(verb).")
            case 1:
                let verb = random.pick(Vocabulary.reportingVerbs)
                append("\(surname) \(verb) that ")
                quote(pastClause(), kind: .reported, speaker: speaker, cue: verb)
                append(".")
            default:
                append("\(surname) said the plan ")
                append("“")
                quote(
                    "\(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects))", kind: .partial,
                    speaker: speaker, cue: "said")
                append("” and promised an answer \(random.pick(Vocabulary.tails)).")
            }
            endParagraph()
        }
    }

    /// A statement by an organisation: one reported quote that is also a reported claim.
    private mutating func writeStatement(organisation: Int) {
        let name = corpus.organisationName(organisation)
        let speaker = speakers.count
        speakers.append(Speaker(name: name, kind: .organisation))
        append("The \(name) said in a statement that ")
        let clause = pastClause()
        let start = scalars
        quote(clause, kind: .reported, speaker: speaker, cue: "said in a statement")
        claims.append(
            Claim(
                text: clause, span: TextSpan(start: start, end: scalars), kind: .reported, claimant: speaker,
                cue: "said in a statement", paragraph: paragraph, confidence: 0.8))
        append(".")
        endParagraph()
    }

    /// A sentence in the article's own voice with a figure: a stated claim.
    private mutating func writeFigureClaim(place: String) {
        let qualifier = random.pick(Vocabulary.qualifiers)
        let value = 20 + random.below(4_000)
        let unit = random.pick(Vocabulary.units)
        let event = random.pick(Vocabulary.events)
        let sentence = "\(qualifier) \(value) \(unit) \(event) in \(place) on \(random.pick(Vocabulary.weekdays))"
        let start = scalars
        append(sentence)
        let figure = Figure(
            value: Double(value), qualifier: qualifier.lowercased(), unit: unit, event: event,
            text: "\(qualifier) \(value) \(unit)")
        claims.append(
            Claim(
                text: sentence, span: TextSpan(start: start, end: scalars), kind: .stated, claimant: nil, cue: nil,
                hedges: qualifier == "About" || qualifier == "Nearly" ? [qualifier.lowercased()] : [],
                figures: [figure], paragraph: paragraph, confidence: 0.7))
        append(", according to figures seen by reporters.")
        endParagraph()
    }

    /// Background with no quote in it, as news articles have between their quotes.
    private mutating func writeNarrative(place: String, topic: String) {
        append("The dispute over \(topic) has divided \(place) for months. ")
        append("Critics say \(random.pick(Vocabulary.pastSubjects)) \(random.pick(Vocabulary.pastVerbs)) ")
        append("\(random.pick(Vocabulary.objects)) \(random.pick(Vocabulary.tails)), ")
        append("while supporters point to \(random.pick(Vocabulary.objects)) as proof that the plan can work.")
        endParagraph()
    }

    // MARK: - Sentences

    private mutating func sentence() -> String {
        "\(random.pick(Vocabulary.subjects)) \(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects)) \(random.pick(Vocabulary.tails))"
    }

    private mutating func pastClause() -> String {
        "\(random.pick(Vocabulary.pastSubjects)) \(random.pick(Vocabulary.pastVerbs)) \(random.pick(Vocabulary.objects)) \(random.pick(Vocabulary.tails))"
    }

    // MARK: - Text

    private mutating func quote(_ words: String, kind: QuoteKind, speaker: Int, cue: String) {
        let start = scalars
        append(words)
        quotes.append(
            Quote(
                text: words, span: TextSpan(start: start, end: scalars), kind: kind, speaker: speaker, cue: cue,
                paragraph: paragraph, confidence: kind == .reported ? 0.7 : 0.9))
    }

    private mutating func append(_ piece: String) {
        text += piece
        scalars += piece.unicodeScalars.count
    }

    private mutating func endParagraph() {
        append("\n\n")
        paragraph += 1
    }

    private static func padded(_ index: Int) -> String {
        let digits = String(index)
        return digits.count >= 7 ? digits : String(repeating: "0", count: 7 - digits.count) + digits
    }
}
