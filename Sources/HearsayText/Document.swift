import HearsayModel

/// An article's text as the stages read it: an array of Unicode scalars, so that an index is
/// an offset in scalars, in which look-alike characters (curly apostrophes, thin and
/// non-breaking spaces, dashes) are made plain (``folded``), the scalars as written
/// (``scalars``), and its tokens.
///
/// A 10 MB article is read into one array of scalars, the changes folding made, and its tokens
/// held compactly (``TokenList``); claim words are read from the text where a claim stage asks
/// for them (issue 13: memory).
public struct Document: Sendable {
    /// The scalars of the article text, unchanged.
    public let scalars: OriginalScalars
    /// The same scalars after ``Normalizer/fold(_:)``: same count, same offsets.
    public let folded: [Unicode.Scalar]
    /// The words and punctuation of the text, in order (see ``Token``).
    public let tokens: TokenList

    /// Reads `text` into scalars, folds it and splits it into tokens.
    public init(text: String) {
        let scalars = Document.decodeAndFold(text)
        self.scalars = scalars
        self.folded = scalars.folded
        self.tokens = Tokenizer.tokens(scalars.folded)
    }

    /// The words of the whole text as the claim stages read them (``Tokenizer/words(_:in:)``),
    /// read again at each call.
    package var words: [ClaimWord] { Tokenizer.words(folded, in: TextSpan(start: 0, end: folded.count)) }

    /// The claim words of `span`: exactly ``Tokenizer/words(_:in:)`` of the folded text (a word
    /// cut by the span's ends reads as cut).
    package func words(in span: TextSpan) -> [ClaimWord] {
        Tokenizer.words(folded, in: span)
    }

    /// The number of claim words in `span`, counting no further than `limit`.
    package func wordCount(in span: TextSpan, upTo limit: Int) -> Int {
        Tokenizer.wordCount(folded, in: span, upTo: limit)
    }

    /// Decodes `text` and folds it (``Normalizer/fold(_:)``) in one pass: the folded scalars,
    /// and the originals of those folding changed.
    package static func decodeAndFold(_ text: String) -> OriginalScalars {
        var text = text
        var changed: [Int] = []
        var originals: [Unicode.Scalar] = []
        let folded = text.withUTF8 { bytes in
            let n = bytes.count
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, outCount in
                var count = 0
                var i = 0
                while i < n {
                    let b0 = UInt32(bytes[i])
                    if b0 < 0x80 {
                        // ASCII: the scalar is the byte; only a tab folds (to a space).
                        let c = Unicode.Scalar(UInt8(truncatingIfNeeded: b0))
                        if b0 == 0x09 {
                            out[count] = " "
                            changed.append(count)
                            originals.append(c)
                        } else {
                            out[count] = c
                        }
                        count += 1
                        i += 1
                        continue
                    }
                    let c = multiByteScalar(b0, bytes, &i)
                    let f = Normalizer.foldOne(c)
                    out[count] = f
                    if f != c {
                        changed.append(count)
                        originals.append(c)
                    }
                    count += 1
                }
                outCount = count
            }
        }
        // A text of n bytes has at most n scalars: the array is trimmed when it has far fewer.
        let exact = folded.withExactCapacity()
        if originals.isEmpty { return OriginalScalars(folded: exact, changed: RankedBits(), originals: []) }
        return OriginalScalars(
            folded: exact, changed: RankedBits(count: exact.count, set: changed), originals: originals.withExactCapacity())
    }

    /// The scalar whose UTF-8 starts with the non-ASCII byte `b0` at `i`, moving `i` past it;
    /// a sequence cut short by the end of the text gives U+FFFD and ends the text.
    @inline(__always)
    private static func multiByteScalar(_ b0: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int)
        -> Unicode.Scalar
    {
        let n = bytes.count
        var v: UInt32
        if b0 < 0xE0, i + 1 < n {
            v = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
            i += 2
        } else if b0 < 0xF0, i + 2 < n {
            v = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
            i += 3
        } else if i + 3 < n {
            v =
                ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                | (UInt32(bytes[i + 3]) & 0x3F)
            i += 4
        } else {
            v = 0xFFFD
            i = n
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    /// The scalars of `text`, decoded straight from its UTF-8 (faster than `Array(text.unicodeScalars)`).
    package static func decode(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    out.append(Unicode.Scalar(UInt8(truncatingIfNeeded: b0)))
                    i += 1
                } else {
                    out.append(multiByteScalar(b0, bytes, &i))
                }
            }
            return out
        }
    }

    /// The number of scalars in the text.
    public var count: Int { folded.count }

    /// The original text of `span`.
    public func text(_ span: TextSpan) -> String {
        let a = max(0, span.start)
        let b = min(count, span.end)
        guard a < b else { return "" }
        return scalars.string(a..<b)
    }

    /// The original text of tokens `range` (from the first token's start to the last one's end).
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end))
    }

    /// The index of the first token that starts at or after `offset` (`tokens.count` if none).
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        tokens.index(startingAtOrAfter: offset)
    }

    /// The range of tokens lying wholly inside `span`.
    public func tokenRange(_ span: TextSpan) -> Range<Int> {
        let a = tokenIndex(atOrAfter: span.start)
        var b = tokenIndex(atOrAfter: span.end)
        while b > a, tokens[b - 1].end > span.end { b -= 1 }
        return a..<max(a, b)
    }

    /// The folded scalar at `offset`, or a space outside the text.
    @inlinable @inline(__always)
    public func char(_ offset: Int) -> Unicode.Scalar {
        offset >= 0 && offset < folded.count ? folded[offset] : " "
    }
}
