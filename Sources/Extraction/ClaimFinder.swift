import HearsayModel
import HearsayText

/// Finds the checkable statements of fact in an article, each with its claimant.
///
/// A sentence whose writer reports someone ("X said (that) CLAUSE", "according to X, CLAUSE",
/// "CLAUSE, X said.", "X denied that CLAUSE", "X told CNN CLAUSE", "INTRO, X said, CLAUSE")
/// gives a `reported` claim whose text is CLAUSE and whose claimant is X. A sentence in the
/// article's own voice that states an event, a figure or a date gives a `stated` claim with no
/// claimant. Questions, opinions, predictions, instructions, hypotheticals, direct quotations,
/// and every paragraph the segmenter marked as headline, caption, byline or page furniture are
/// not claims.
///
/// ```swift
/// let doc = Document(text: text)
/// let paragraphs = Segmenter.segment(doc)
/// var book = SpeakerBook(document: doc, paragraphs: paragraphs)
/// let claims = ClaimFinder.find(in: doc, paragraphs: paragraphs, speakers: &book,
///                               context: ArticleContext(date: "2019-12-30"))
/// ```
public enum ClaimFinder {
    /// Claims of `document` in text order. `speakers` resolves claimants and is extended with new ones.
    ///
    /// - Parameter quotes: the spans of the quotations the quotes stage found, when it ran: text
    ///   inside them is never a claim. Without them the quote marks of the tokenizer alone decide.
    public static func find<Book: ClaimantResolving>(
        in document: Document, paragraphs: Paragraphs, speakers: inout Book,
        context: ArticleContext = ArticleContext(),
        quotes: [TextSpan]? = nil
    ) -> [Claim] {
        let s = document.folded
        let articleDate = context.date.flatMap(CalendarDay.init(iso:))
        let titleKey = context.title.map { ClaimNames.key($0) }
        var claims: [Claim] = []
        var seen: Set<ClaimNameKey> = []
        var roles: ClaimRoleHolders?  // built on first need: most articles never ask for a role
        // The quotation marks included, so a sentence opening with one reads as quoted: the
        // stretches the quotations cover, merged and in text order (not a flag per scalar of the text).
        let quoted = quotes.map { SortedSpans.union($0.map { TextSpan(start: max(0, $0.start - 1), end: $0.end + 1) }) }
        var lookup = MentionLookup()
        var budget = BudgetPoll()
        for paragraph in paragraphs {
            if budget.spent() { break }
            var isTitle = false
            if let titleKey, !titleKey.isEmpty, paragraph.role == .title || paragraph.index < 2 {
                isTitle = ClaimNames.key(document.text(paragraph.span)).hasPrefix(titleKey)
            }
            // A first line taken for the headline is prose after all when the real title is known and differs.
            let body = paragraph.role == .body || (paragraph.role == .title && titleKey != nil && !isTitle)
            // A headline gives only what it reports someone saying ("Mayor says the port will close").
            let headline = paragraph.role == .title || isTitle
            guard body && !isTitle || headline else { continue }
            if !headline, !ClaimFilter.looksLikeProse(s, paragraph.span) { continue }
            // The quote marks as the tokenizer read them, and the quotations the quotes stage found (which keeps one
            // copy of a repeated quote, so both are needed).
            var mask = ClaimSentences.quoteMask(document, paragraph)
            if let quoted {
                let base = paragraph.span.start
                var n = quoted.partitioningIndex { $0.end > base }
                while n < quoted.count, quoted[n].start < base + mask.count {
                    mask.mark((quoted[n].start - base)..<(quoted[n].end - base))
                    n += 1
                }
            }
            let reader = SentenceReader(
                document: document, mask: mask, base: paragraph.span.start, headline: headline)
            // The segmenter's sentences: quotes and claims read the same sentence boundaries.
            for sentence in paragraph.sentences {
                if budget.spent() { break }
                var pending = reader.claims(in: sentence)
                var next = 0
                while next < pending.count {
                    let found = pending[next]
                    next += 1
                    if headline, found.claimant == nil || found.cue == nil { continue }
                    let span = found.span
                    let words = found.words
                    let key = ClaimNames.nameKey(words: words, s)
                    guard !words.isEmpty, !seen.contains(key) else { continue }
                    var claimant: Int?
                    // A headline's "Name:" is a speaker only when the article names them ("Lee:" for Ann
                    // Lee), not a kicker ("The Latest:", "Stealth Over Health:").
                    if case .colon? = found.cue,
                        found.claimant.map({ speakers.knownSpeaker($0, in: document) == nil }) ?? true
                    {
                        continue
                    }
                    if var mention = found.claimant {
                        // A role ("the Iraqi PM") stands for the person the prose gave that title.
                        let words = document.words(in: mention)
                        if ClaimNames.isRole(words) {
                            if roles == nil { roles = ClaimRoleHolders(document: document, paragraphs: paragraphs) }
                            if let holder = roles?.holder(ofRole: words, before: mention.start) { mention = holder }
                        }
                        if let m = ClaimNames.trimmedMention(mention, in: document) {
                            claimant = speakers.claimant(m, in: document, at: m.start)
                        }
                        // A registry can misread a capitalised word that only starts the sentence as a name.
                        if let c = claimant, ClaimNames.isJunkName(speakers.registeredSpeakers[c].name) {
                            claimant = nil
                        }
                    }
                    // A stance claim whose subject names no one is the article's own sentence after all.
                    if found.needsClaimant, claimant == nil {
                        pending.append(contentsOf: found.fallback)
                        continue
                    }
                    seen.insert(key)
                    // Names the claim mentions: a speaker already known, or a new person named in full.
                    var mentions: [Int] = []
                    for name in ClaimNames.mentions(in: words, s) {
                        let nameWords = document.words(in: name)
                        if let known = lookup.speaker(nameWords, s, among: speakers.registeredSpeakers) {
                            mentions.append(known)
                        } else if ClaimNames.isPersonName(nameWords, s),
                            let new = speakers.mentioned(name, in: document, at: name.start),
                            !ClaimNames.isJunkName(speakers.registeredSpeakers[new].name)
                        {
                            mentions.append(new)
                        }
                    }
                    var unique: [Int] = []
                    for m in mentions where !unique.contains(m) && m != claimant { unique.append(m) }
                    claims.append(
                        Claim(
                            text: document.claimText(span), span: span,
                            kind: found.claimant == nil ? .stated : .reported,
                            claimant: claimant, cue: found.cue?.text(s), hedges: Hedges.find(s, words: words),
                            figures: Figures.find(s, words: words, original: document),
                            dates: DateResolver.find(s, words: words, original: document, articleDate: articleDate),
                            mentions: unique, paragraph: paragraph.index, confidence: found.confidence))
                }
            }
        }
        return claims
    }
}
