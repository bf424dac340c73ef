/// The token every curation form carries and every curation request must send back.
///
/// It is made from the system's random source when the server starts and lives only in its
/// memory and in the pages it serves; another site cannot read those pages, so it cannot make a
/// browser post a form that passes.
struct CSRFToken: Sendable, Hashable {
    /// 64 hex digits.
    let value: String

    /// A fresh random token.
    init() {
        var generator = SystemRandomNumberGenerator()
        value = (0..<4).map { _ in
            let word = generator.next() as UInt64
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// A given token (tests).
    init(value: String) {
        self.value = value
    }

    /// True when `candidate` is the token, compared in time that does not depend on where they differ.
    func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let a = Array(value.utf8)
        let b = Array(candidate.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
