import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// Words as the claim stages key them, the word lists probed by key, and the name index built
/// from those keys.
@Suite struct ClaimWordKeyTests {
    func words(_ text: String) -> (words: [ClaimWord], scalars: [Unicode.Scalar]) {
        let doc = Document(text: text)
        return (Tokenizer.words(doc.folded, in: TextSpan(start: 0, end: doc.count)), doc.folded)
    }

    @Test func aWordMatchesItsLowerCaseSpellingWhateverItsCase() {
        let (w, _) = words("SAID Said said Sad")
        #expect(w.count == 4)
        #expect(w[0].lower == "said")
        #expect(w[1].lower == "said")
        #expect(w[2].lower == "said")
        #expect(w[3].lower != "said")
    }

    @Test func aCurlyApostropheReadsAsAStraightOne() {
        let (w, s) = words("Editor\u{2019}s note")
        #expect(w.first?.lower == "editor's")
        #expect(w.first?.text(s) == "editor's")
    }

    @Test func wordListsFindTheirWordsAndNothingElse() {
        let set: WordSet = ["ferry", "harbour", "dock-side"]
        let (w, _) = words("The Ferry left the dock-side harbour")
        #expect(w.map { set.contains($0.lower) } == [false, true, false, false, true, true])
        let empty: WordSet = []
        #expect(!empty.contains("ferry"))
    }

    @Test func wordMapsGiveTheValueOfTheWord() {
        let map: WordMap<Int> = ["one": 1, "two": 2]
        let (w, _) = words("Two ferries, one pier, three cranes")
        #expect(map[w[0].lower] == 2)
        #expect(map[w[2].lower] == 1)
        #expect(map[w[4].lower] == nil)
        #expect(WordMap([("pier", 1), ("pier", 2)])["pier"] == 1)
    }

    @Test func spellingTestsAgreeWithStringTests() {
        // ASCII words and a word with a letter outside ASCII, which takes the String path.
        let (w, s) = words("Re-Opened U.S 150,000 Zo\u{00EB}-Ed")
        for word in w {
            let text = word.text(s)
            for suffix: StaticString in ["ed", "d", "s", "000"] {
                #expect(word.hasSuffix(suffix, s) == text.hasSuffix("\(suffix)"), "\(text) \(suffix)")
            }
            for prefix: StaticString in ["re-", "u.", "15", "zo"] {
                #expect(word.hasPrefix(prefix, s) == text.hasPrefix("\(prefix)"), "\(text) \(prefix)")
            }
            for mark: Character in ["-", ".", ","] {
                #expect(word.contains(Unicode.Scalar(String(mark)) ?? " ", s) == text.contains(mark), "\(text) \(mark)")
            }
            #expect(word.characterCount(s) == text.count)
        }
        #expect(w.map { $0.text(s) } == ["re-opened", "u.s", "150,000", "zo\u{00EB}-ed"])
        #expect(w.map(\.ascii) == [true, true, true, false])
    }

    @Test func aNameKeyFromWordsEqualsTheKeyOfTheSameName() {
        let (w, s) = words("the Abu-Rami Harbour")
        #expect(ClaimNames.key(words: w, s) == ClaimNames.key("The Abu-Rami Harbour"))
        #expect(ClaimNames.nameKey(words: w, s) == ClaimNames.keys(of: "The Abu-Rami Harbour")?.key)
        // The same name written in precomposed and in decomposed Hangul is one key.
        let (a, sa) = words("\u{D55C}\u{AD6D} Varn")
        let (b, sb) = words("\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} Varn")
        #expect(a.count == 2 && b.count == 2)
        #expect(ClaimNames.nameKey(words: a, sa) == ClaimNames.nameKey(words: b, sb))
    }

    @Test func aNamesKeysIncludeItsTrailingParts() {
        let keys = ClaimNames.keys(of: "Mira Odell Varn")
        let (w, s) = words("odell varn varn mira")
        #expect(
            keys?.suffixes == [ClaimNames.nameKey(words: Array(w[0...1]), s), ClaimNames.nameKey(words: [w[2]], s)])
        #expect(keys?.key != ClaimNames.nameKey(words: [w[3]], s))
        #expect(ClaimNames.keys(of: " -- ") == nil)
    }

    @Test func mentionLookupFollowsTheRegistryAsItGrowsAndChanges() {
        var lookup = MentionLookup()
        let (w, s) = words("Varn Odell Mira Varn Harbour Board")
        let varn = [w[0]]
        let odell = [w[1]]
        var speakers = [Speaker(name: "Mira Varn", kind: .person)]
        #expect(lookup.speaker(Array(w[2...3]), s, among: speakers) == 0)
        #expect(lookup.speaker(varn, s, among: speakers) == 0)
        // A second person with the same surname: the surname alone names nobody.
        speakers.append(Speaker(name: "Tomas Varn", kind: .person))
        #expect(lookup.speaker(varn, s, among: speakers) == nil)
        speakers.append(Speaker(name: "Harbour Board", kind: .organisation))
        #expect(lookup.speaker(Array(w[4...5]), s, among: speakers) == 2)
        #expect(lookup.speaker(varn, s, among: speakers) == nil)
        // An indexed speaker renamed: the index is rebuilt when the registry grows again.
        speakers[1].name = "Tomas Odell"
        speakers.append(Speaker(name: "Pier Office", kind: .organisation))
        #expect(lookup.speaker(varn, s, among: speakers) == 0)
        #expect(lookup.speaker(odell, s, among: speakers) == 1)
    }
}
