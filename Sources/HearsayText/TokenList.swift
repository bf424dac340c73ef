/// The tokens of a ``Document``, held compactly and read as ``Token`` values.
///
/// A token takes 6 bytes here (its 4-byte start; 2 bytes of kind, case flags, and its length or,
/// for a mark, its scalar, when that is under 4,095), plus its 8-byte key for a word, a number or
/// a mark beyond ASCII, and 4 bytes more for a length or scalar of 4,095 or over (a curly quote
/// mark, a dash); the key of an ASCII mark is worked out from the mark. An article of 10 MB made
/// of `"x" ` holds 7.8 million tokens: 69 MB this way, 189 MB as an array of ``Token`` (issue 13:
/// memory). Reading one builds the same ``Token`` an array would hold.
public struct TokenList: RandomAccessCollection, Sendable {
    public typealias Index = Int
    public typealias Element = Token
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<TokenList>

    // Two arrays rather than one of 8-byte words: 6 bytes a token. `info` holds the kind (2 bits),
    // capitalized, allCaps, and 12 bits of payload (a word's or number's length, a mark's scalar);
    // a payload of `overflowMark` or more is kept in `overflow` instead.
    @usableFromInline var starts: [UInt32] = []
    @usableFromInline var info: [UInt16] = []
    /// The payloads too wide for `info`, of the tokens whose bit is set in `overflowed`, in order.
    @usableFromInline var overflow: [UInt32] = []
    /// Which tokens keep their payload in `overflow`.
    @usableFromInline var overflowed = RankedBits()
    /// The keys of the tokens whose bit is set in `keyed`, in order.
    @usableFromInline var keys: [UInt64] = []
    /// Which tokens have a stored key: words, numbers, and marks beyond ASCII.
    @usableFromInline var keyed = RankedBits()

    /// The longest word or number a token holds, in scalars (the payload's 28 bits).
    static let maximumLength = (1 << 28) - 1
    /// The payload `info` holds for a payload kept in `overflow` (12 bits, all set).
    @usableFromInline static let overflowMark: UInt16 = 0xFFF

    /// An empty list.
    public init() {}

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { starts.count }
    /// The number of tokens (the array's own count, not the generic distance between indices).
    @inlinable public var count: Int { starts.count }

    /// The token at `i`.
    @inlinable @inline(__always)
    public subscript(i: Int) -> Token {
        let start = Int(truncatingIfNeeded: starts[i])
        let high = UInt32(truncatingIfNeeded: info[i])
        let small = high &>> 4
        let payload = small == UInt32(TokenList.overflowMark) ? overflow[overflowed.rank(i)] : small
        switch high & 3 {
        case 2:
            let mark = Unicode.Scalar(payload) ?? " "
            let key = payload < 0x80 ? TokenList.asciiMarkKey(payload) : keys[keyed.rank(i)]
            return Token(start: start, end: start &+ 1, key: key, kind: .punct, capitalized: false, allCaps: false, mark: mark)
        default:
            return Token(
                start: start, end: start &+ Int(payload), key: keys[keyed.rank(i)],
                kind: high & 3 == 0 ? .word : .number, capitalized: high & 4 != 0, allCaps: high & 8 != 0, mark: " ")
        }
    }

    /// The index of the first token that starts at or after `offset` (``count`` if none): a binary
    /// search of the starts alone, without building a ``Token`` at each step.
    @inlinable
    public func index(startingAtOrAfter offset: Int) -> Int {
        guard offset > 0 else { return 0 }
        guard offset <= Int(UInt32.max) else { return count }
        let target = UInt32(truncatingIfNeeded: offset)
        return starts.withUnsafeBufferPointer { starts in
            var low = 0
            var high = starts.count
            while low < high {
                let middle = low + (high - low) / 2
                if starts[middle] >= target { high = middle } else { low = middle + 1 }
            }
            return low
        }
    }

    /// ``Normalizer/key(_:)`` of one ASCII mark (never a capital letter, so never lower-cased).
    @inlinable @inline(__always)
    static func asciiMarkKey(_ v: UInt32) -> UInt64 {
        (WordKey.seed ^ UInt64(v)) &* WordKey.prime
    }

    /// Appends `token` (tokens come in text order).
    mutating func append(_ token: Token) {
        var high: UInt32
        var payload: UInt32
        switch token.kind {
        case .word: high = 0
        case .number: high = 1
        case .punct: high = 2
        }
        if token.kind == .punct {
            payload = token.mark.value
        } else {
            precondition(token.end - token.start <= TokenList.maximumLength, "a word of over 2^28 scalars")
            payload = UInt32(token.end - token.start)
            if token.capitalized { high |= 4 }
            if token.allCaps { high |= 8 }
        }
        let wide = payload >= UInt32(TokenList.overflowMark)
        high |= (wide ? UInt32(TokenList.overflowMark) : payload) << 4
        starts.append(UInt32(truncatingIfNeeded: token.start))
        info.append(UInt16(truncatingIfNeeded: high))
        overflowed.append(wide)
        if wide { overflow.append(payload) }
        let stored = token.kind != .punct || token.mark.value >= 0x80
        keyed.append(stored)
        if stored { keys.append(token.key) }
    }

    /// Reserves room for `tokens` tokens of which `keys` have a stored key.
    mutating func reserveCapacity(tokens: Int, keys: Int) {
        starts.reserveCapacity(tokens)
        info.reserveCapacity(tokens)
        self.keys.reserveCapacity(keys)
        keyed.reserveCapacity(tokens)
        overflowed.reserveCapacity(tokens)
    }

    /// The room reserved for tokens and for keys.
    var capacity: (tokens: Int, keys: Int) { (Swift.min(starts.capacity, info.capacity), keys.capacity) }
    /// The number of stored keys.
    var keyCount: Int { keys.count }

    /// The same list in storage of its exact size.
    func compacted() -> TokenList {
        var out = TokenList()
        out.starts = starts.withExactCapacity()
        out.info = info.withExactCapacity()
        out.overflow = overflow.withExactCapacity()
        out.overflowed = overflowed.compacted()
        out.keys = keys.withExactCapacity()
        out.keyed = keyed.compacted()
        return out
    }
}
