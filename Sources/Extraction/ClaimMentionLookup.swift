/// Finds which registered speaker a name in a claim is, by full name, alias or surname,
/// rebuilding its index only when the registry has grown (and reusing the keys of the names
/// that did not change).
struct MentionLookup {
    private var count = -1
    private var exact: [ClaimNameKey: Int] = [:]
    private var surnames: [ClaimNameKey: Int] = [:]
    /// For each speaker index, the names last seen and their keys.
    private var cachedNames: [[String]] = []
    private var cachedKeys: [[ClaimNames.Keys?]] = []

    mutating func speaker(_ words: [ClaimWord], _ s: [Unicode.Scalar], among speakers: [Speaker]) -> Int? {
        guard !words.isEmpty else { return nil }
        if speakers.count != count { rebuild(speakers) }
        let key = ClaimNames.nameKey(words: words, s)
        return exact[key] ?? surnames[key]
    }

    private mutating func rebuild(_ speakers: [Speaker]) {
        count = speakers.count
        exact = [:]
        surnames = [:]
        var ambiguous: Set<ClaimNameKey> = []
        for (i, sp) in speakers.enumerated() {
            let names = [sp.name] + sp.aliases
            let keys: [ClaimNames.Keys?]
            if i < cachedNames.count, cachedNames[i] == names {
                keys = cachedKeys[i]
            } else {
                keys = names.map(ClaimNames.keys(of:))
                if i < cachedNames.count {
                    cachedNames[i] = names
                    cachedKeys[i] = keys
                } else {
                    cachedNames.append(names)
                    cachedKeys.append(keys)
                }
            }
            for case let k? in keys {
                if exact[k.key] == nil { exact[k.key] = i }
                guard sp.kind == .person else { continue }
                // Every trailing part of a person's name ("mahdi", "abdul mahdi"), unless two people share it.
                for suffix in k.suffixes {
                    if let j = surnames[suffix], j != i { ambiguous.insert(suffix) } else { surnames[suffix] = i }
                }
            }
        }
        for a in ambiguous { surnames[a] = nil }
    }
}
