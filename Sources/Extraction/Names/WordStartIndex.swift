import HearsayModel
import HearsayText

/// Where the words of a document start, grouped by the word they start, and where its
/// parentheses open: read from the document's tokens and shared by the name lookups of
/// ``SpeakerEnricher`` and the marker scan of ``AliasFinder``.
///
/// A word is a run of letters and digits (``NameRuns/isWordScalar(_:)``); "al-Sadr" has two starts.
struct WordStartIndex {
    // Offsets in 32 bits: a word start per five scalars or so, half the memory of `Int` (issue 13).
    /// Every "(", in text order.
    let parens: [Int32]
    /// The word starts sorted by a hash of the word (its run of word scalars) into buckets, each in
    /// text order: bucket `b` is `byWord[buckets[b]..<buckets[b + 1]]`. A name's first word then
    /// finds the few places that word is written, not every word sharing its first letter.
    private let buckets: [Int32]
    private let byWord: [Int32]

    /// Indexes `document` from its tokens (the shared ``Tokenizer``'s): each word or number token
    /// starts a word, and so does every letter after an inner apostrophe, hyphen or dot ("al-Sadr",
    /// "Pell's"); each "(" token opens a parenthesis.
    ///
    /// The starts are read from the tokens twice (to count each bucket, then to place each start)
    /// rather than kept in text order beside `byWord`: in an article of 10 MB of one-letter words
    /// that list was 21 MB more at the enricher's peak (issue 13: memory).
    ///
    /// `visit` is called with every word start and "(" in text order, as ``forEachStart(in:paren:_:)``
    /// gives them, from the same reading (the alias finder's scan, ``AliasFinder/findIndexing(_:)``).
    init(_ document: Document, visiting visit: (Int) -> Void = { _ in }) {
        var parens: [Int32] = []
        let s = document.folded
        var buckets: [Int32] = []
        var byWord: [Int32] = []
        s.withUnsafeBufferPointer { hay in
            // A counting sort by bucket, stable, so each bucket keeps text order. Each start's bucket
            // is hashed twice (to count, then to place) rather than kept in an array as long as the starts.
            // The buckets are sized from the word tokens (each starts one word or more), counted
            // without reading the text, so the starts are counted in the reading that counts each
            // bucket. All the tokens would be too many: three a word in `"x" "x" …` (issue 13).
            var wordTokens = 0
            for token in document.tokens where token.kind != .punct { wordTokens += 1 }
            let mask = Self.bucketCount(wordTokens) - 1
            var counts = [Int32](repeating: 0, count: mask + 2)
            func bucket(_ start: Int) -> Int { Int(truncatingIfNeeded: Self.hash(hay, from: start)) & mask }
            var total = 0
            Self.forEachStart(
                in: document,
                paren: { at in
                    parens.append(Int32(at))
                    visit(at)
                }
            ) { start in
                counts[bucket(start) + 1] += 1
                total += 1
                visit(start)
            }
            for b in 1..<counts.count { counts[b] += counts[b - 1] }
            // `counts[b]` moves on from the start of bucket `b` as it is filled, to end at the start of
            // bucket `b + 1`; one shift back then gives the starts again, with no second array of them.
            byWord = [Int32](repeating: 0, count: total)
            Self.forEachStart(in: document) { start in
                let b = bucket(start)
                byWord[Int(counts[b])] = Int32(start)
                counts[b] += 1
            }
            for b in stride(from: counts.count - 1, to: 0, by: -1) { counts[b] = counts[b - 1] }
            counts[0] = 0
            buckets = counts
        }
        self.parens = parens
        self.buckets = buckets
        self.byWord = byWord
    }

    /// Calls `body` with every word start of `document` and `paren` with every "(", all in text
    /// order (see ``init(_:)``).
    static func forEachStart(in document: Document, paren: (Int) -> Void = { _ in }, _ body: (Int) -> Void) {
        document.folded.withUnsafeBufferPointer { hay in
            for token in document.tokens {
                if token.kind == .punct {
                    if token.mark == "(" { paren(token.start) }
                    continue
                }
                var previousIsWord = token.start > 0 && NameRuns.isWordScalar(hay[token.start - 1])
                for i in token.start..<token.end {
                    let isWord = NameRuns.isWordScalar(hay[i])
                    if isWord && !previousIsWord { body(i) }
                    previousIsWord = isWord
                }
            }
        }
    }

    /// A power of two about a quarter of `starts` (at least 1).
    private static func bucketCount(_ starts: Int) -> Int {
        var n = 1
        while n < starts / 4 { n <<= 1 }
        return n
    }

    /// FNV-1a of the run of word scalars of `s` from `start`.
    private static func hash(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < s.count, NameRuns.isWordScalar(s[i]) {
            h = (h ^ UInt64(s[i].value)) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    /// The word starts, in text order, where the word written is (perhaps) the first word of
    /// `needle`: every start where it is, and a few others that share its bucket. Empty when
    /// `needle` does not open with a word scalar (no word starts with anything else).
    func starts(ofFirstWordOf needle: [Unicode.Scalar]) -> ArraySlice<Int32> {
        guard let first = needle.first, NameRuns.isWordScalar(first), !byWord.isEmpty else { return [] }
        let mask = buckets.count - 2
        let b = needle.withUnsafeBufferPointer { Int(truncatingIfNeeded: Self.hash($0, from: 0)) & mask }
        return byWord[Int(buckets[b])..<Int(buckets[b + 1])]
    }
}
