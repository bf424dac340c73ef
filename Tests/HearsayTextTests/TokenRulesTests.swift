import HearsayModel
import Testing

@testable import HearsayText

/// The one tokenizer under its two rules: the quote stages' tokens and the claim stages' words
/// differ only where the rules say, and their keys are the same hash.
@Suite struct TokenRulesTests {
    static let text = "At 9 a.m. the v2.5 model weighed 5'6 and cost 5,000."

    @Test func quoteRulesJoinLowerCaseInitialsAndSplitDigitsAroundMarks() {
        let d = Document(text: Self.text)
        let words = d.tokens.filter { $0.kind != .punct }.map { d.text($0.span) }
        #expect(words == ["At", "9", "a.m", "the", "v2", "5", "model", "weighed", "5", "6", "and", "cost", "5,000"])
    }

    @Test func claimRulesJoinDigitsAroundMarksAndCapitalInitialsOnly() {
        let d = Document(text: Self.text)
        let words = d.words.map { d.text($0.span) }
        #expect(words == ["At", "9", "a", "m", "the", "v2.5", "model", "weighed", "5'6", "and", "cost", "5,000"])
        #expect(d.words.last?.numeric == true)
        #expect(d.words[0].capitalised && !d.words[2].capitalised)
    }

    @Test func bothRulesKeyAWordTheSameWay() {
        let d = Document(text: "The MODEL said.")
        let token = d.tokens[1]
        let word = d.words[1]
        #expect(token.key == word.lower.value)
        #expect(word.lower == "model")
        #expect(token.key == Normalizer.key("model"))
        #expect(KeySet(["model", "said"] as [WordKey]).contains(token.key))
    }
}
