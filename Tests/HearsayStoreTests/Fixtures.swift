import Extraction
import Foundation
import HearsayModel
import HearsayStore
import TestSupport

extension Location {
    /// Opens a store here: in memory, or as `hearsay.db` in `folder`.
    func open(_ folder: ScratchFolder) throws -> Store {
        try Store(path: path(in: folder))
    }
}

/// Invented articles (names and events made up for the tests).
enum Fixtures {
    /// Locates `needle` in `text` as a Unicode-scalar span.
    static func span(of needle: String, in text: String) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        var start = 0
        while start + target.count <= scalars.count {
            if Array(scalars[start..<start + target.count]) == target {
                return TextSpan(start: start, end: start + target.count)
            }
            start += 1
        }
        preconditionFailure("\(needle) not in text")
    }

    static let harbourText = """
        Port Ellery council approves new harbour wall

        "The wall will stand for a hundred years," said Marta Quillfeather, the council's chief engineer.
        Quillfeather added that the work would cost 4 million crowns, a figure "well within the budget, with commas, and \"quotes\"".
        The Harbour Trust said in a statement: "We welcome the decision."
        """

    static func harbour(key: String = "harbour.txt", text: String = harbourText, date: String? = "2021-03-04")
        -> ArticleInput
    {
        let marta = Speaker(
            name: "Marta Quillfeather", kind: .person, aliases: ["Quillfeather"], roles: ["chief engineer"],
            organisations: ["Port Ellery Council"])
        let trust = Speaker(name: "Harbour Trust", kind: .organisation, aliases: ["the Harbour Trust"])
        var quotes: [Quote] = []
        var claims: [Claim] = []
        if text.contains("stand for a hundred years") {
            let q1 = "The wall will stand for a hundred years,"
            quotes.append(
                Quote(
                    text: q1, span: span(of: q1, in: text), kind: .direct, speaker: 0, cue: "said", paragraph: 1,
                    confidence: 0.9))
            let q2 = "well within the budget, with commas, and \"quotes\""
            quotes.append(
                Quote(
                    text: q2, span: span(of: q2, in: text), kind: .partial, speaker: 0, cue: "added", paragraph: 1,
                    confidence: 0.7))
            let q3 = "We welcome the decision."
            quotes.append(
                Quote(
                    text: q3, span: span(of: q3, in: text), kind: .direct, speaker: 1, cue: "said in a statement",
                    paragraph: 1, confidence: 0.8))
            let c1 = "the work would cost 4 million crowns"
            claims.append(
                Claim(
                    text: c1, span: span(of: c1, in: text), kind: .reported, claimant: 0, cue: "added",
                    figures: [
                        Figure(
                            value: 4_000_000, qualifier: nil, unit: "crowns", event: "cost", text: "4 million crowns")
                    ],
                    mentions: [1], paragraph: 1, confidence: 0.6))
        }
        return ArticleInput(
            key: key, text: text,
            metadata: ArticleMetadata(
                title: "Port Ellery council approves new harbour wall", date: date, source: "Ellery Gazette",
                url: "https://gazette.example/harbour", author: "Tomas Brennick"),
            extraction: ArticleExtraction(speakers: [marta, trust], quotes: quotes, claims: claims))
    }

    static let ferryText = """
        Ferry strike ends after talks

        "Nobody wins a strike," Quillfeather told reporters on Monday.
        Union leader Osric Vantablack said: "We got what we asked for, mostly."
        """

    static func ferry(key: String = "ferry.txt", date: String? = "2019-11-20") -> ArticleInput {
        let marta = Speaker(name: "Quillfeather", kind: .person)
        let osric = Speaker(
            name: "Osric Vantablack", kind: .person, roles: ["union leader"], organisations: ["Ferrymen's Union"])
        let q1 = "Nobody wins a strike,"
        let q2 = "We got what we asked for, mostly."
        return ArticleInput(
            key: key, text: ferryText,
            metadata: ArticleMetadata(title: "Ferry strike ends after talks", date: date, source: "Coast Courier"),
            extraction: ArticleExtraction(
                speakers: [marta, osric],
                quotes: [
                    Quote(
                        text: q1, span: span(of: q1, in: ferryText), kind: .direct, speaker: 0, cue: "told reporters",
                        paragraph: 1, confidence: 0.9),
                    Quote(
                        text: q2, span: span(of: q2, in: ferryText), kind: .direct, speaker: 1, cue: "said",
                        paragraph: 2, confidence: 0.9),
                ]))
    }

    /// A store holding the harbour story, the ferry story and a second copy of the ferry story
    /// under another key: an outlet, several speakers and a repeated quote to filter and export.
    static func harbourAndFerries() throws -> Store {
        let store = try Store(path: ":memory:")
        try store.importArticle(harbour())
        try store.importArticle(ferry())
        try store.importArticle(ferry(key: "again.txt"))
        return store
    }
}
