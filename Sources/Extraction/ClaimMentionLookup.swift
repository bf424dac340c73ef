/// Finds which registered speaker a name in a claim is, by full name, alias or surname,
/// rebuilding its index only when the registry has grown.
struct MentionLookup {
    private var count = -1
    private var exact: [String: Int] = [:]
    private var surnames: [String: Int] = [:]

    mutating func speaker(_ words: [ClaimWord], among speakers: [Speaker]) -> Int? {
        guard !words.isEmpty else { return nil }
        if speakers.count != count { rebuild(speakers) }
        let key = ClaimNames.key(words: words)
        return exact[key] ?? surnames[key]
    }

    private mutating func rebuild(_ speakers: [Speaker]) {
        count = speakers.count
        exact = [:]
        surnames = [:]
        var ambiguous: Set<String> = []
        for (i, sp) in speakers.enumerated() {
            for name in [sp.name] + sp.aliases {
                let key = ClaimNames.key(name)
                guard !key.isEmpty else { continue }
                if exact[key] == nil { exact[key] = i }
                guard sp.kind == .person else { continue }
                // Every trailing part of a person's name ("mahdi", "abdul mahdi"), unless two people share it.
                let parts = key.split(separator: " ")
                for k in 1..<max(1, parts.count) {
                    let suffix = parts[k...].joined(separator: " ")
                    if let j = surnames[suffix], j != i { ambiguous.insert(suffix) } else { surnames[suffix] = i }
                }
            }
        }
        for a in ambiguous { surnames[a] = nil }
    }
}
