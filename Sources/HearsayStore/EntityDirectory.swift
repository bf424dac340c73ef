import Extraction
import Linking
import SQLiteLayer

/// Finds or creates the entity a speaker is, and records the names, roles and affiliations
/// the article gives it.
///
/// Candidates are the entities sharing one of ``EntityLinker/lookupKeys(for:)``; the linker
/// decides among them. Entities loaded during a transaction are cached until ``forget()``.
final class EntityDirectory {
    /// The entity chosen for a speaker and why.
    struct Link {
        var entityID: Int64?
        var evidence: String?
    }

    private let db: Database
    private var cache: [Int64: KnownEntity] = [:]
    private var curated: [Int64: Bool] = [:]
    // Names that already have alias rows, per entity (the canonical name included).
    private var stored: [Int64: Set<String>] = [:]

    private lazy var findByKey = prepare("SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ? LIMIT 64")
    private lazy var findBySurname = prepare(
        "SELECT DISTINCT entity_id FROM entity_aliases WHERE surname = ? LIMIT 64")
    private lazy var loadEntity = prepare("SELECT name, kind, curated FROM entities WHERE id = ?")
    private lazy var loadAliases = prepare("SELECT DISTINCT alias FROM entity_aliases WHERE entity_id = ?")
    private lazy var loadRoles = prepare("SELECT role, organisation, date FROM entity_roles WHERE entity_id = ?")
    private lazy var loadRejections = prepare("SELECT name FROM entity_rejections WHERE entity_id = ?")
    private lazy var insertEntity = prepare("INSERT INTO entities(name, kind) VALUES (?, ?)")
    private lazy var renameEntity = prepare("UPDATE entities SET name = ? WHERE id = ? AND curated = 0")
    private lazy var insertAlias = prepare(
        """
        INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key, surname, article_id, evidence)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    private lazy var insertRole = prepare(
        """
        INSERT OR IGNORE INTO entity_roles(entity_id, role, organisation, organisation_key, organisation_id, article_id, date)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var findOrganisation = prepare(
        """
        SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.key = ? AND e.kind = 'organisation' LIMIT 1
        """)

    init(db: Database) {
        self.db = db
    }

    private func prepare(_ sql: String) -> Statement {
        do { return try db.prepare(sql: sql) } catch { preconditionFailure("\(error)") }
    }

    /// Drops cached entities (another connection may change them between transactions).
    func forget() {
        cache.removeAll(keepingCapacity: true)
        curated.removeAll(keepingCapacity: true)
        stored.removeAll(keepingCapacity: true)
    }

    /// Links `candidate` to an entity, creating one when the linker says it is new.
    func resolve(_ candidate: EntityCandidate, linker: EntityLinker, articleID: Int64) throws -> Link {
        let speaker = candidate.speaker
        var names: [String] = []
        for name in [speaker.name] + speaker.aliases where !name.isEmpty && !names.contains(name) {
            names.append(name)
        }
        var candidates: [Int64] = []
        let keys = EntityLinker.lookupKeys(for: names, kind: speaker.kind)
        for key in keys {
            try findByKey.bind(key, at: 1)
            while try findByKey.step() {
                let id = findByKey.int64(at: 0)
                if !candidates.contains(id) { candidates.append(id) }
            }
            findByKey.reset()
        }
        // People sharing a surname are candidates too: the linker links a bare surname when only one
        // fits, and must see the others to keep two Joneses apart.
        if speaker.kind == .person {
            for surname in Set(keys.map(Self.surname(ofKey:))) {
                try findBySurname.bind(surname, at: 1)
                while try findBySurname.step() {
                    let id = findBySurname.int64(at: 0)
                    if !candidates.contains(id) { candidates.append(id) }
                }
                findBySurname.reset()
            }
        }
        var known: [KnownEntity] = []
        for id in candidates {
            if let entity = try load(id) { known.append(entity) }
        }
        let decision = linker.link(candidate, among: known)
        let entityID: Int64
        let evidence: String
        switch decision {
        case .existing(let id, let why):
            entityID = id
            evidence = why
            if let entity = cache[id] {
                try maybeRename(entity, to: speaker)
            }
        case .new:
            try insertEntity.bind(speaker.name, at: 1)
            try insertEntity.bind(speaker.kind.rawValue, at: 2)
            try insertEntity.run()
            entityID = db.lastInsertRowID
            evidence = "new entity"
            cache[entityID] = KnownEntity(id: entityID, name: speaker.name, kind: speaker.kind)
            curated[entityID] = false
            stored[entityID] = []
        }
        try record(
            names: names, roles: speaker.roles, organisations: speaker.organisations, of: entityID,
            evidence: evidence, articleID: articleID, date: candidate.date)
        return Link(entityID: entityID, evidence: evidence)
    }

    /// Loads an entity as the linker sees it (cached for the transaction).
    func load(_ id: Int64) throws -> KnownEntity? {
        if let entity = cache[id] { return entity }
        try loadEntity.bind(id, at: 1)
        defer { loadEntity.reset() }
        guard try loadEntity.step() else { return nil }
        let name = loadEntity.string(at: 0) ?? ""
        let kind = SpeakerKind(rawValue: loadEntity.string(at: 1) ?? "") ?? .unknown
        curated[id] = loadEntity.int64(at: 2) != 0
        var entity = KnownEntity(id: id, name: name, kind: kind)
        var names: Set<String> = []
        try loadAliases.bind(id, at: 1)
        while try loadAliases.step() {
            guard let alias = loadAliases.string(at: 0) else { continue }
            names.insert(alias)
            if alias != name { entity.aliases.append(alias) }
        }
        stored[id] = names
        loadAliases.reset()
        try loadRoles.bind(id, at: 1)
        while try loadRoles.step() {
            if let role = loadRoles.string(at: 0) { entity.roles.append(role) }
            if let organisation = loadRoles.string(at: 1) { entity.organisations.append(organisation) }
            entity.held.append(
                HeldRole(
                    role: loadRoles.string(at: 0), organisation: loadRoles.string(at: 1), date: loadRoles.string(at: 2))
            )
        }
        loadRoles.reset()
        // Curated "never link" names (hearsay unmerge), honoured by the linker.
        try loadRejections.bind(id, at: 1)
        while try loadRejections.step() {
            if let name = loadRejections.string(at: 0) { entity.rejected.append(name) }
        }
        loadRejections.reset()
        cache[id] = entity
        return entity
    }

    /// Gives an uncurated entity the fuller name an article uses ("Esper" becomes "Mark Esper").
    private func maybeRename(_ entity: KnownEntity, to speaker: Speaker) throws {
        guard curated[entity.id] != true, speaker.kind == entity.kind, speaker.name != entity.name else { return }
        // Only a bare surname grows into a full name ("Esper" becomes "Mark Esper"); a longer name
        // is kept, since extraction may glue a neighbouring word to it ("So Donald Trump").
        guard EntityLinker.isFullerName(speaker.name, than: entity.name, kind: entity.kind) else { return }
        try renameEntity.bind(speaker.name, at: 1)
        try renameEntity.bind(entity.id, at: 2)
        try renameEntity.run()
        var renamed = entity
        renamed.aliases.append(entity.name)
        renamed.name = speaker.name
        cache[entity.id] = renamed
    }

    private func record(
        names: [String], roles: [String], organisations: [String], of id: Int64, evidence: String,
        articleID: Int64, date: String?
    ) throws {
        var entity = cache[id]
        var storedNames = stored[id] ?? []
        for name in names {
            if storedNames.contains(name) { continue }
            storedNames.insert(name)
            for key in EntityLinker.lookupKeys(for: [name], kind: entity?.kind ?? .unknown) {
                try insertAlias.bind(id, at: 1)
                try insertAlias.bind(name, at: 2)
                try insertAlias.bind(key, at: 3)
                try insertAlias.bind(Self.surname(ofKey: key), at: 4)
                try insertAlias.bind(articleID, at: 5)
                try insertAlias.bind(evidence, at: 6)
                try insertAlias.run()
            }
            if let current = entity, current.name != name, !current.aliases.contains(name) {
                entity?.aliases.append(name)
            }
        }
        stored[id] = storedNames
        for role in roles where !role.isEmpty && !(entity?.roles.contains(role) ?? false) {
            try insertRole.bind(id, at: 1)
            try insertRole.bind(role, at: 2)
            try insertRole.bindNull(at: 3)
            try insertRole.bindNull(at: 4)
            try insertRole.bindNull(at: 5)
            try insertRole.bind(articleID, at: 6)
            try insertRole.bind(date, at: 7)
            try insertRole.run()
            entity?.roles.append(role)
            entity?.held.append(HeldRole(role: role, organisation: nil, date: date))
        }
        for organisation in organisations
        where !organisation.isEmpty && !(entity?.organisations.contains(organisation) ?? false) {
            let key = EntityLinker.lookupKeys(for: [organisation]).first
            var organisationID: Int64?
            if let key {
                try findOrganisation.bind(key, at: 1)
                if try findOrganisation.step() { organisationID = findOrganisation.int64(at: 0) }
                findOrganisation.reset()
            }
            try insertRole.bind(id, at: 1)
            try insertRole.bindNull(at: 2)
            try insertRole.bind(organisation, at: 3)
            try insertRole.bind(key, at: 4)
            try insertRole.bind(organisationID, at: 5)
            try insertRole.bind(articleID, at: 6)
            try insertRole.bind(date, at: 7)
            try insertRole.run()
            entity?.organisations.append(organisation)
            entity?.held.append(HeldRole(role: nil, organisation: organisation, date: date))
        }
        if let entity { cache[id] = entity }
    }

    /// The last word of a lookup key ("mark t esper" → "esper").
    static func surname(ofKey key: String) -> String {
        key.split(separator: " ").last.map(String.init) ?? key
    }
}
