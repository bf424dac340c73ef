import HearsayModel
import HearsayText

/// Ties each quote span to its speaker and reporting cue, using the layouts news writing uses:
/// `"Q," X said.` / `"Q," said X.` / `X said: "Q"` / `X said the plan was "Q"` / `"Q" — X` /
/// a quote interrupted by its attribution / a quote paragraph continuing the previous speaker /
/// a colon lead-in on the line before / a headline quote whose speaker the next paragraph names.
/// Scare quotes and names of things (short fragments with no cue) are dropped; repeats are kept once.
public enum Attribution {
    /// How a quote got its speaker, from most to least certain.
    enum Rule {
        case trailing, leading, dash, sameParagraph, paragraphCue, continuation, colonLeadIn, leadIn, leadLine,
            nextParagraph, subject, none
    }

    struct Found {
        var speaker: Int?
        var cue: String?
        var rule: Rule
        var pronoun: Bool
    }

    /// Attributes `spans` (from ``QuoteFinder``) and returns the quotes in text order, repeats removed.
    public static func attribute(
        _ spans: [QuoteSpan], in d: Document, paragraphs: Paragraphs, book: inout SpeakerBook
    ) -> [Quote] {
        var quotes: [Quote] = []
        var found: [Found] = []
        var repeats = RepeatIndex()
        var lastParagraphSpeaker: [Int: (speaker: Int?, unclosed: Bool, cue: String?, pronoun: Bool)] = [:]
        let quoted = QuotedSpans(spans)
        book.noteQuotations(quoted)
        let cueIndex = CueIndex(d)
        // The last quotation given a speaker, kept or not (a two-word quote still names who is talking).
        var lastAttributed: (paragraph: Int, speaker: Int?, cue: String?, pronoun: Bool)? = nil
        // Unclosed quote paragraphs with no attribution yet: a quote running over several paragraphs
        // whose attribution comes with a later paragraph of the run (the one that closes the marks).
        var pending: [(span: QuoteSpan, sentenceLike: Bool, wordCount: Int, bag: [UInt64])] = []
        var budget = BudgetPoll()
        for (n, q) in spans.enumerated() {
            if budget.spent() { break }
            let p = paragraphs[q.paragraph]
            let prevInPara = n > 0 && spans[n - 1].paragraph == q.paragraph ? spans[n - 1] : nil
            let nextInPara = n + 1 < spans.count && spans[n + 1].paragraph == q.paragraph ? spans[n + 1] : nil
            if let last = pending.last {
                var k = q.paragraph - 1
                while k >= 0, !paragraphs.role(at: k).isContent { k -= 1 }
                if k != last.span.paragraph || q.open.start != p.span.start { pending.removeAll() }
            }
            let sentence = p.sentences.lastStarting(atOrBefore: q.open.start) ?? p.span
            let leadStart = max(
                sentence.start, prevInPara?.close?.end ?? prevInPara?.text.end ?? p.span.start, p.span.start)
            let leading = TextSpan(start: leadStart, end: q.open.start)
            let leadTokens = d.tokenRange(leading)
            let leadWords = leadTokens.filter { d.tokens[$0].kind != .punct }
            let startsSentence = leadWords.isEmpty
            var trailing: TextSpan? = nil
            if let close = q.close {
                var end = p.span.end
                if let s = p.sentences.firstEnding(after: close.start) {
                    end = s.end
                    if s.end <= close.end + 1, let after = p.sentences.firstStarting(atOrAfter: close.end) {
                        // `"…?" he asked.` or `"…!" Smith said.`: the attribution sits in the next short sentence.
                        let last = d.folded[max(q.text.start, q.text.end - 1)]
                        let short = d.tokenRange(after).count <= 12
                        end = (last == "?" || last == "!" || last == "," || short) ? after.end : close.end
                    }
                }
                if let next = nextInPara {
                    // A short quoted name inside the attribution ("wearing “Ted Cruz” pins") does not end it.
                    let shortInner = d.tokenRange(next.text).count <= 4 && (next.close?.end ?? p.span.end) < end
                    if !shortInner { end = min(end, next.open.start) }
                }
                if end > close.end { trailing = TextSpan(start: close.end, end: end) }
            }
            var result = Found(speaker: nil, cue: nil, rule: .none, pronoun: false)
            func tryTrailing() -> Bool {
                guard let t = trailing else { return false }
                if let (speaker, cue, pron) = fromWindow(
                    t, first: true, d: d, cues: cueIndex, book: &book, position: q.open.start, quoted: quoted)
                {
                    result = Found(speaker: speaker, cue: cue, rule: .trailing, pronoun: pron)
                    return true
                }
                if let s = dashSpeaker(t, paragraphEnd: p.span.end, d: d, book: &book, position: q.open.start) {
                    result = Found(speaker: s, cue: nil, rule: .dash, pronoun: false)
                    return true
                }
                return false
            }
            func tryLeading() -> Bool {
                guard !leadWords.isEmpty else { return false }
                if let (speaker, cue, pron) = fromWindow(
                    leading, first: false, d: d, cues: cueIndex, book: &book, position: q.open.start, quoted: quoted)
                {
                    result = Found(speaker: speaker, cue: cue, rule: .leading, pronoun: pron)
                    return true
                }
                return false
            }
            // "Moss, citing “…,” said the firm could …": a participle aside of the subject before the
            // quote, whose verb comes after it; the subject speaks.
            func tryAsideSubject() -> Bool {
                guard let last = leadTokens.last, last > leadTokens.lowerBound, d.tokens[last].kind == .word,
                    !d.tokens[last].capitalized, d.tokens[last - 1].mark == ",",
                    MentionIndex.participleFollows(last, in: d, end: last + 1),
                    let np = SpeakerPhrase.mainSubject(before: last, in: d, limit: leadTokens),
                    let s = book.resolve(np, in: d, at: q.open.start)
                else { return false }
                let r = d.tokenRange(np)
                let pron = r.count == 1 && Lexicon.pronouns[d.tokens[r.lowerBound].key] != nil
                result = Found(speaker: s, cue: d.text(d.tokens[last].span), rule: .leading, pronoun: pron)
                return true
            }
            // An interview turn quoted whole ("“PENCE: Well, look, …”") names its speaker; a turn of a
            // block excerpt (marks reopened paragraph after paragraph) stays an excerpt.
            let turn = transcriptLabel(q.text, d)
            if let turn, q.close != nil, let s = transcriptSpeaker(turn, d: d, book: &book, at: q.open.start) {
                result = Found(speaker: s, cue: nil, rule: .colonLeadIn, pronoun: false)
            } else if startsSentence || attributionFollows(q, trailing, d, cueIndex) {
                _ = tryTrailing() || tryLeading()
            } else {
                _ = tryLeading() || tryAsideSubject() || tryTrailing()
            }
            if result.rule == .none, leadStart > sentence.start, !startsSentence {
                // A fragment after an earlier quote of the same sentence: the sentence's own cue.
                let whole = TextSpan(start: sentence.start, end: q.open.start)
                if let (speaker, cue, pron) = fromWindow(
                    whole, first: false, d: d, cues: cueIndex, book: &book, position: q.open.start, quoted: quoted)
                {
                    result = Found(speaker: speaker, cue: cue, rule: .leading, pronoun: pron)
                }
            }
            let wordCount = d.tokenRange(q.text).filter { d.tokens[$0].kind != .punct }.count
            let firstWord = d.tokenRange(q.text).first(where: { d.tokens[$0].kind != .punct })
            let capitalStart = firstWord.map { d.tokens[$0].capitalized || d.tokens[$0].kind == .number } ?? false
            let sentenceLike =
                startsSentence && capitalStart
                || (leadWords.isEmpty == false && capitalStart
                    && (d.tokens[leadTokens.upperBound - 1].mark == ":"
                        || d.tokens[leadTokens.upperBound - 1].mark == ","))
            if result.rule == .none, !(sentenceLike || wordCount >= 6), let last = lastAttributed,
                last.paragraph == q.paragraph, prevInPara != nil
            {
                // A fragment after a quotation of the same paragraph ("… ,” she added. But it is not “Q”").
                result = Found(speaker: last.speaker, cue: last.cue, rule: .sameParagraph, pronoun: last.pronoun)
            }
            if result.rule == .none && (sentenceLike || wordCount >= 6) {
                // The previous quote of the paragraph, or the next one when it carries the attribution.
                if let last = lastAttributed, last.paragraph == q.paragraph, prevInPara != nil {
                    result = Found(speaker: last.speaker, cue: last.cue, rule: .sameParagraph, pronoun: last.pronoun)
                } else if q.open.start == p.span.start || (startsSentence && prevInPara == nil) {
                    // A quote paragraph with no attribution continues the previous paragraph's speaker,
                    // or takes the one a colon lead-in names.
                    var k = q.paragraph - 1
                    while k >= 0, !paragraphs.role(at: k).isContent { k -= 1 }
                    if k >= 0, turn == nil {
                        // A turn with a label of its own is not the previous turn's speaker continuing.
                        if let prev = lastParagraphSpeaker[k], prev.speaker != nil {
                            result = Found(
                                speaker: prev.speaker, cue: prev.cue, rule: .continuation, pronoun: prev.pronoun)
                        } else if d.folded[paragraphs[k].span.end - 1] == ":",
                            let s = paragraphs[k].sentences.last,
                            let (speaker, cue, pron) = fromWindow(
                                s, first: false, d: d, cues: cueIndex, book: &book, position: s.start, quoted: quoted)
                        {
                            result = Found(speaker: speaker, cue: cue, rule: .colonLeadIn, pronoun: pron)
                        } else if lastParagraphSpeaker[k] == nil, q.open.start == p.span.start,
                            let s = paragraphs[k].sentences.last,
                            let (speaker, cue, pron) = fromWindow(
                                s, first: false, d: d, cues: cueIndex, book: &book, position: s.start, quoted: quoted),
                            speaker != nil
                        {
                            // "Howard continued his remarks." and then the quote paragraph.
                            result = Found(speaker: speaker, cue: cue, rule: .leadIn, pronoun: pron)
                        } else if q.paragraph > 0, lastParagraphSpeaker[q.paragraph - 1] == nil,
                            q.open.start == p.span.start,
                            let speaker = leadLinePerson(paragraphs[q.paragraph - 1], d: d, book: &book)
                        {
                            // "Ann Lee Thanked Moss For Her Help" and then the quote paragraph.
                            result = Found(speaker: speaker, cue: nil, rule: .leadLine, pronoun: false)
                        }
                    }
                    if result.rule == .none, nextInPara == nil, q.close != nil,
                        trailing.map { d.tokenRange($0).count <= 2 } ?? true,
                        let s = nextDashLine(after: q.paragraph, paragraphs, d: d, book: &book, position: q.open.start)
                    {
                        // A quote paragraph signed on the next line: "- Senator Ada Pell."
                        result = Found(speaker: s, cue: nil, rule: .dash, pronoun: false)
                    }
                    // A headline quote followed by a colon and a description of who said it
                    // ("“…”: a glaciologist on twenty summers at the ice").
                    let colonTail =
                        p.role == .title
                        && (trailing.map { t in
                            d.tokenRange(t).first.map { d.tokens[$0].mark == ":" } ?? false
                        } ?? false)
                    if result.rule == .none, nextInPara == nil, q.close != nil,
                        (trailing.map { d.tokenRange($0).count <= 2 } ?? true) || colonTail
                    {
                        // A stand-alone quote whose speaker the next paragraph names.
                        var k = q.paragraph + 1
                        while k < paragraphs.count, !paragraphs.role(at: k).isContent { k += 1 }
                        let previousHasQuote = q.paragraph > 0 && lastParagraphSpeaker[q.paragraph - 1] != nil
                        if k < paragraphs.count, !previousHasQuote, let s = paragraphs[k].sentences.first,
                            d.scalars[s.start] != "\"" && d.scalars[s.start] != "“"
                        {
                            if let (speaker, cue, _) = fromWindow(
                                s, first: true, d: d, cues: cueIndex, book: &book, position: s.start, quoted: quoted),
                                speaker != nil || !colonTail
                            {
                                result = Found(speaker: speaker, cue: cue, rule: .nextParagraph, pronoun: false)
                            } else if colonTail, let speaker = openingPerson(s, d: d, book: &book) {
                                // The next paragraph opens with the person the headline describes.
                                result = Found(speaker: speaker, cue: nil, rule: .nextParagraph, pronoun: false)
                            }
                        }
                    }
                }
            }
            if result.rule == .none && sentenceLike && q.open.start > p.span.start {
                // A quote sentence with no attribution of its own, after a sentence of the same paragraph
                // that reports someone ("Lynch announced the lawsuit on Monday. “We are seeking …”").
                for s in p.sentences.reversed() where s.end <= q.open.start {
                    if let (speaker, cue, pron) = fromWindow(
                        s, first: false, d: d, cues: cueIndex, book: &book, position: q.open.start, quoted: quoted),
                        speaker != nil
                    {
                        result = Found(speaker: speaker, cue: cue, rule: .paragraphCue, pronoun: pron)
                        break
                    }
                }
            }
            if result.speaker != nil && (result.rule == .trailing || result.rule == .leading || result.rule == .dash) {
                lastAttributed = (q.paragraph, result.speaker, result.cue, result.pronoun)
            }
            // Scare quotes and names of things: short fragments that nobody is said to have said,
            // and titles of works ("Make Your Garden Grow").
            if isTitleOfWork(q.text, d, titlePunctuation: p.role == .title || showTitlePosition(leadTokens, d)) { continue }
            // A one- or two-word quotation is kept only when a cue gives it to someone: `"We lost,"
            // said Cy Ito.` or a verb whose object it completes ("called the plan “reckless”").
            let short = wordCount < 3
            if short {
                guard result.speaker != nil,
                    result.rule == .trailing && startsSentence
                        || result.rule == .leading && cueGoverns(q, leading, d, cueIndex, quoted)
                else { continue }
            }
            // A block quotation (an excerpt or transcript reopening its marks paragraph after paragraph)
            // that no one is said to have said.
            if q.close == nil && q.open.start == p.span.start && result.rule == .none {
                if nextInPara == nil {
                    var bag: [UInt64] = []
                    for k in d.tokenRange(q.text) where d.tokens[k].kind != .punct { bag.append(d.tokens[k].key) }
                    bag.sort()
                    pending.append((q, sentenceLike, wordCount, bag))
                }
                continue
            }
            let sentenceHasCue = Cues.hasCue(in: d, span: sentence, excluding: quoted)
            if result.rule == .none && (wordCount < 3 || (!sentenceLike && wordCount < 5 && !sentenceHasCue)) {
                continue
            }
            if result.rule == .none && (!sentenceLike || !leadWords.isEmpty) {
                // A fragment in the writer's sentence is most often the words of the sentence's subject.
                let limit = d.tokenRange(TextSpan(start: sentence.start, end: q.open.start))
                if let phrase = SpeakerPhrase.mainSubject(before: limit.upperBound, in: d, limit: limit) {
                    let r = d.tokenRange(phrase)
                    let pron = r.count == 1 && Lexicon.pronouns[d.tokens[r.lowerBound].key] != nil
                    if let sp = book.resolve(phrase, in: d, at: q.open.start) {
                        result = Found(speaker: sp, cue: nil, rule: .subject, pronoun: pron)
                    }
                }
            }
            // Repeats (change-tracking pages print each paragraph twice) are kept once.
            var bag: [UInt64] = []
            for k in d.tokenRange(q.text) where d.tokens[k].kind != .punct { bag.append(d.tokens[k].key) }
            bag.sort()
            let duplicate = repeats.firstRepeat(of: bag)
            if let speaker = result.speaker { book.noteCited(speaker, at: q.open.start) }
            // The turns of a transcript before a labelled one are other speakers' turns.
            if turn != nil { pending.removeAll() }
            if let speaker = result.speaker, !pending.isEmpty {
                // The run's earlier paragraphs take the speaker its attributed paragraph names.
                let earlier = Found(speaker: speaker, cue: result.cue, rule: .continuation, pronoun: result.pronoun)
                for e in pending {
                    quotes.append(
                        Quote(
                            text: d.text(e.span.text), span: e.span.text, kind: e.sentenceLike ? .direct : .partial,
                            speaker: speaker, cue: result.cue, paragraph: e.span.paragraph,
                            confidence: confidence(earlier, wordCount: e.wordCount)))
                    found.append(earlier)
                    repeats.append(e.bag)
                    lastParagraphSpeaker[e.span.paragraph] = (speaker, true, result.cue, result.pronoun)
                }
                pending.removeAll()
            }
            lastParagraphSpeaker[q.paragraph] = (result.speaker, q.close == nil, result.cue, result.pronoun)
            if let k = duplicate {
                if quotes[k].speaker == nil, let s = result.speaker {
                    quotes[k].speaker = s
                    quotes[k].cue = result.cue
                    quotes[k].confidence = confidence(result, wordCount: wordCount)
                }
                continue
            }
            let kind: QuoteKind = sentenceLike && !short ? .direct : .partial
            quotes.append(
                Quote(
                    text: d.text(q.text), span: q.text, kind: kind, speaker: result.speaker, cue: result.cue,
                    paragraph: q.paragraph, confidence: confidence(result, wordCount: wordCount)))
            found.append(result)
            repeats.append(bag)
        }
        return quotes
    }

    /// True when the last reporting cue before quotation `q` is a verb of naming that governs it
    /// directly: at most four words and no clause boundary stand between them ("called the plan
    /// “reckless”", "described it as “a disaster”"), so a short quotation is that verb's words,
    /// not a scare quote.
    static func cueGoverns(_ q: QuoteSpan, _ leading: TextSpan, _ d: Document, _ cues: CueIndex, _ quoted: QuotedSpans)
        -> Bool
    {
        guard let cue = cues.find(in: d, span: leading).last(where: { !isQuoted($0.span.start, quoted) }),
            cue.kind != .accordingTo, namingVerbs.contains(d.tokens[cue.tokens.lowerBound].key)
        else { return false }
        let between = cue.tokens.upperBound..<d.tokenIndex(atOrAfter: q.open.start)
        guard between.count <= 4 else { return false }
        for k in between {
            let t = d.tokens[k]
            if t.kind == .punct, !(t.mark == ":" || t.mark == "," && k == between.upperBound - 1) { return false }
        }
        return true
    }

    /// True when a quotation inside the writer's sentence closes on a comma, question or exclamation
    /// mark and the words right after it report who spoke (`… that “Q,” Pell added.`, `“Q?” asked
    /// Pell`): the attribution after the quote outranks a verb before it.
    static func attributionFollows(_ q: QuoteSpan, _ trailing: TextSpan?, _ d: Document, _ cues: CueIndex) -> Bool {
        guard let t = trailing, q.text.end > q.text.start else { return false }
        // "Moss, citing “the magic of the brand,” said the firm could …": a participle right before
        // the quotation governs it, and the verb after it has its subject before the quote.
        let before = d.tokenIndex(atOrAfter: q.open.start) - 1
        if before >= 1, d.tokens[before].kind == .word, !d.tokens[before].capitalized,
            Cues.table[d.tokens[before].key]?.kind == .participle
                || d.tokens[before - 1].mark == "," && MentionIndex.participleFollows(before, in: d, end: before + 1)
        {
            return false
        }
        var last = q.text.end - 1
        while last > q.text.start, d.folded[last] == " " { last -= 1 }
        let mark = d.folded[last]
        let r = d.tokenRange(t)
        var first = r.lowerBound
        if mark != "," && mark != "?" && mark != "!" {
            // `“Q”, Pell said`: the comma after the closing mark.
            guard first < r.upperBound, d.tokens[first].mark == "," else { return false }
        }
        while first < r.upperBound, d.tokens[first].kind == .punct { first += 1 }
        guard let cue = cues.first(in: d, span: t), cue.tokens.lowerBound < first + 6 else { return false }
        // Only a name, a title or a pronoun stands between the quote and the verb.
        for k in first..<cue.tokens.lowerBound {
            let tok = d.tokens[k]
            if tok.kind == .punct {
                if MentionFinder.isAbbreviationDot(d, k) { continue }
                return false
            }
            if !tok.capitalized && Lexicon.pronouns[tok.key] == nil && !Lexicon.particles.contains(tok.key) {
                return false
            }
        }
        return true
    }

    /// The person a title-case lead line opens with ("Ann Lee Thanked Moss For Her Help"): a line
    /// of one sentence with no closing punctuation, every word capitalised but minor ones, that
    /// starts with a given name and a surname, or with a two-word name the article uses elsewhere.
    static func leadLinePerson(_ p: Paragraph, d: Document, book: inout SpeakerBook) -> Int? {
        // The segmenter may take such a line for a subheading, so its role is not asked.
        guard p.span.end > p.span.start, p.sentences.count <= 1,
            !".!?\"”'’:;,)]…".unicodeScalars.contains(d.scalars[p.span.end - 1])
        else { return nil }
        let words = p.tokens.filter { d.tokens[$0].kind == .word }
        guard words.count >= 3, words.count <= 14,
            words.allSatisfy({ d.tokens[$0].capitalized || minorWords.contains(d.tokens[$0].key) })
        else { return nil }
        let first = p.tokens.lowerBound
        guard d.tokens[first].kind == .word else { return nil }
        var end = first + 2
        // "Ann B. Lee": a middle initial.
        if end < p.tokens.upperBound, d.tokens[first + 1].end - d.tokens[first + 1].start == 1,
            MentionFinder.isAbbreviationDot(d, first + 2)
        {
            end = first + 4
        }
        guard end < p.tokens.upperBound,
            (first..<end).allSatisfy({ d.tokens[$0].kind == .word || MentionFinder.isAbbreviationDot(d, $0) })
        else { return nil }
        let given = d.tokens[first].key
        let surname = d.tokens[end - 1].key
        let known = Lexicon.maleNames.contains(given) || Lexicon.femaleNames.contains(given)
        let usedElsewhere = book.index.names(first: given, last: surname, outside: p.span)
        guard known || usedElsewhere else { return nil }
        return book.resolve(TextSpan(start: d.tokens[first].start, end: d.tokens[end - 1].end), in: d, at: p.span.start)
    }

    /// The label a transcript turn opens with: one to three words written in capitals, then a
    /// colon ("PENCE: Well, …", "SEN. ADA PELL: …"); the label's last word. Nil for a bare "Q" or
    /// "A", which names no one.
    static func transcriptLabel(_ span: TextSpan, _ d: Document) -> Int? {
        let r = d.tokenRange(span)
        var k = r.lowerBound
        var words = 0
        while k < r.upperBound, k < r.lowerBound + 6 {
            let t = d.tokens[k]
            if t.kind == .word, t.allCaps, t.end - t.start >= 2 {
                words += 1
            } else if !MentionFinder.isAbbreviationDot(d, k) {
                break
            }
            k += 1
        }
        guard words >= 1, words <= 3, k < r.upperBound, d.tokens[k].mark == ":", k + 1 < r.upperBound else {
            return nil
        }
        return k - 1
    }

    /// The person a transcript label names: the one the article names by that surname elsewhere.
    static func transcriptSpeaker(_ label: Int, d: Document, book: inout SpeakerBook, at position: Int) -> Int? {
        // Capitals say nothing of the kind of name (a short one reads as an acronym).
        guard let e = book.index.fullest([d.tokens[label].key], isOrganisation: false), !e.isOrganisation else {
            return nil
        }
        return book.register(
            parts: Array(book.index.parts(of: e)),
            display: book.index.display(e), isOrganisation: false, roles: e.roleKeys, gender: e.gender,
            position: position)
    }

    /// The person named at the very start of sentence `s` ("Dr. Ada Pell has spent …"), if any.
    static func openingPerson(_ s: TextSpan, d: Document, book: inout SpeakerBook) -> Int? {
        let range = d.tokenRange(s)
        guard let first = range.first, d.tokens[first].capitalized,
            let run = MentionFinder.run(around: first, in: d, limit: range),
            run.tokens.lowerBound == first, !run.isOrganisation, run.parts.count >= 2
        else { return nil }
        let span = TextSpan(start: d.tokens[run.tokens.lowerBound].start, end: d.tokens[run.tokens.upperBound - 1].end)
        return book.resolve(span, in: d, at: s.start)
    }

    static let clauseVerbs = Lexicon.keys(Lexicons.clauseAuxiliaries)

    /// The chance that `f`'s speaker is right, 0 to 1: the share right of the quotes its rule attributed
    /// on PolNeAR dev and train (``AttributionConfidence``; Scripts/calibration.py prints the table per tenth).
    static func confidence(_ f: Found, wordCount: Int) -> Double {
        AttributionConfidence.of(rule: f.rule, pronoun: f.pronoun, named: f.speaker != nil, wordCount: wordCount)
    }

    /// Looks for a reporting cue in `window` (the first one after a quote, the last one before it)
    /// and resolves its speaker phrase.
    static func fromWindow(
        _ window: TextSpan, first: Bool, d: Document, cues index: CueIndex, book: inout SpeakerBook, position: Int,
        quoted: QuotedSpans
    ) -> (Int?, String, Bool)? {
        let cues = index.find(in: d, span: window).filter { c in !isQuoted(c.span.start, quoted) }
        guard !cues.isEmpty else {
            if first, let (phrase, verb) = positionalCue(window, d) {
                let r = d.tokenRange(phrase)
                let pron = r.count == 1 && Lexicon.pronouns[d.tokens[r.lowerBound].key] != nil
                return (book.resolve(phrase, in: d, at: position), verb, pron)
            }
            if !first, let (phrase, verb) = colonCue(window, d) {
                return (book.resolve(phrase, in: d, at: position), verb, false)
            }
            if !first, let (phrase, verb) = commaVerbCue(window, d) {
                let r = d.tokenRange(phrase)
                let pron = r.count == 1 && Lexicon.pronouns[d.tokens[r.lowerBound].key] != nil
                return (book.resolve(phrase, in: d, at: position), verb, pron)
            }
            return nil
        }
        // A verb with its own subject outranks "according to" (which names where the report came from).
        let inOrder = first ? cues : cues.reversed()
        let ordered = inOrder.filter { $0.kind != .accordingTo } + inOrder.filter { $0.kind == .accordingTo }
        let range = d.tokenRange(window)
        for cue in ordered {
            // Inverted when nothing but punctuation stands between the quote and the verb.
            let before = range.lowerBound..<cue.tokens.lowerBound
            // Also `…, said X, a …` and `But, said X, "…"`: a verb right after a comma takes its subject after it.
            let afterComma = cue.tokens.lowerBound > range.lowerBound && d.tokens[cue.tokens.lowerBound - 1].mark == ","
            let inverted = (first && !before.contains(where: { d.tokens[$0].kind == .word })) || afterComma
            if Lexicon.documentNouns.contains(d.tokens[cue.tokens.lowerBound].key),
                let owner = possessiveOwner(before: cue.tokens.lowerBound, d, range)
            {
                // "From Reyes's Facebook post: “…”": a document noun, not a verb; its owner speaks.
                return (book.resolve(owner, in: d, at: position), cue.text, false)
            }
            guard var phrase = SpeakerPhrase.find(for: cue, in: d, clause: window, inverted: inverted) else {
                continue
            }
            if afterComma, !(first && !before.contains(where: { d.tokens[$0].kind == .word })) {
                // "Its chief, Ada Pell, said the firm had …": the words after the verb are the subject
                // of a reported clause, not an inverted speaker; the speaker stands before the comma.
                // So are they in "Tom Lee, a former chief, said Moss “was involved …”", where the
                // quotation goes on from the name with no comma or colon: the quoted words are the
                // reported clause's own.
                let after = d.tokenRange(phrase).upperBound
                let clauseGoesOn =
                    after < range.upperBound && d.tokens[after].kind == .word
                    && clauseVerbs.contains(d.tokens[after].key)
                let quoteGoesOn = !first && after == range.upperBound
                if clauseGoesOn || quoteGoesOn,
                    let own = SpeakerPhrase.find(for: cue, in: d, clause: window, inverted: false)
                {
                    phrase = own
                }
            }
            let r = d.tokenRange(phrase)
            let pron = r.count == 1 && Lexicon.pronouns[d.tokens[r.lowerBound].key] != nil
            // "She says it underscores that …": a thing reported on is not the speaker when a person's
            // reporting verb stands in the same window.
            if r.count == 1, d.tokens[r.lowerBound].key == itKey, ordered.count > 1, cue != ordered.last {
                continue
            }
            let speaker = book.resolve(phrase, in: d, at: position)
            return (speaker, cue.text, pron)
        }
        return nil
    }

    static let itKey = Normalizer.key("it")
    static let minorWords = Lexicon.keys(Lexicons.minorWords)

    /// True when the words before a quotation end in a possessive or a preposition of place or
    /// occasion ("said on NBC's “Meet the Press.”", "told Wednesday’s “Evening Hour.”", "spoke
    /// in “The Long Night.”"): where a title-case quotation names a show or a work, full stop and all.
    static func showTitlePosition(_ lead: Range<Int>, _ d: Document) -> Bool {
        guard var last = lead.last else { return false }
        // "his book, “A Long Road.”", "the podcast “Small Hours.”": a work noun names what follows.
        if d.tokens[last].mark == ",", last > lead.lowerBound { last -= 1 }
        if d.tokens[last].kind == .word, !d.tokens[last].capitalized, workNouns.contains(d.tokens[last].key) {
            return true
        }
        last = lead.last ?? last
        let t = d.tokens[last]
        if t.kind == .word, venuePrepositions.contains(t.key) { return true }
        // "in an interview with “Morning Hour.”": the programme the interview was given to.
        if t.kind == .word, t.key == withKey, last > lead.lowerBound, venueNouns.contains(d.tokens[last - 1].key) {
            return true
        }
        let f = d.folded
        if t.kind == .word, t.capitalized, d.endsInPossessive(t) { return true }
        // "Reuters' “Evening Hour.”": the apostrophe as a token of its own after a capitalised word ending in s.
        return t.mark == "'" && last > lead.lowerBound && d.tokens[last - 1].capitalized && d.tokens[last - 1].end == t.start
            && f[t.start - 1] == "s"
    }

    static let venuePrepositions = Lexicon.keys(Lexicons.venuePrepositions)
    static let workNouns = Lexicon.keys(Lexicons.workNouns)
    static let venueNouns = Lexicon.keys(Lexicons.venueNouns)
    static let withKey = Normalizer.key("with")

    /// True when `span` reads like the title of a work: at most eight words, each longer word capitalised.
    /// `titlePunctuation` is true where a closing full stop does not make it a sentence: in a headline,
    /// or where a show's title stands (``showTitlePosition(_:_:)``).
    static func isTitleOfWork(_ span: TextSpan, _ d: Document, titlePunctuation: Bool) -> Bool {
        let r = d.tokenRange(span)
        var words = 0
        var caps = 0
        for k in r where d.tokens[k].kind == .word {
            words += 1
            let t = d.tokens[k]
            if t.capitalized { caps += 1 } else if !minorWords.contains(t.key) { return false }
        }
        guard words <= 8, caps >= 2, let first = r.first(where: { d.tokens[$0].kind == .word }),
            d.tokens[first].capitalized
        else { return false }
        // A sentence inside quote marks ends with a full stop, question or exclamation mark, except
        // in a headline, which capitalises every word anyway ("Talks To the Press Everywhere She Goes."),
        // and in American punctuation after a show's name ("on NBC's “Meet the Press.”").
        if !titlePunctuation, let last = r.last,
            d.tokens[last].mark == "." || d.tokens[last].mark == "?" || d.tokens[last].mark == "!"
        {
            return false
        }
        return true
    }

    /// True when `offset` lies inside one of the quotations `quoted` (sorted by start).
    static func isQuoted(_ offset: Int, _ quoted: QuotedSpans) -> Bool {
        let after = quoted.partitioningIndex { $0.start > offset }
        return after > 0 && quoted[after - 1].end > offset
    }

    static let notVerbs = Lexicon.keys(Lexicons.notCueVerbs)

    /// `"Q," muttered the mayor.` with a verb the lexicon lacks: a lower-case word right after
    /// the quotation followed by a short noun phrase that ends the sentence.
    static func positionalCue(_ window: TextSpan, _ d: Document) -> (TextSpan, String)? {
        let r = d.tokenRange(window)
        guard let v = r.first(where: { d.tokens[$0].kind == .word }) else { return nil }
        let t = d.tokens[v]
        // `"…" Trump barked`: a name followed by a past-tense verb the lexicon lacks.
        if t.capitalized, d.tokens[r.lowerBound..<v].allSatisfy({ $0.mark == "," }),
            let run = MentionFinder.run(around: v, in: d, limit: v..<r.upperBound), !run.parts.isEmpty,
            run.tokens.upperBound < r.upperBound
        {
            let w = d.tokens[run.tokens.upperBound]
            let s = d.folded
            if w.kind == .word, !w.capitalized, w.end - w.start >= 4, s[w.end - 1] == "d", s[w.end - 2] == "e",
                !notVerbs.contains(w.key)
            {
                return (
                    TextSpan(
                        start: d.tokens[run.tokens.lowerBound].start, end: d.tokens[run.tokens.upperBound - 1].end),
                    d.text(w.span)
                )
            }
        }
        // `"…," he surmised.`: a pronoun followed by a past-tense verb the lexicon lacks.
        if !t.capitalized || v == r.lowerBound, SpeakerPhrase.subjectPronouns.contains(t.key), v + 1 < r.upperBound,
            d.tokens[r.lowerBound..<v].allSatisfy({ $0.mark == "," })
        {
            let w = d.tokens[v + 1]
            let s = d.folded
            if w.kind == .word, !w.capitalized, w.end - w.start >= 4, s[w.end - 1] == "d", s[w.end - 2] == "e" {
                return (t.span, d.text(w.span))
            }
        }
        // "Said Dorothy Poynter, …": a capitalised reporting verb opening the clause, inverted.
        if t.capitalized, let info = Cues.table[t.key], info.kind == .verb, info.invertible {
            let fake = CueMatch(
                tokens: v..<(v + 1), span: t.span, text: d.text(t.span), kind: .verb, invertible: true,
                objectIsAudience: false)
            if let np = SpeakerPhrase.forwardPhrase(from: v + 1, in: d, limit: r) { return (np, fake.text) }
        }
        guard !t.capitalized, !notVerbs.contains(t.key), !Lexicon.subjectStops.contains(t.key),
            r.count <= 14, d.tokens[r.lowerBound..<v].allSatisfy({ $0.mark == "," || $0.mark == "—" })
        else { return nil }
        let fake = CueMatch(
            tokens: v..<(v + 1), span: t.span, text: d.text(t.span), kind: .verb, invertible: true,
            objectIsAudience: false)
        guard let np = SpeakerPhrase.find(for: fake, in: d, clause: window, inverted: true) else { return nil }
        // The phrase must run to the end of the sentence.
        let after = d.tokenIndex(atOrAfter: np.end)
        guard after >= r.upperBound || d.tokens[after].mark == "." || d.tokens[after].mark == "," else { return nil }
        let nr = d.tokenRange(np)
        guard
            nr.contains(where: { d.tokens[$0].capitalized })
                || nr.contains(where: { Lexicon.documentNouns.contains(d.tokens[$0].key) })
        else { return nil }
        return (np, fake.text)
    }

    /// `A startled Pell quipped, “…”`: a past-tense verb the lexicon lacks, right after a name or a
    /// pronoun and right before the comma that introduces the quotation; its subject speaks.
    static func commaVerbCue(_ window: TextSpan, _ d: Document) -> (TextSpan, String)? {
        let r = d.tokenRange(window)
        guard r.count >= 3, let comma = r.last, d.tokens[comma].mark == "," else { return nil }
        let v = comma - 1
        let t = d.tokens[v]
        let s = d.folded
        guard t.kind == .word, !t.capitalized, t.end - t.start >= 5, s[t.end - 1] == "d", s[t.end - 2] == "e",
            !notVerbs.contains(t.key), !Lexicon.subjectStops.contains(t.key)
        else { return nil }
        let prev = d.tokens[v - 1]
        guard prev.kind == .word, prev.capitalized || SpeakerPhrase.subjectPronouns.contains(prev.key),
            let np = SpeakerPhrase.subject(before: v, in: d, limit: r)
        else { return nil }
        return (np, d.text(t.span))
    }

    /// `X boomed: “…”` and `Stated X: “…”`: a verb the lexicon lacks, right before a colon that
    /// introduces the quotation.
    static func colonCue(_ window: TextSpan, _ d: Document) -> (TextSpan, String)? {
        let r = d.tokenRange(window)
        guard r.count >= 2, let colon = r.last, d.tokens[colon].mark == ":" else { return nil }
        let v = colon - 1
        let t = d.tokens[v]
        if t.kind == .word, !t.capitalized, Lexicon.documentNouns.contains(t.key),
            let owner = possessiveOwner(before: v, d, r)
        {
            // "From Reyes's Facebook post: “…”": the owner of the document speaks.
            return (owner, d.text(t.span))
        }
        if r.count >= 3, t.kind == .word, !t.capitalized, !notVerbs.contains(t.key),
            !Lexicon.subjectStops.contains(t.key), let head = nounPhraseStart(endingAt: v, d, r)
        {
            // "… rolling out a new campaign message: “…”": a noun before the colon, not a verb; the
            // words are the sentence subject's.
            if let np = SpeakerPhrase.mainSubject(before: head, in: d, limit: r) { return (np, d.text(t.span)) }
            return nil
        }
        if r.count >= 3, t.kind == .word, !t.capitalized, !notVerbs.contains(t.key),
            !Lexicon.subjectStops.contains(t.key)
        {
            let fake = CueMatch(
                tokens: v..<(v + 1), span: t.span, text: d.text(t.span), kind: .verb, invertible: false,
                objectIsAudience: false)
            if let np = SpeakerPhrase.find(for: fake, in: d, clause: window) { return (np, fake.text) }
        }
        // "Bush: “…”" — a name alone before the colon.
        var nameStart = colon - 1
        while nameStart > r.lowerBound,
            MentionFinder.isNameWord(d, nameStart - 1) || MentionFinder.isAbbreviationDot(d, nameStart - 1)
        {
            nameStart -= 1
        }
        let before = nameStart - 1
        if d.tokens[colon - 1].capitalized, nameStart < colon, before >= r.lowerBound, d.tokens[before].kind == .word,
            !d.tokens[before].capitalized,
            let run = MentionFinder.run(around: colon - 1, in: d, limit: nameStart..<colon),
            run.tokens.lowerBound == nameStart, !run.isOrganisation,
            run.parts.count >= 2 || d.tokens[before].key == SpeakerBook.fromKey
        {
            // "… does not surprise pollster Dara Shaw: “…”", "More from Shaw: “…”": with no reporting
            // verb, the person named right before the colon introduces the words.
            return (TextSpan(start: d.tokens[nameStart].start, end: d.tokens[colon - 1].end), ":")
        }
        if d.tokens[colon - 1].capitalized, nameStart < colon, before < r.lowerBound || d.tokens[before].kind == .punct,
            let run = MentionFinder.run(around: colon - 1, in: d, limit: nameStart..<colon),
            !run.parts.isEmpty || run.isOrganisation
        {
            // "Ann Lee, Twitter:" and "Ann Lee, Channel 4 News:": the person, not where she said it.
            if before >= r.lowerBound, d.tokens[before].mark == ",", isOutlet(run, d),
                let person = MentionFinder.run(around: before - 1, in: d, limit: r.lowerBound..<before),
                person.tokens.upperBound == before, !person.isOrganisation, person.parts.count >= 2,
                person.tokens.lowerBound == r.lowerBound || d.tokens[person.tokens.lowerBound - 1].kind == .punct
            {
                return (
                    TextSpan(start: d.tokens[person.tokens.lowerBound].start, end: d.tokens[before - 1].end), ":"
                )
            }
            return (TextSpan(start: d.tokens[nameStart].start, end: d.tokens[colon - 1].end), ":")
        }
        // "Stated Stone:" — a capitalised reporting verb opening the clause.
        let first = r.lowerBound
        if d.tokens[first].capitalized, Cues.table[d.tokens[first].key] != nil, first + 1 < colon {
            let span = TextSpan(start: d.tokens[first + 1].start, end: d.tokens[colon - 1].end)
            return (span, d.text(d.tokens[first].span))
        }
        return nil
    }

    /// The name in the possessive a few capitalised words before token `noun` ("Reyes's" in
    /// "Reyes's Facebook post", "Lee's" in "Lee's statement"); the book drops the "'s".
    static func possessiveOwner(before noun: Int, _ d: Document, _ r: Range<Int>) -> TextSpan? {
        var k = noun - 1
        while k >= r.lowerBound, k >= noun - 4 {
            let t = d.tokens[k]
            if t.kind == .word, t.capitalized, d.endsInPossessive(t) {
                guard let run = MentionFinder.run(around: k, in: d, limit: r.lowerBound..<(k + 1)),
                    !run.parts.isEmpty, !run.isOrganisation
                else { return nil }
                return TextSpan(start: d.tokens[run.tokens.lowerBound].start, end: t.end)
            }
            guard t.kind == .word, t.capitalized else { return nil }
            k -= 1
        }
        return nil
    }

    static let socialMedia = Lexicon.keys(Lexicons.socialMediaWords)
    static let namingVerbs = Lexicon.keys(Lexicons.namingVerbs)

    /// True when a name run is where words were published (a network, a paper, a platform) rather than who said them.
    static func isOutlet(_ run: NameRun, _ d: Document) -> Bool {
        if run.isOrganisation { return true }
        return run.parts.count == 1 && run.parts.allSatisfy { socialMedia.contains($0) }
    }

    /// The determiner opening a lower-case noun phrase that ends at token `end` ("a simple message"),
    /// if the phrase has one within seven words.
    static func nounPhraseStart(endingAt end: Int, _ d: Document, _ r: Range<Int>) -> Int? {
        var k = end - 1
        while k >= r.lowerBound, k >= end - 7, d.tokens[k].kind == .word, !d.tokens[k].capitalized {
            if determinerKeys.contains(d.tokens[k].key) { return k }
            if Cues.isCueWord(k, in: d) { return nil }
            k -= 1
        }
        return nil
    }

    static let determinerKeys = Lexicon.keys(Lexicons.speakerDeterminers)

    /// The speaker named by a short line opening with a dash right after paragraph `index`.
    static func nextDashLine(
        after index: Int, _ paragraphs: Paragraphs, d: Document, book: inout SpeakerBook, position: Int
    ) -> Int? {
        let k = index + 1
        guard k < paragraphs.count else { return nil }
        let p = paragraphs[k]
        let m = d.scalars[p.span.start]
        guard m == "—" || m == "–" || m == "-" || m == "―", p.tokens.count >= 2, p.tokens.count <= 12 else {
            return nil
        }
        var end = p.tokens.upperBound
        // "-President Obama, tweeting after the speech." keeps only what comes before the comma.
        if let comma = p.tokens.first(where: { d.tokens[$0].mark == "," }) { end = comma }
        while end > p.tokens.lowerBound + 1, d.tokens[end - 1].kind == .punct { end -= 1 }
        guard end > p.tokens.lowerBound + 1 else { return nil }
        let span = TextSpan(start: d.tokens[p.tokens.lowerBound + 1].start, end: d.tokens[end - 1].end)
        return book.resolve(span, in: d, at: position)
    }

    /// `"Q" — Maria Lopez` at the end of a line: a dash followed by a name.
    static func dashSpeaker(_ window: TextSpan, paragraphEnd: Int, d: Document, book: inout SpeakerBook, position: Int)
        -> Int?
    {
        let r = d.tokenRange(window)
        guard let first = r.first, window.end >= paragraphEnd - 1 else { return nil }
        let m = d.scalars[d.tokens[first].start]
        guard m == "—" || m == "–" || m == "-" || m == "―", r.count >= 2, r.count <= 12 else { return nil }
        let span = TextSpan(start: d.tokens[first + 1].start, end: d.tokens[r.upperBound - 1].end)
        return book.resolve(span, in: d, at: position)
    }
}
