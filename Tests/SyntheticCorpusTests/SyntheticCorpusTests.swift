import Extraction
import Foundation
import HearsayModel
import Testing

@testable import SyntheticCorpus

@Suite struct SyntheticCorpusTests {
    let corpus = SyntheticCorpus()

    @Test func sameIndexGivesTheSameArticle() {
        let first = corpus.article(123)
        let again = corpus.article(123)
        #expect(first.text == again.text)
        #expect(first.extraction == again.extraction)
        #expect(corpus.article(124).text != first.text)
    }

    @Test func everyQuoteAndClaimSpanPointsAtItsWords() {
        for index in [0, 1, 77, 9_999] {
            let article = corpus.article(index)
            let scalars = Array(article.text.unicodeScalars)
            #expect(!article.extraction.quotes.isEmpty)
            for quote in article.extraction.quotes {
                let words = String(String.UnicodeScalarView(scalars[quote.span.start..<quote.span.end]))
                #expect(words == quote.text)
                #expect(quote.speaker.map { $0 < article.extraction.speakers.count } == true)
            }
            for claim in article.extraction.claims {
                let words = String(String.UnicodeScalarView(scalars[claim.span.start..<claim.span.end]))
                #expect(words == claim.text)
            }
        }
    }

    @Test func peopleHaveDistinctNamesAndBelongToAnOrganisation() {
        let names = Set((0..<corpus.people).map(corpus.personName))
        #expect(names.count == corpus.people)
        let person = 4_321
        #expect(corpus.personName(person).hasSuffix(corpus.surname(person)))
        #expect(!corpus.organisationName(corpus.organisation(ofPerson: person)).isEmpty)
    }

    @Test func articlesCycleThroughRealCalendarDays() {
        #expect(corpus.date(ofArticle: 0) == "2021-01-01")
        #expect(corpus.date(ofArticle: 59) == "2021-03-01")
        #expect(corpus.date(ofArticle: 365) == "2022-01-01")
        #expect(corpus.date(ofArticle: 1_095) == "2021-01-01")
        #expect(CivilDate.string(daysSince2021: 1_154) == "2024-02-29")
    }

    @Test func jsonLineDecodesToTheArticle() throws {
        let article = corpus.article(5)
        let line = article.jsonLine()
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(object["id"] == article.key)
        #expect(object["text"] == article.text)
        #expect(object["date"] == article.date)
        #expect(object["source"] == article.source)
    }

    @Test func aMillionQuotesTakeTensOfThousandsOfArticles() {
        let quotes = (0..<200).reduce(0) { $0 + corpus.article($1).extraction.quotes.count }
        // About 16 quotes an article: a million quotes is 50,000 to 80,000 articles.
        #expect(quotes > 200 * 10 && quotes < 200 * 22)
    }
}
