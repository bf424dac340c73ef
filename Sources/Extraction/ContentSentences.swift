import HearsayModel
import HearsayText

/// The sentences of an article's content paragraphs (``Paragraph/isContent``), in text order,
/// read from the article's layout rather than copied out of it.
///
/// An article of 10 MB of two-word sentences holds two million of them, 34 MB as spans: a second
/// array of them beside the paragraphs' own was what put such an article over 200 MB, and a list
/// of the content paragraphs cost 16 bytes each for millions of one-line paragraphs (issue 13:
/// memory). Here a content sentence is one bit over the tokens, set at the token it begins with;
/// reading sentence `i` finds that bit by the bits' counts (a binary search).
struct ContentSentences: RandomAccessCollection, Sendable {
    private let layout: ArticleLayout
    /// Bit `t` is set when token `t` begins a sentence of a content paragraph.
    private let starts: RankedBits

    /// The content sentences of `paragraphs`.
    init(_ paragraphs: Paragraphs) {
        layout = paragraphs.layout
        var starts = RankedBits()
        let all = layout.sentenceStarts
        starts.reserveCapacity(all.count)
        for p in paragraphs {
            let content = p.isContent
            for t in p.tokens { starts.append(content && all.contains(t)) }
        }
        self.starts = starts
    }

    var startIndex: Int { 0 }
    /// The number of content sentences.
    var endIndex: Int { starts.setCount }

    /// The content sentence at `i`.
    subscript(i: Int) -> TextSpan {
        precondition(i >= 0 && i < endIndex, "content sentence \(i) of \(endIndex)")
        let first = starts.select(i)
        return layout.span(from: first, through: layout.sentenceEnd(after: first) - 1)
    }

    /// The number of content sentences starting at or before `offset` (the index of the first
    /// starting after it): the sentences begun by the tokens starting at or before `offset`.
    func count(startingAtOrBefore offset: Int) -> Int {
        starts.rank(upTo: offset == .max ? layout.tokens.count : layout.tokens.index(startingAtOrAfter: offset + 1))
    }

    /// The last content sentence starting at or before `offset`, if any.
    func lastStarting(atOrBefore offset: Int) -> TextSpan? {
        let n = count(startingAtOrBefore: offset)
        return n > 0 ? self[n - 1] : nil
    }
}
