import HearsayModel
import HearsayText

/// The sentences of an article's content paragraphs (``Paragraph/isContent``), in text order,
/// read from the paragraphs rather than copied out of them.
///
/// An article of 10 MB of two-word sentences holds two million of them, 34 MB as spans: a second
/// array of them beside the paragraphs' own was what put such an article over 200 MB (issue 13:
/// memory). Reading sentence `i` finds its paragraph by a binary search over the paragraphs.
struct ContentSentences: RandomAccessCollection, Sendable {
    private let paragraphs: [Paragraph]
    /// The content paragraphs that hold sentences, as indices into `paragraphs`.
    private let holders: [Int]
    /// For each of `holders`, the number of content sentences before its first.
    private let before: [Int]
    /// The number of content sentences.
    let endIndex: Int

    /// The content sentences of `paragraphs`.
    init(_ paragraphs: [Paragraph]) {
        self.paragraphs = paragraphs
        var holders: [Int] = []
        var before: [Int] = []
        var total = 0
        for (i, p) in paragraphs.enumerated() where p.isContent && !p.sentences.isEmpty {
            holders.append(i)
            before.append(total)
            total += p.sentences.count
        }
        self.holders = holders
        self.before = before
        endIndex = total
    }

    var startIndex: Int { 0 }

    /// The content sentence at `i`.
    subscript(i: Int) -> TextSpan {
        precondition(i >= 0 && i < endIndex, "content sentence \(i) of \(endIndex)")
        let h = before.partitioningIndex { $0 > i } - 1
        return paragraphs[holders[h]].sentences[i - before[h]]
    }

    /// The number of content sentences starting at or before `offset` (the index of the first
    /// starting after it): a search of the paragraphs, then of one paragraph's sentences, rather
    /// than a search of the sentences that searches the paragraphs again at each step.
    func count(startingAtOrBefore offset: Int) -> Int {
        // Sentences are in text order across the paragraphs, so every sentence of a paragraph
        // before the last one whose first sentence starts by `offset` does too, and none after.
        let h = holders.partitioningIndex { paragraphs[$0].sentences[0].start > offset } - 1
        guard h >= 0 else { return 0 }
        return before[h] + paragraphs[holders[h]].sentences.partitioningIndex { $0.start > offset }
    }

    /// The last content sentence starting at or before `offset`, if any.
    func lastStarting(atOrBefore offset: Int) -> TextSpan? {
        let n = count(startingAtOrBefore: offset)
        return n > 0 ? self[n - 1] : nil
    }
}
