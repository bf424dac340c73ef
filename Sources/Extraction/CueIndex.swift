import HearsayModel
import HearsayText

/// Every reporting cue of a document, found once, so each quote's windows look them up instead
/// of rescanning the text: a paragraph of thousands of quotes is then read once, not once a quote.
///
/// A cue found at a token does not depend on the window around it (``Cues/cue(at:in:)`` looks
/// at the whole document), so the cues of a window are the indexed ones inside it, skipped the
/// way ``Cues/find(in:span:)`` skips the tokens of a cue it has taken.
///
/// Each cue is kept as its first token and its length, five bytes, and read again with
/// ``Cues/cue(at:in:)`` when a window returns it: a paragraph of 750,000 "said"s held 88 MB of
/// whole ``CueMatch`` values, text and spans included (issue 13: memory).
struct CueIndex {
    /// The first token of each cue, in text order.
    private let starts: [UInt32]
    /// How many tokens each cue covers, by the cue's place in ``starts``.
    private let lengths: [UInt8]
    private let document: Document

    /// Scans `document` once.
    init(_ document: Document) {
        var starts: [UInt32] = []
        var lengths: [UInt8] = []
        for i in document.tokens.indices {
            if let cue = Cues.cue(at: i, in: document) {
                starts.append(UInt32(cue.tokens.lowerBound))
                lengths.append(UInt8(clamping: cue.tokens.count))
            }
        }
        self.starts = starts
        self.lengths = lengths
        self.document = document
    }

    private var count: Int { starts.count }
    private func lower(_ index: Int) -> Int { Int(starts[index]) }
    private func upper(_ index: Int) -> Int { Int(starts[index]) + Int(lengths[index]) }

    /// The cue at `index`, read again from the document (the same as when it was indexed).
    private func cue(_ index: Int) -> CueMatch? {
        Cues.cue(at: lower(index), in: document)
    }

    /// The cues in `span`, in text order: what ``Cues/find(in:span:)`` returns.
    func find(in document: Document, span: TextSpan) -> [CueMatch] {
        let range = document.tokenRange(span)
        var out: [CueMatch] = []
        var next = range.lowerBound
        var index = firstIndex(startingAtOrAfter: range.lowerBound)
        while index < count, lower(index) < range.upperBound {
            if lower(index) >= next, upper(index) <= range.upperBound, let cue = cue(index) {
                out.append(cue)
                next = upper(index)
            }
            index += 1
        }
        return out
    }

    /// The first cue in `span`, or nil.
    func first(in document: Document, span: TextSpan) -> CueMatch? {
        let range = document.tokenRange(span)
        var index = firstIndex(startingAtOrAfter: range.lowerBound)
        while index < count, lower(index) < range.upperBound {
            if upper(index) <= range.upperBound, let cue = cue(index) { return cue }
            index += 1
        }
        return nil
    }

    /// The index of the first cue starting at token `token` or later.
    private func firstIndex(startingAtOrAfter token: Int) -> Int {
        starts.partitioningIndex { Int($0) >= token }
    }
}
