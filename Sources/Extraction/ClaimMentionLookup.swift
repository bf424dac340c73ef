import HearsayModel
import HearsayText

/// Finds which registered speaker a name in a claim is, by full name, alias or surname.
///
/// The index follows the registry: when it has grown and no speaker already indexed changed,
/// only the new speakers are added; otherwise it is rebuilt (reusing the keys of unchanged names).
struct MentionLookup {
    private var exact: [ClaimNameKey: Int] = [:]
    private var surnames: [ClaimNameKey: Int] = [:]
    /// Surnames two people share: never an answer.
    private var ambiguous: Set<ClaimNameKey> = []
    /// For each indexed speaker, what was indexed: name, aliases, kind and the keys of the names.
    private var names: [String] = []
    private var aliases: [[String]] = []
    private var kinds: [SpeakerKind] = []
    private var keys: [[ClaimNames.Keys?]] = []

    mutating func speaker(_ words: [ClaimWord], _ s: [Unicode.Scalar], among speakers: [Speaker]) -> Int? {
        guard !words.isEmpty else { return nil }
        if speakers.count != names.count { update(speakers) }
        let key = ClaimNames.nameKey(words: words, s)
        return exact[key] ?? surnames[key]
    }

    private mutating func update(_ speakers: [Speaker]) {
        var unchanged = speakers.count > names.count
        if unchanged {
            for i in names.indices
            where speakers[i].name != names[i] || speakers[i].aliases != aliases[i] || speakers[i].kind != kinds[i] {
                unchanged = false
                break
            }
        }
        if !unchanged {
            exact = [:]
            surnames = [:]
            ambiguous = []
        }
        let from = unchanged ? names.count : 0
        for i in from..<speakers.count {
            let sp = speakers[i]
            let k: [ClaimNames.Keys?]
            if i < names.count, sp.name == names[i], sp.aliases == aliases[i] {
                k = keys[i]
            } else {
                k = [ClaimNames.keys(of: sp.name)] + sp.aliases.map(ClaimNames.keys(of:))
            }
            if i < names.count {
                (names[i], aliases[i], kinds[i], keys[i]) = (sp.name, sp.aliases, sp.kind, k)
            } else {
                names.append(sp.name)
                aliases.append(sp.aliases)
                kinds.append(sp.kind)
                keys.append(k)
            }
            index(i, k, person: sp.kind == .person)
        }
        if speakers.count < names.count {
            names.removeLast(names.count - speakers.count)
            aliases.removeLast(aliases.count - speakers.count)
            kinds.removeLast(kinds.count - speakers.count)
            keys.removeLast(keys.count - speakers.count)
        }
    }

    /// Adds speaker `i`'s names; the first speaker with a name keeps it, and a surname two
    /// people share is dropped for good.
    private mutating func index(_ i: Int, _ nameKeys: [ClaimNames.Keys?], person: Bool) {
        for case let k? in nameKeys {
            if exact[k.key] == nil { exact[k.key] = i }
            guard person else { continue }
            // Every trailing part of a person's name ("mahdi", "abdul mahdi"), unless two people share it.
            for suffix in k.suffixes {
                if ambiguous.contains(suffix) { continue }
                if let j = surnames[suffix], j != i {
                    ambiguous.insert(suffix)
                    surnames[suffix] = nil
                } else {
                    surnames[suffix] = i
                }
            }
        }
    }
}
