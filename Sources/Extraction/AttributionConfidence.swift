/// How sure an attribution is: the chance that a quote's speaker is right, on one scale from 0 to 1.
///
/// Each way of attributing a quote (a ``Attribution/Rule``, with or without a pronoun standing for the
/// speaker) keeps a tally of how many of its quotes PolNeAR dev and train score and how many of those name
/// the right speaker. The confidence is that share by the rule of succession, `(right + 1) / (scored + 2)`:
/// a way seen on many quotes gets its measured share, one seen on few is pulled towards one half rather
/// than to 0 or 1 by three lucky quotes. So in any tenth of confidence the share of quotes right is the
/// mean confidence, give or take what the few-quote ways were pulled by (`Scripts/calibration.py`).
enum AttributionConfidence {
    /// Quotes a way of attributing had scored on PolNeAR dev and train, and how many named the right speaker.
    struct Tally: Equatable {
        let scored: Int
        let right: Int

        /// The share right by the rule of succession.
        var share: Double { Double(right + 1) / Double(scored + 2) }
    }

    // Measured on PolNeAR dev and train together (session 10's tree): for every gold quote with a
    // speaker that the export found, whether the exported speaker names it (score.py's matching); a
    // quote whose speaker typing removed counts as unnamed. The tallies change only when measured
    // again, never to move one tenth of the table.
    static func tally(_ rule: Attribution.Rule, pronoun: Bool) -> Tally {
        switch (rule, pronoun) {
        case (.trailing, false), (.sameParagraph, false): return Tally(scored: 3330, right: 3213)
        case (.trailing, true), (.sameParagraph, true): return Tally(scored: 981, right: 783)
        case (.leading, false): return Tally(scored: 1059, right: 987)
        case (.leading, true): return Tally(scored: 323, right: 246)
        case (.colonLeadIn, false), (.dash, false): return Tally(scored: 44, right: 42)
        case (.colonLeadIn, true), (.dash, true): return Tally(scored: 7, right: 6)
        case (.subject, false): return Tally(scored: 69, right: 61)
        case (.subject, true): return Tally(scored: 7, right: 6)
        case (.continuation, false): return Tally(scored: 52, right: 39)
        case (.continuation, true): return Tally(scored: 15, right: 8)
        case (.leadIn, false): return Tally(scored: 20, right: 14)
        case (.leadIn, true): return Tally(scored: 3, right: 3)
        case (.paragraphCue, false): return Tally(scored: 8, right: 4)
        case (.paragraphCue, true): return Tally(scored: 3, right: 1)
        case (.nextParagraph, _): return Tally(scored: 2, right: 0)
        case (.leadLine, _): return Tally(scored: 0, right: 0)
        case (.none, _): return unnamed
        }
    }

    /// Quotes that name no speaker: none of them is right.
    static let unnamed = Tally(scored: 70, right: 0)

    /// The confidence of a quote that names no speaker.
    static var unnamedConfidence: Double { (unnamed.share * 1000).rounded() / 1000 }

    /// The confidence of a quote attributed by `rule` (through a pronoun or not), naming a speaker or not,
    /// of `wordCount` words. A one- or two-word quotation keeps nine tenths of its way's figure: it is kept
    /// only with a cue, but its words say less about who spoke.
    static func of(rule: Attribution.Rule, pronoun: Bool, named: Bool, wordCount: Int) -> Double {
        guard named else { return unnamedConfidence }
        var c = tally(rule, pronoun: pronoun).share
        if wordCount < 3 { c *= 0.9 }
        return (c * 1000).rounded() / 1000
    }
}
