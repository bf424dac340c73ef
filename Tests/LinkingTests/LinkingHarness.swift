import Extraction
import HearsayModel

@testable import Linking

/// Runs articles through the linker the way the store does: each speaker is linked among the
/// entities created so far, and a linked speaker's names join the entity's aliases.
struct LinkingHarness {
    var entities: [KnownEntity] = []
    var evidence: [String] = []
    let linker = EntityLinker()

    /// Links a speaker and returns the entity id it ended up with.
    @discardableResult
    mutating func add(_ speaker: Speaker, article: String = "a", date: String? = "2021-03-04") -> Int64 {
        let candidate = EntityCandidate(speaker: speaker, article: article, date: date)
        let keys = Set(EntityLinker.lookupKeys(for: [speaker.name] + speaker.aliases, kind: speaker.kind))
        let surnames = Set(keys.compactMap { $0.split(separator: " ").last.map(String.init) })
        // The store's lookup: entities sharing a key or a surname.
        let known = entities.filter { entity in
            let theirs = EntityLinker.lookupKeys(for: [entity.name] + entity.aliases, kind: entity.kind)
            return theirs.contains {
                keys.contains($0) || surnames.contains(String($0.split(separator: " ").last ?? ""))
            }
        }
        switch linker.link(candidate, among: known) {
        case .existing(let id, let why):
            evidence.append(why.description)
            guard let index = entities.firstIndex(where: { $0.id == id }) else { return id }
            for name in [speaker.name] + speaker.aliases
            where name != entities[index].name && !entities[index].aliases.contains(name) {
                entities[index].aliases.append(name)
            }
            entities[index].roles += speaker.roles
            entities[index].organisations += speaker.organisations
            return id
        case .new:
            let id = Int64(entities.count + 1)
            entities.append(
                KnownEntity(
                    id: id, name: speaker.name, kind: speaker.kind, aliases: speaker.aliases, roles: speaker.roles,
                    organisations: speaker.organisations))
            return id
        }
    }
}

/// A person speaker for tests.
func person(_ name: String, _ aliases: [String] = [], roles: [String] = [], orgs: [String] = []) -> Speaker {
    Speaker(name: name, kind: .person, aliases: aliases, roles: roles, organisations: orgs)
}
