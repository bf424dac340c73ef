import HearsayModel

/// The entries of a ``MentionIndex`` that a pronoun can refer back to, by the kind of pronoun,
/// each list in text order so that the nearest one before a pronoun is a binary search away
/// rather than a walk back through every name the article gave before it.
///
/// Built once the article's quotations are known (a name inside one is no antecedent).
struct PronounAntecedents: Sendable {
    /// What one index entry can stand for, judged once per article.
    struct Traits: Sendable {
        /// A person named as their sentence's subject who can be what "he" or "she" means.
        var subjectPerson: Bool
        /// A name that looks like a person's.
        var namedPerson: Bool
    }

    /// Organisations named as a sentence's subject: what "they" or "it" can mean.
    private(set) var organisations = EntryList()
    private var maleSubjects = EntryList()
    private var femaleSubjects = EntryList()
    private var maleNamed = EntryList()
    private var femaleNamed = EntryList()

    /// No antecedents.
    init() {}

    /// The antecedents among `index`'s entries, `traits` judged for each, outside `quoted`.
    init(index: MentionIndex, traits: [Traits], quoted: QuotedSpans) {
        for (id, e) in index.entries.enumerated() where !Attribution.isQuoted(e.position, quoted) {
            if e.isOrganisation {
                if e.subject { organisations.append(id) }
                continue
            }
            // A name of the other gender is never the antecedent, whatever the book learns later.
            let male = e.gender == nil || e.gender == .male
            let female = e.gender == nil || e.gender == .female
            if traits[id].subjectPerson {
                if male { maleSubjects.append(id) }
                if female { femaleSubjects.append(id) }
            }
            if traits[id].namedPerson {
                if male { maleNamed.append(id) }
                if female { femaleNamed.append(id) }
            }
        }
    }

    /// Person entries named as a sentence's subject that can be what a pronoun of `kind` means.
    func subjects(_ kind: Lexicon.PronounKind) -> EntryList { kind == .female ? femaleSubjects : maleSubjects }

    /// Person-like entries that can be what a pronoun of `kind` means.
    func named(_ kind: Lexicon.PronounKind) -> EntryList { kind == .female ? femaleNamed : maleNamed }
}
