import HearsayModel
import HearsayText

@testable import Extraction

/// Runs the pipeline on `text` and returns (quote text, speaker name) pairs.
func quotesOf(_ text: String, title: String? = nil) -> [(text: String, speaker: String?)] {
    let r = Pipeline().extract(text: text, context: ArticleContext(title: title))
    return r.quotes.map { ($0.text, $0.speaker.map { r.speakers[$0].name }) }
}

/// The speaker named for the quote whose text starts with `prefix`.
func speaker(of prefix: String, in text: String) -> String?? {
    let r = Pipeline().extract(text: text)
    guard let q = r.quotes.first(where: { $0.text.hasPrefix(prefix) }) else { return .none }
    return .some(q.speaker.map { r.speakers[$0].name })
}
