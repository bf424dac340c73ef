import HearsayModel

/// The closed word lists that name parsing and role reading rely on: titles, portfolios,
/// suffixes, the Arabic article and binding name elements, and English short given names.
/// These are grammar of names in general, never a list of particular people.
package enum NameVocabulary {
    /// Words that, in front of a name, are a title or role rather than part of the name (folded).
    package static let titleWords: Set<String> = Set(Lexicons.nameTitleWords)

    /// Words that may follow "Secretary of" / "Minister for" as the portfolio ("of State", "of Homeland Security").
    package static let portfolioWords: Set<String> = Set(Lexicons.portfolioWords)

    /// Generational suffixes written after a name.
    package static let suffixes: Set<String> = Set(Lexicons.generationalSuffixes)

    /// The Arabic definite article and its assimilated forms, dropped before a name ("al-Sadr", "ash-Shammari").
    package static let articles: Set<String> = Set(Lexicons.arabicArticles)

    /// Name elements that bind to the next word to make one name ("Abdul Mahdi", "Abu Bakr", "bin Salman").
    package static let binders: Set<String> = Set(Lexicons.nameBinders)

    /// Spellings of the binding elements, folded to one form.
    package static let binderForms: [String: String] = LexiconFile.dictionary(Lexicons.nameBinderSpellings)

    /// Common English short forms of given names, mapped to the full form.
    package static let nicknames: [String: String] = LexiconFile.dictionary(Lexicons.nicknames)
}
