/// A small registry of claimants for one article: names cleaned of titles, surnames and
/// pronouns tied to the full names used before, roles ("the Iraqi PM") tied to the person the
/// article gave that title, descriptions ("U.S. officials") kept as groups or anonymous sources.
///
/// The claim finder works with any ``ClaimantResolving`` registry; this one lets it run on its
/// own (tests, tools) and stands in wherever no richer speaker registry is at hand.
public struct ClaimantBook: ClaimantResolving, Sendable {
    /// The speakers registered so far.
    public private(set) var speakers: [Speaker] = []
    private var keys: [String] = []  // normalised name of each speaker
    private var lastPerson: (index: Int, offset: Int)?

    /// The article text with headlines, captions, bylines and page furniture blanked out, so
    /// pronouns and roles resolve only to names in the prose.
    private var prose: Document?

    /// An empty registry.
    public init() {}

    /// An empty registry for `document`, looking for earlier names only in its body paragraphs.
    public init(document: Document, paragraphs: [Paragraph]) {
        prose = ClaimNames.prose(of: document, paragraphs: paragraphs)
    }

    /// The speakers registered so far, in index order.
    public var registeredSpeakers: [Speaker] { speakers }

    /// Resolves `mention` to a speaker, registering it when new.
    public mutating func claimant(_ mention: TextSpan, in document: Document, at offset: Int) -> Int? {
        let s = document.folded
        let words = document.words(in: mention)
        guard !words.isEmpty else { return nil }
        let lower = words.map(\.lower)
        // Pronouns: the nearest person (he, she) or body (they, it) named before.
        if words.count == 1, ClaimLexicon.pronouns.contains(lower[0]) {
            let wantPerson = lower[0] == "he" || lower[0] == "she" || lower[0] == "i"
            let run = ClaimNames.nearest(before: mention.start, in: prose ?? document, person: wantPerson)
            // The last person who said something stays the likeliest "he", unless a new full
            // name came up since.
            if wantPerson, let last = lastPerson, run.map({ $0.start < last.offset }) ?? true {
                return last.index
            }
            guard let run else { return nil }
            return remember(register(run, in: document), at: mention.start)
        }
        // A role ("the Iraqi PM", "the spokesman"): the person the article gave that title.
        if let run = ClaimNames.holder(ofRole: words, before: offset, in: prose ?? document) {
            return remember(register(run, in: document), at: mention.start)
        }
        // A name at the end of the phrase ("Pentagon chief Mark Esper").
        if let run = ClaimNames.trailingName(in: words, s) {
            return remember(register(run, in: document), at: mention.start)
        }
        // A description: a group or an anonymous source.
        var start = 0
        while start < words.count - 1, ClaimWords.theAAn.contains(lower[start]) { start += 1 }
        let text = document.text(TextSpan(start: words[start].span.start, end: words[words.count - 1].span.end))
        let kind: SpeakerKind =
            lower.last.map { ClaimNames.orgHeads.contains($0) } == true
            ? .organisation : (words.last?.hasSuffix("s", s) == true ? .group : .unknown)
        return add(Speaker(name: text, kind: kind))
    }

    /// Resolves a name mentioned in a claim, registering it when new.
    public mutating func mentioned(_ mention: TextSpan, in document: Document, at offset: Int) -> Int? {
        let words = document.words(in: mention)
        guard let run = ClaimNames.trailingName(in: words, document.folded) else { return nil }
        return register(run, in: document)
    }

    /// The registered speaker `mention` names, if any.
    public func knownSpeaker(_ mention: TextSpan, in document: Document) -> Int? {
        let key = ClaimNames.key(document.text(mention))
        guard !key.isEmpty else { return nil }
        if let i = keys.firstIndex(of: key) { return i }
        for (i, k) in keys.enumerated() where speakers[i].kind == .person && ClaimNames.isSurnameForm(key, of: k) {
            return i
        }
        return nil
    }

    /// Registers the name at `run`, widened to the fuller form of the same name used earlier.
    private mutating func register(_ run: TextSpan, in document: Document) -> Int? {
        let fuller = ClaimNames.fullerForm(of: run, in: prose ?? document) ?? run
        let name = document.text(fuller)
        let words = document.words(in: fuller)
        let kind: SpeakerKind =
            words.last.map { ClaimNames.orgHeads.contains($0.lower) } == true
                || words.contains { ClaimNames.orgHeads.contains($0.lower) } ? .organisation : .person
        return add(Speaker(name: name, kind: kind))
    }

    /// Notes a person as the last one who spoke, for the pronouns after.
    private mutating func remember(_ index: Int?, at offset: Int) -> Int? {
        if let index, speakers[index].kind == .person { lastPerson = (index, offset) }
        return index
    }

    private mutating func add(_ speaker: Speaker) -> Int {
        let key = ClaimNames.key(speaker.name)
        if let i = keys.firstIndex(of: key) { return i }
        for (i, k) in keys.enumerated() where speakers[i].kind == .person && speaker.kind == .person {
            if ClaimNames.isSurnameForm(key, of: k) { return i }
            if ClaimNames.isSurnameForm(k, of: key) {
                // A fuller name for someone first met by surname.
                speakers[i].aliases.append(speakers[i].name)
                speakers[i].name = speaker.name
                keys[i] = key
                return i
            }
        }
        speakers.append(speaker)
        keys.append(key)
        return speakers.count - 1
    }
}
