import HearsayModel
import HearsayText

/// Every reporting cue of a document, found once, so each quote's windows look them up instead
/// of rescanning the text: a paragraph of thousands of quotes is then read once, not once a quote.
///
/// A cue found at a token does not depend on the window around it (``Cues/cue(at:in:)`` looks
/// at the whole document), so the cues of a window are the indexed ones inside it, skipped the
/// way ``Cues/find(in:span:)`` skips the tokens of a cue it has taken.
struct CueIndex {
    private let cues: [CueMatch]

    /// Scans `document` once.
    init(_ document: Document) {
        var cues: [CueMatch] = []
        for i in document.tokens.indices {
            if let cue = Cues.cue(at: i, in: document) { cues.append(cue) }
        }
        self.cues = cues
    }

    /// The cues in `span`, in text order: what ``Cues/find(in:span:)`` returns.
    func find(in document: Document, span: TextSpan) -> [CueMatch] {
        let range = document.tokenRange(span)
        var out: [CueMatch] = []
        var next = range.lowerBound
        var index = firstIndex(startingAtOrAfter: range.lowerBound)
        while index < cues.count, cues[index].tokens.lowerBound < range.upperBound {
            let cue = cues[index]
            if cue.tokens.lowerBound >= next, cue.tokens.upperBound <= range.upperBound {
                out.append(cue)
                next = cue.tokens.upperBound
            }
            index += 1
        }
        return out
    }

    /// The first cue in `span`, or nil.
    func first(in document: Document, span: TextSpan) -> CueMatch? {
        let range = document.tokenRange(span)
        var index = firstIndex(startingAtOrAfter: range.lowerBound)
        while index < cues.count, cues[index].tokens.lowerBound < range.upperBound {
            if cues[index].tokens.upperBound <= range.upperBound { return cues[index] }
            index += 1
        }
        return nil
    }

    /// The index of the first cue starting at token `token` or later.
    private func firstIndex(startingAtOrAfter token: Int) -> Int {
        cues.partitioningIndex { $0.tokens.lowerBound >= token }
    }
}
