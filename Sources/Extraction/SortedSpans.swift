import HearsayModel

/// Binary searches over spans in text order that do not overlap (a paragraph's sentences), so a
/// paragraph of thousands of sentences is not walked from its start for each quote in it.
extension RandomAccessCollection where Element == TextSpan, Index == Int {
    /// The last span starting at or before `offset` (`last(where: { $0.start <= offset })`).
    func lastStarting(atOrBefore offset: Int) -> TextSpan? {
        let index = partitioningIndex { $0.start > offset }
        return index > startIndex ? self[index - 1] : nil
    }

    /// The first span ending after `offset` (`first(where: { $0.end > offset })`).
    func firstEnding(after offset: Int) -> TextSpan? {
        let index = partitioningIndex { $0.end > offset }
        return index < endIndex ? self[index] : nil
    }

    /// The first span starting at or after `offset` (`first(where: { $0.start >= offset })`).
    func firstStarting(atOrAfter offset: Int) -> TextSpan? {
        let index = partitioningIndex { $0.start >= offset }
        return index < endIndex ? self[index] : nil
    }
}

/// Sets of text stretches.
enum SortedSpans {
    /// The stretches `spans` cover together: disjoint, in text order, touching ones joined.
    static func union(_ spans: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        for span in spans.sorted(by: { $0.start < $1.start }) where span.end > span.start {
            if let last = out.last, span.start <= last.end {
                out[out.count - 1] = TextSpan(start: last.start, end: max(last.end, span.end))
            } else {
                out.append(span)
            }
        }
        return out
    }
}
