import HearsayModel
import HearsayText

/// Keeps only the roles and organisations that read as a role or an organisation held by the
/// person they were read for, not a piece of the sentence around the name.
///
/// An organisation is a run of capitalised words (lower-case connectors like "of" and "and" only
/// inside), not a sentence word ("And", "Since"), not a place or a piece of one ("Texas", "York"),
/// and not a person's name ("Hillary Clinton and"). A leading qualifier is dropped ("presumptive
/// GOP" → "GOP"). A role holds no other person's name ("ambassador Ann Lee told …"), no clause (a
/// relative pronoun or a form of "be"/"have"), at most eight words, and more than a form of address
/// or a qualifier ("Mr.", "former").
///
/// ```swift
/// RoleFilter.organisation("Asia and")          // nil
/// RoleFilter.organisation("presumptive GOP")   // "GOP"
/// RoleFilter.isRole("secretary Ann Lee")       // false
/// ```
enum RoleFilter {
    /// Lower-case words that may stand inside an organisation's name ("Bank of Oslo", "Tide and Sons").
    private static let connectors = Set(Lexicons.organisationConnectors)
    /// Words that open a clause inside a "role": the role ends before them, so it is no role.
    private static let clauseWords = Set(Lexicons.beHaveForms).union(Lexicons.relativeWords)
    /// Words of a sentence, never the first of a name ("And", "Since", "Neither").
    private static let sentenceWords = NameKey.sentenceWords.union(Lexicons.sentenceOpeningWords)
    /// Qualifiers ("former", "presumptive") and forms of address ("Mr.").
    private static let qualifiers = Set(Lexicons.roleQualifiers)
    /// Forms of address and title words.
    private static let titleWords = NameVocabulary.titleWords.union(RoleReader.honorifics)
    /// The last words of place names of more than one word ("york" of "new york").
    private static let placeTails: Set<String> = {
        var tails: Set<String> = []
        for place in Lexicons.placeNames + Lexicons.countries + Lexicons.regions {
            let words = NameKey.words(place)
            if words.count >= 2, let last = words.last { tails.insert(last) }
        }
        return tails
    }()

    /// The organisation `text` names, cleaned of a leading qualifier or possessive, or nil when it names none.
    static func organisation(_ text: String) -> String? {
        var words = SpeakerEnricher.withoutPossessive(text)
            .split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        while let first = words.first, qualifiers.contains(NameKey.normalized(first)) { words.removeFirst() }
        guard let first = words.first, let last = words.last else { return nil }
        guard isCapitalised(first), isCapitalised(last) else { return nil }
        let folded = words.map { NameKey.normalized($0) }
        for (word, key) in zip(words, folded) {
            if !isCapitalised(word), !connectors.contains(key) { return nil }
            if word.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) { return nil }
            if titleWords.contains(key.replacingDots()) { return nil }
        }
        if sentenceWords.contains(folded[0]) { return nil }
        let name = words.joined(separator: " ")
        let units = NameKey.words(name)
        if units.allSatisfy({ Places.isPlace($0) || Places.regionDescriptors.contains($0) }) { return nil }
        if units.count == 1, placeTails.contains(units[0]) { return nil }
        // A given name before another capitalised word is a person's name, unless an organisation
        // word makes the run an organisation's ("Walt Tide Company").
        if !folded.contains(where: { SpeakerTyping.organisationWords.contains($0) }),
            folded.indices.dropLast().contains(where: { SpeakerTyping.givenNames.contains(folded[$0]) })
        {
            return nil
        }
        return name
    }

    /// Whether `role` reads as a role of the person it was read for.
    static func isRole(_ role: String) -> Bool {
        let words = role.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty, words.count <= 8 else { return false }
        let folded = words.map { NameKey.normalized($0).replacingDots() }
        if folded.allSatisfy({ qualifiers.contains($0) || RoleReader.honorifics.contains($0) || $0.isEmpty }) {
            return false
        }
        if folded.contains(where: { clauseWords.contains($0) }) { return false }
        guard let firstWord = words.first, let lastKey = folded.last else { return false }
        // "Neither", "Bennett's": a sentence word or another's possessive, not a role.
        if isCapitalised(firstWord), sentenceWords.contains(folded[0]) { return false }
        if SpeakerEnricher.withoutPossessive(firstWord) != firstWord, words.count == 1 { return false }
        if connectors.contains(lastKey) || lastKey == "and" { return false }
        // Another person's name inside: a given name followed by a capitalised word, or two
        // capitalised words after a lower-case role word that are neither titles nor an
        // organisation's ("secretary Karim Otani", not "Tide Project director").
        for i in words.indices.dropLast() where isCapitalised(words[i]) && isCapitalised(words[i + 1]) {
            if SpeakerTyping.givenNames.contains(folded[i]) { return false }
            let plain = { (k: Int) in !titleWords.contains(folded[k]) && !RoleReader.isOrganisation(words[k]) }
            if i > 0, !isCapitalised(words[i - 1]), plain(i), plain(i + 1), !RoleReader.isOrganisation(role) {
                return false
            }
        }
        return true
    }

    private static func isCapitalised(_ word: String) -> Bool {
        word.unicodeScalars.first?.properties.isUppercase == true
    }
}
