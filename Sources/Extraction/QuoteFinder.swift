import HearsayModel
import HearsayText

/// A span between quote marks, before attribution.
public struct QuoteSpan: Sendable, Hashable {
    // Offsets in 32 bits, the closing mark as its start and width, and the paragraph and the
    // marks' widths and family packed in one word: 16 bytes a span rather than 72, for an
    // article of millions of short quotations (issue 13: memory). The marks are at most two
    // scalars wide, so the opening mark is the text's start less a width.
    private var textStart: Int32
    private var textEnd: Int32
    private var closeStart: Int32
    // Bits 0-1: the opening mark's width; 2-3: the closing mark's width (0 when there is none);
    // 4: single; 5-31: the paragraph.
    private var tail: UInt32

    /// True when the marks were single quotes (‘…’), used as quote marks in headlines.
    public var single: Bool {
        get { tail & 16 != 0 }
        set { tail = newValue ? tail | 16 : tail & ~16 }
    }

    private var openWidth: UInt32 {
        get { tail & 3 }
        set { tail = (tail & ~3) | min(newValue, 3) }
    }

    private var closeWidth: UInt32 {
        get { (tail >> 2) & 3 }
        set { tail = (tail & ~12) | (min(newValue, 3) << 2) }
    }

    /// Creates a span; offsets must fit in 32 bits, the paragraph in 27 (a text of up to 2 GB
    /// of scalars and 134 million paragraphs).
    public init(text: TextSpan, open: TextSpan, close: TextSpan?, paragraph: Int, single: Bool) {
        textStart = Int32(text.start)
        textEnd = Int32(text.end)
        closeStart = Int32(close?.start ?? 0)
        tail = 0
        self.paragraph = paragraph
        self.single = single
        self.open = open
        self.close = close
    }

    /// The words between the marks.
    public var text: TextSpan {
        get { TextSpan(start: Int(textStart), end: Int(textEnd)) }
        set {
            textStart = Int32(newValue.start)
            textEnd = Int32(newValue.end)
        }
    }

    /// The opening mark (it ends where the text starts).
    public var open: TextSpan {
        get { TextSpan(start: Int(textStart) - Int(openWidth), end: Int(textStart)) }
        set {
            // Callers keep the mark right before the text; the width is what is stored.
            openWidth = UInt32(clamping: newValue.end - newValue.start)
        }
    }

    /// The closing mark, or nil when the paragraph ended first (a quote running on into the next paragraph).
    public var close: TextSpan? {
        get { closeWidth == 0 ? nil : TextSpan(start: Int(closeStart), end: Int(closeStart) + Int(closeWidth)) }
        set {
            closeStart = Int32(newValue?.start ?? 0)
            closeWidth = newValue.map { UInt32(clamping: max(1, $0.end - $0.start)) } ?? 0
        }
    }

    /// The paragraph the quote lies in.
    public var paragraph: Int {
        get { Int(tail >> 5) }
        set {
            precondition(newValue >= 0 && newValue < 1 << 27, "a paragraph number beyond 27 bits")
            tail = (tail & 31) | UInt32(newValue) << 5
        }
    }
}

/// Finds the spans between quote marks of every kind: straight and curly double quotes,
/// doubled apostrophes (`''…''`), „German“ marks, «guillemets» and, in headlines or articles
/// that use no double quotes, ‘single quotes’. Apostrophes are never taken for closing marks.
/// Marks are paired within a paragraph, so an odd number of marks never swallows the rest of the article.
public enum QuoteFinder {
    enum Family: UInt8 { case straight, curly, german, guillemet, reversedGuillemet }

    /// True for a scalar that is a double quote mark of any kind.
    public static func isDoubleMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: return true
        default: return false
        }
    }

    /// True for a mark that can close a quotation (used by the sentence splitter).
    static func isClosingLike(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x201C: return true
        default: return false
        }
    }

    /// True for a mark that can open a quotation.
    static func isOpeningLike(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x201C, 0x2018, 0x201E, 0xAB, 0x27: return true
        default: return false
        }
    }

    /// The quote spans in the content paragraphs of `document`, in text order.
    public static func find(in document: Document, paragraphs: Paragraphs) -> [QuoteSpan] {
        let s = document.scalars
        var usesDouble = false
        for c in s where isDoubleMark(c) {
            usesDouble = true
            break
        }
        if !usesDouble {
            // Doubled apostrophes count as double quotes.
            var i = 0
            while i + 1 < s.count {
                if s[i] == "'" && s[i + 1] == "'" {
                    usesDouble = true
                    break
                }
                i += 1
            }
        }
        var out: [QuoteSpan] = []
        if s.count >= 1 << 20 {
            // A long text reserves one span per two double marks, the most there usually are, so
            // that millions of short quotations are not held twice while the array grows (issue 13).
            var marks = 0
            for c in document.folded where isDoubleMark(c) { marks += 1 }
            out.reserveCapacity(marks / 2 + 1)
        }
        var budget = BudgetPoll()
        for p in paragraphs where p.isContent {
            if budget.spent() { break }
            let before = out.count
            findDouble(s, p, &out)
            if p.role == .title || !usesDouble {
                findSingle(s, p, inside: out[before...].map { $0.open.start..<($0.close?.end ?? p.span.end) }, &out)
                out[before...].sort { $0.open.start < $1.open.start }
            }
        }
        return out
    }

    @inline(__always)
    static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool { Normalizer.isWordScalar(c) }

    static func findDouble(_ s: OriginalScalars, _ p: Paragraph, _ out: inout [QuoteSpan]) {
        var open: (pos: Int, width: Int, family: Family)? = nil
        let a = p.span.start
        let b = p.span.end
        func at(_ i: Int) -> Unicode.Scalar { i >= a && i < b ? s[i] : " " }
        func later(_ i: Int, _ mark: UInt32) -> Bool { nextOf(i, mark) < b }
        func nextOf(_ i: Int, _ mark: UInt32) -> Int {
            var k = i + 1
            while k < b {
                if s[k].value == mark { return k }
                k += 1
            }
            return b
        }
        func emit(_ o: (pos: Int, width: Int, family: Family), closeAt: Int?, closeWidth: Int) {
            let textStart = o.pos + o.width
            var textEnd = closeAt ?? b
            if closeAt == nil {
                while textEnd > textStart, Normalizer.isSpace(s[textEnd - 1]) { textEnd -= 1 }
            }
            var hasWord = false
            var k = textStart
            while k < textEnd {
                if isLetterOrDigit(s[k]) {
                    hasWord = true
                    break
                }
                k += 1
            }
            guard hasWord else { return }
            out.append(
                QuoteSpan(
                    text: TextSpan(start: textStart, end: textEnd), open: TextSpan(start: o.pos, end: textStart),
                    close: closeAt.map { TextSpan(start: $0, end: $0 + closeWidth) }, paragraph: p.index,
                    single: false))
        }
        var i = a
        while i < b {
            let c = s[i]
            let v = c.value
            var width = 1
            var isStraight = false
            if v == 0x22 {
                isStraight = true
            } else if v == 0x27 || v == 0x2019 || v == 0x2018, i + 1 < b, s[i + 1] == c {
                // NYT style: two apostrophes make a double quote.
                isStraight = true
                width = 2
            }
            if isStraight {
                let prev = at(i - 1)
                let next = at(i + width)
                if Normalizer.isDigit(prev) && !isLetterOrDigit(next) && width == 1 && open == nil {
                    i += 1  // an inch mark
                    continue
                }
                if let o = open {
                    if o.family == .straight
                        || (o.family == .curly && width == 1 && !Normalizer.isSpace(prev) && !isLetterOrDigit(next)
                            && !later(i, 0x201D))
                    {
                        emit(o, closeAt: i, closeWidth: width)
                        open = nil
                    }
                } else if !(Normalizer.isSpace(next) || i + width >= b) || Normalizer.isSpace(prev) || i == a {
                    open = (i, width, .straight)
                }
                i += width
                continue
            }
            switch v {
            case 0x201C:  // “ opens, or closes a „German“ quote
                if let o = open {
                    if o.family == .german {
                        emit(o, closeAt: i, closeWidth: 1)
                        open = nil
                    } else if o.family == .curly {
                        if Normalizer.isSpace(at(i + 1)) || i + 1 >= b
                            || !isLetterOrDigit(at(i + 1)) && !Normalizer.isSpace(at(i - 1))
                        {
                            // A wrong-way closing mark.
                            emit(o, closeAt: i, closeWidth: 1)
                            open = nil
                        } else {
                            // The previous quote was never closed.
                            var end = i
                            while end > o.pos + 1, Normalizer.isSpace(s[end - 1]) { end -= 1 }
                            emit(o, closeAt: end, closeWidth: 0)
                            open = (i, 1, .curly)
                        }
                    }
                } else {
                    open = (i, 1, .curly)
                }
            case 0x201D, 0x201F:  // ”
                if let o = open {
                    if o.family == .curly || o.family == .german
                        || (o.family == .straight && !Normalizer.isSpace(at(i - 1)) && !isLetterOrDigit(at(i + 1))
                            && (!later(i, 0x22) || nextOf(i, 0x201C) < nextOf(i, 0x22)))
                    {
                        // A straight opening mark closed by a curly one (mixed marks in scraped text).
                        emit(o, closeAt: i, closeWidth: 1)
                        open = nil
                    }
                } else if Normalizer.isSpace(at(i - 1)) || i == a, isLetterOrDigit(at(i + 1)) {
                    open = (i, 1, .curly)
                }
            case 0x201E:  // „
                if open == nil { open = (i, 1, .german) }
            case 0xAB:  // «
                if let o = open {
                    if o.family == .reversedGuillemet {
                        emit(o, closeAt: i, closeWidth: 1)
                        open = nil
                    }
                } else {
                    open = (i, 1, .guillemet)
                }
            case 0xBB:  // »
                if let o = open {
                    if o.family == .guillemet {
                        emit(o, closeAt: i, closeWidth: 1)
                        open = nil
                    }
                } else if Normalizer.isSpace(at(i - 1)) || i == a, !Normalizer.isSpace(at(i + 1)) {
                    open = (i, 1, .reversedGuillemet)
                }
            default:
                break
            }
            i += 1
        }
        if let o = open { emit(o, closeAt: nil, closeWidth: 0) }
    }

    /// Pairs ‘single’ quote marks in a paragraph, outside the double-quoted ranges `inside`.
    static func findSingle(_ s: OriginalScalars, _ p: Paragraph, inside: [Range<Int>], _ out: inout [QuoteSpan]) {
        let a = p.span.start
        let b = p.span.end
        func at(_ i: Int) -> Unicode.Scalar { i >= a && i < b ? s[i] : " " }
        func covered(_ i: Int) -> Bool { inside.contains { $0.contains(i) } }
        func isOpen(_ i: Int) -> Bool {
            let c = s[i]
            guard c == "‘" || c == "'" else { return false }
            let prev = at(i - 1)
            let okPrev =
                i == a || Normalizer.isSpace(prev) || prev == "(" || prev == "[" || prev == "—" || prev == "-"
                || prev == ":" || prev == "\"" || prev == "“"
            return okPrev && isLetterOrDigit(at(i + 1)) && at(i + 1) != "'"
        }
        func isClose(_ i: Int) -> Bool {
            let c = s[i]
            guard c == "’" || c == "'" else { return false }
            return !Normalizer.isSpace(at(i - 1)) && !isLetterOrDigit(at(i + 1)) && at(i + 1) != "'"
                && at(i - 1) != "'"
        }
        var i = a
        while i < b {
            guard !covered(i), isOpen(i) else {
                i += 1
                continue
            }
            // The first closing mark; a plural possessive ("chiefs’ comments") is skipped when a later one exists.
            var candidates: [Int] = []
            var j = i + 2
            while j < b {
                if covered(j) { break }
                if isClose(j) { candidates.append(j) }
                if isOpen(j), candidates.isEmpty == false { break }
                j += 1
            }
            var chosen: Int? = nil
            for k in candidates {
                let possessive = at(k - 1) == "s" && Normalizer.isSpace(at(k + 1)) && Normalizer.isLower(at(k + 2))
                if possessive && k != candidates.last { continue }
                chosen = k
                break
            }
            guard let close = chosen else {
                i += 1
                continue
            }
            out.append(
                QuoteSpan(
                    text: TextSpan(start: i + 1, end: close), open: TextSpan(start: i, end: i + 1),
                    close: TextSpan(start: close, end: close + 1), paragraph: p.index, single: true))
            i = close + 1
        }
    }
}
