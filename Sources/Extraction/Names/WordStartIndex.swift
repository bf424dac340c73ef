import HearsayModel
import HearsayText

/// Where the words of a document start, grouped by their first scalar, and where its
/// parentheses open: read from the document's tokens and shared by the name lookups of
/// ``SpeakerEnricher`` and the marker scan of ``AliasFinder``.
///
/// A word is a run of letters and digits (``NameRuns/isWordScalar(_:)``); "al-Sadr" has two starts.
struct WordStartIndex {
    /// Every word start, in text order.
    let all: [Int]
    /// Every "(", in text order.
    let parens: [Int]
    /// Word starts grouped by an ASCII first scalar: those starting with value `v` are
    /// `ascii[groups[v]..<groups[v + 1]]`, in text order.
    private let groups: [Int]
    private let ascii: [Int]
    /// Word starts whose first scalar is not ASCII, in text order.
    private let other: [Int]

    /// Indexes `document` from its tokens (the shared ``Tokenizer``'s): each word or number token
    /// starts a word, and so does every letter after an inner apostrophe, hyphen or dot ("al-Sadr",
    /// "Pell's"); each "(" token opens a parenthesis.
    init(_ document: Document) {
        var all: [Int] = []
        var parens: [Int] = []
        var counts = [Int](repeating: 0, count: 129)
        var other: [Int] = []
        let s = document.folded
        all.reserveCapacity(document.tokens.count)
        var ascii: [Int] = []
        s.withUnsafeBufferPointer { hay in
            for token in document.tokens {
                if token.kind == .punct {
                    if token.mark == "(" { parens.append(token.start) }
                    continue
                }
                var previousIsWord = token.start > 0 && NameRuns.isWordScalar(hay[token.start - 1])
                for i in token.start..<token.end {
                    let isWord = NameRuns.isWordScalar(hay[i])
                    if isWord && !previousIsWord { all.append(i) }
                    previousIsWord = isWord
                }
            }
            // Counting sort by first scalar: group v starts where the counts of the smaller values end.
            counts.withUnsafeMutableBufferPointer { counts in
                for i in all {
                    let v = hay[i].value
                    if v < 0x80 { counts[Int(v) + 1] += 1 } else { other.append(i) }
                }
                for v in 1..<129 { counts[v] += counts[v - 1] }
                var next = Array(counts)
                ascii = [Int](unsafeUninitializedCapacity: all.count - other.count) { out, n in
                    for i in all where hay[i].value < 0x80 {
                        let v = Int(hay[i].value)
                        out[next[v]] = i
                        next[v] += 1
                    }
                    n = all.count - other.count
                }
            }
        }
        self.all = all
        self.parens = parens
        self.groups = counts
        self.ascii = ascii
        self.other = other
    }

    /// The word starts whose first scalar in `s` (the indexed scalars) is `first`, in text order.
    func starts(with first: Unicode.Scalar, in s: [Unicode.Scalar]) -> ArraySlice<Int> {
        let v = first.value
        if v < 0x80 { return ascii[groups[Int(v)]..<groups[Int(v) + 1]] }
        return ArraySlice(other.filter { s[$0] == first })
    }
}
