import HearsayModel

/// The words of the article's quotations (``QuoteSpan/text``), in the quote spans' order, read
/// from the spans themselves: an article of millions of short quotations holds them once, not
/// once more as an array of ``TextSpan`` (issue 13: memory).
struct QuotedSpans: RandomAccessCollection, Sendable {
    let spans: [QuoteSpan]

    init(_ spans: [QuoteSpan]) { self.spans = spans }

    var startIndex: Int { 0 }
    var endIndex: Int { spans.count }
    subscript(i: Int) -> TextSpan { spans[i].text }
}
