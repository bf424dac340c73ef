import HearsayText

/// Who was cited where in one article: every quote's speaker and claim's claimant, by the text
/// offset of the citation, kept in text order whatever order the stages record them in.
///
/// The claims stage reads the article after the quotes stage has read all of it: "who spoke
/// last" is then the last speaker of the whole article. A pronoun in a claim asks instead who was
/// speaking *before* it, which this answers for persons and for groups or organisations apart.
struct CitationHistory: Sendable {
    /// One list of citations, sorted by position.
    private struct Track: Sendable {
        var positions: [Int] = []
        var speakers: [Int32] = []

        mutating func record(_ speaker: Int, at position: Int) {
            // The stages record mostly in text order: the new citation most often goes at the end.
            var k = positions.count
            if let last = positions.last, last > position {
                k = positions.partitioningIndex { $0 > position }
            }
            positions.insert(position, at: k)
            speakers.insert(Int32(speaker), at: k)
        }

        func last(before position: Int) -> (index: Int, position: Int)? {
            let k = positions.partitioningIndex { $0 >= position }
            guard k > 0 else { return nil }
            return (Int(speakers[k - 1]), positions[k - 1])
        }
    }

    private var persons = Track()
    private var collectives = Track()

    /// No citations.
    init() {}

    /// Records that speaker `speaker` was cited at text offset `position`; `collective` for a
    /// group, organisation or place rather than a person.
    mutating func record(_ speaker: Int, collective: Bool, at position: Int) {
        if collective {
            collectives.record(speaker, at: position)
        } else {
            persons.record(speaker, at: position)
        }
    }

    /// The person cited last before text offset `position`, and where.
    func lastPerson(before position: Int) -> (index: Int, position: Int)? { persons.last(before: position) }

    /// The group or organisation cited last before text offset `position`, and where.
    func lastCollective(before position: Int) -> (index: Int, position: Int)? { collectives.last(before: position) }
}
