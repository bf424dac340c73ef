/// Articles in which every sentence names who speaks, for the memory suite.
enum SpeakerText {
    /// One paragraph of `Ann Babababa said. Ann Bebababa said. …` up to `bytes`: a different
    /// made-up surname in every sentence, so an article of this size names hundreds of thousands
    /// of distinct people.
    static func distinctSpeakers(bytes: Int) -> String {
        let syllables = "bcdfgklmnprstvz".flatMap { c in "aeiou".map { v in String([c, v]) } }
        var text = "Harbour ballot\n\n"
        var k = 0
        while true {
            var surname = ""
            var n = k
            for _ in 0..<4 {
                surname += syllables[n % syllables.count]
                n /= syllables.count
            }
            let sentence = "Ann " + surname.prefix(1).uppercased() + surname.dropFirst() + " said. "
            if text.utf8.count + sentence.utf8.count > bytes { break }
            text += sentence
            k += 1
        }
        return text + "\n"
    }
}
