import HearsayText

extension Document {
    /// True when `t` is a word written with a possessive "'s" ("Lee's", "MSNBC’s"; the folded text
    /// writes every apostrophe as "'"), and is more than the ending alone.
    func endsInPossessive(_ t: Token) -> Bool {
        t.end - t.start > 2 && folded[t.end - 2] == "'" && folded[t.end - 1] == "s"
    }
}
