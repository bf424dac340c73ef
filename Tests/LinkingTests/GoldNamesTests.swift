import Extraction
import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import Linking

/// Link decisions on the hand-made entity list in `../shared/gold/entities.json` (skipped when absent):
/// every spelling of an entity links to it, and no entity attracts another's names.
@Suite struct GoldNamesTests {
    struct GoldEntity: Decodable {
        var name: String
        var type: String
        var aliases: [String]
    }

    static let gold: [GoldEntity]? = {
        // `../shared` beside the package root (or beside the folder holding a worktree).
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for _ in 0..<2 {
            folder = folder.deletingLastPathComponent()
            let url = folder.appendingPathComponent("shared/gold/entities.json")
            if let data = try? Data(contentsOf: url) { return try? JSONDecoder().decode([GoldEntity].self, from: data) }
        }
        return nil
    }()

    private func speaker(_ e: GoldEntity, name: String, aliases: [String] = []) -> Speaker {
        Speaker(name: name, kind: e.type == "person" ? .person : .organisation, aliases: aliases)
    }

    @Test(.enabled(if: gold != nil, "../shared is absent"))
    func everySpellingLinksToItsEntityAndToNoOther() {
        let entities = Self.gold ?? []
        for e in entities {
            // The names an article would have to state as aliases (the key cannot know them).
            let stated = e.aliases.filter {
                e.type == "person"
                    ? NameKey.match($0, e.name) != .same
                    : OrganisationKey.key($0) != OrganisationKey.key(e.name)
            }
            for alias in e.aliases {
                var h = LinkingHarness()
                var others: [Int64] = []
                for other in entities where other.name != e.name {
                    others.append(h.add(speaker(other, name: other.name), article: "distractor"))
                }
                let id = h.add(speaker(e, name: e.name, aliases: stated), article: "first")
                #expect(!others.contains(id), "\(e.name) was linked to another entity")
                let linked = h.add(speaker(e, name: alias), article: "second")
                #expect(linked == id, "\(alias) did not link to \(e.name)")
            }
        }
    }

    @Test(.enabled(if: gold != nil, "../shared is absent"))
    func entitiesWithoutStatedAliasesStayApart() {
        let entities = Self.gold ?? []
        var h = LinkingHarness()
        var ids: Set<Int64> = []
        for e in entities {
            ids.insert(h.add(speaker(e, name: e.name), article: "one"))
        }
        #expect(ids.count == entities.count)
    }
}
