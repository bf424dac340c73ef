import Extraction
import HearsayModel
import Testing

@testable import Linking

/// A catalog kept in memory: entities filed under their names' lookup keys, as a store files them.
private final class MemoryCatalog: EntityCatalog {
    var entities: [KnownEntity] = []
    var curated: Set<Int64> = []

    func add(_ name: String, aliases: [String] = [], kind: SpeakerKind = .person) -> Int64 {
        let id = Int64(entities.count + 1)
        entities.append(KnownEntity(id: id, name: name, kind: kind, aliases: aliases))
        return id
    }

    private func keys(of entity: KnownEntity) -> [String] {
        EntityLinker.lookupKeys(for: [entity.name] + entity.aliases, kind: entity.kind)
    }

    func entities(byKey key: String) throws -> [Int64] {
        entities.filter { keys(of: $0).contains(key) }.map(\.id)
    }

    func entities(bySurname surname: String) throws -> [Int64] {
        entities.filter { keys(of: $0).contains { EntityResolver.surname(ofKey: $0) == surname } }.map(\.id)
    }

    func entity(_ id: Int64) throws -> KnownEntity? { entities.first { $0.id == id } }

    func profile(of entity: KnownEntity) -> EntityProfile { EntityProfile(entity) }

    func isCurated(_ id: Int64) -> Bool { curated.contains(id) }
}

/// Candidates, renames and the names an entity gains, decided over a catalog.
@Suite struct EntityResolverTests {
    private func candidate(_ name: String, aliases: [String] = [], article: String = "b.txt") -> EntityCandidate {
        EntityCandidate(
            speaker: Speaker(name: name, kind: .person, aliases: aliases), article: article, date: "2021-05-02")
    }

    @Test func aBareSurnameFoundBySurnameLinksAndTheEntityKeepsItsName() throws {
        let catalog = MemoryCatalog()
        let id = catalog.add("Vesna Haldorsen")
        let resolution = try EntityResolver().resolve(candidate("Haldorsen"), in: catalog)
        guard case .existing(let linked, let evidence, let rename) = resolution.target else {
            Issue.record("not linked: \(resolution)")
            return
        }
        #expect(linked == id)
        #expect(rename == nil)
        #expect(evidence.article == "b.txt")
        #expect(evidence.description.hasSuffix(" [article b.txt, 2021-05-02]"))
    }

    @Test func anUncuratedSurnameEntityTakesTheFullName() throws {
        let catalog = MemoryCatalog()
        let id = catalog.add("Haldorsen")
        let resolution = try EntityResolver().resolve(candidate("Vesna Haldorsen"), in: catalog)
        #expect(resolution.target.renamedTo(in: id) == "Vesna Haldorsen")
        catalog.curated.insert(id)
        let curated = try EntityResolver().resolve(candidate("Vesna Haldorsen"), in: catalog)
        guard case .existing(_, _, let rename) = curated.target else {
            Issue.record("not linked: \(curated)")
            return
        }
        #expect(rename == nil)
    }

    @Test func someoneUnknownIsNewWithEveryNameOnce() throws {
        let catalog = MemoryCatalog()
        _ = catalog.add("Vesna Haldorsen")
        let resolution = try EntityResolver().resolve(
            candidate("Tomas Eidsvik", aliases: ["Eidsvik", "", "Tomas Eidsvik"]), in: catalog)
        #expect(resolution.target == .new(name: "Tomas Eidsvik", kind: .person))
        #expect(resolution.names == ["Tomas Eidsvik", "Eidsvik"])
    }

    @Test func curationSplitsRowsByTheSamePersonsName() {
        let rows = ["Vesna Haldorsen", "Tomas Eidsvik", "vesna haldorsen", "Ilse Marrow", "Tomas Eidsvik"]
        let groups = SameEntity.splitByName(rows, name: { $0 }, entityName: "Vesna Haldorsen", kind: .person)
        #expect(groups == [["Tomas Eidsvik", "Tomas Eidsvik"], ["Ilse Marrow"]])
        // When no row names the entity itself, the largest group stays.
        let unnamed = SameEntity.splitByName(
            Array(rows.dropFirst()), name: { $0 }, entityName: "Arne Quist", kind: .person)
        #expect(unnamed == [["vesna haldorsen"], ["Ilse Marrow"]])
        #expect(SameEntity.fullestName(["Eidsvik", "Tomas Eidsvik", "T. Eidsvik"]) == "Tomas Eidsvik")
    }
}

extension EntityResolver.Resolution.Target {
    /// The new name an existing entity `id` takes, or nil.
    fileprivate func renamedTo(in id: Int64) -> String? {
        if case .existing(let linked, _, let rename) = self, linked == id { return rename }
        return nil
    }
}
