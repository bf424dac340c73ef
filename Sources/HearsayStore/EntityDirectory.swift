import Extraction
import HearsayModel
import Linking
import SQLiteLayer

/// Finds or creates the entity a speaker is, and records the names, roles and affiliations
/// the article gives it.
///
/// Candidates are the entities sharing one of ``EntityLinker/lookupKeys(for:)``; the linker
/// decides among them.
///
/// What it reads (entities, and which entities a key or surname finds) is kept from one
/// transaction to the next, so an import does not read the same popular entities again for
/// every batch: the single writer spent most of its linking time there. The cache is kept
/// exactly in step with its own writes, and dropped at the next transaction when anything else
/// changed the entity tables: another connection (`PRAGMA data_version`), this connection outside
/// the directory (curation), or a rollback (temporary triggers count every change; see
/// ``forget()``). It is also dropped when it grows past ``cacheLimit`` entries.
final class EntityDirectory: EntityCatalog {
    /// The entity chosen for a speaker and why.
    struct Link {
        var entityID: Int64?
        /// Why, without the article (the speaker's row belongs to the article already).
        var reason: String?
    }

    /// Entities (and key or surname lookups) kept before the cache is emptied.
    static let cacheLimit = 20_000
    /// What the key and surname queries return at most.
    static let candidateLimit = 64

    private let db: Database
    private var cache: [Int64: KnownEntity] = [:]
    // What the linker reads from each cached entity, dropped whenever the entity changes.
    private var profiles: [Int64: EntityProfile] = [:]
    private var curated: [Int64: Bool] = [:]
    // Names that already have alias rows, per entity (the canonical name included).
    private var stored: [Int64: Set<String>] = [:]
    // What `findByKey`, `findBySurname` and `findOrganisation` returned, kept in step with our inserts.
    private var byKey: [String: [Int64]] = [:]
    private var bySurname: [String: [Int64]] = [:]
    private var organisationByKey: [String: Int64?] = [:]
    // Entities whose cached aliases changed in this transaction (put back in stored order next time).
    private var touched: Set<Int64> = []
    // Rows of the entity tables this directory changed itself, as the temporary triggers count them.
    private var expectedEdits: Int64 = -1
    private var dataVersion: Int64?
    private var isTracking = false

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

    /// Call at the start of each transaction: keeps what was read before when nothing but this
    /// directory changed the entity tables since, else drops it.
    func forget() {
        let edits = try? countedEdits()
        let version = try? db.scalarInt(sql: "PRAGMA data_version")
        let keep =
            edits != nil && edits == expectedEdits && version != nil && version == dataVersion
            && cache.count + byKey.count + bySurname.count + organisationByKey.count < Self.cacheLimit
        if keep {
            for id in touched { settle(id) }
        } else {
            clear()
        }
        touched.removeAll(keepingCapacity: true)
        expectedEdits = edits ?? -1
        dataVersion = version
    }

    private func clear() {
        cache.removeAll(keepingCapacity: true)
        profiles.removeAll(keepingCapacity: true)
        curated.removeAll(keepingCapacity: true)
        stored.removeAll(keepingCapacity: true)
        byKey.removeAll(keepingCapacity: true)
        bySurname.removeAll(keepingCapacity: true)
        organisationByKey.removeAll(keepingCapacity: true)
    }

    /// Changes to the entity tables made on this connection, as counted by temporary triggers
    /// (created on first use; they live as long as the connection and roll back with it).
    private func countedEdits() throws -> Int64 {
        if !isTracking {
            try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS hearsay_entity_edits(n INTEGER NOT NULL)")
            try db.execute(
                sql: """
                    INSERT INTO temp.hearsay_entity_edits(n)
                    SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM temp.hearsay_entity_edits)
                    """)
            for table in ["entities", "entity_aliases", "entity_roles", "entity_rejections"] {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try db.execute(
                        sql: """
                            CREATE TEMP TRIGGER IF NOT EXISTS hearsay_count_\(table)_\(event.lowercased())
                            AFTER \(event) ON main.\(table) BEGIN UPDATE hearsay_entity_edits SET n = n + 1; END
                            """)
                }
            }
            isTracking = true
        }
        do {
            if let n = try db.scalarInt(sql: "SELECT n FROM temp.hearsay_entity_edits") { return n }
        } catch {
            // Created in a transaction that rolled back: create it again next time.
            isTracking = false
            throw error
        }
        isTracking = false
        return -1
    }

    /// Counts the rows our own last statement changed, which the triggers counted too.
    private func countOwnEdit() {
        if expectedEdits >= 0 { expectedEdits += Int64(db.changes) }
    }

    /// Puts a cached entity's aliases back in the order a fresh load gives them.
    private func settle(_ id: Int64) {
        guard var entity = cache[id], let names = stored[id] else { return }
        entity.aliases = names.filter { $0 != entity.name }.sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
        if entity.aliases != cache[id]?.aliases { profiles[id] = nil }
        cache[id] = entity
    }

    /// Links `candidate` to an entity as ``EntityResolver`` decides, creating one when it is new,
    /// and records the names, roles and affiliations the article gives it.
    /// `facts` are those of the candidate's speaker, worked out ahead (``PreparedArticle``).
    func resolve(
        _ candidate: EntityCandidate, facts: SpeakerFacts, linker: EntityLinker, articleID: Int64
    ) throws -> Link {
        let speaker = candidate.speaker
        let resolution = try EntityResolver(linker: linker).resolve(candidate, facts: facts, in: self)
        let entityID: Int64
        let reason: String
        let evidence: String
        switch resolution.target {
        case .existing(let id, let why, let rename):
            entityID = id
            reason = why.reason
            evidence = why.description
            if let rename, let entity = cache[id] { try self.rename(entity, to: rename) }
        case .new(let name, let kind):
            try insertEntity.rebind([name, kind.rawValue])
            try insertEntity.run()
            countOwnEdit()
            entityID = db.lastInsertRowID
            reason = "new entity"
            evidence = reason
            cache[entityID] = KnownEntity(id: entityID, name: name, kind: kind)
            profiles[entityID] = nil
            curated[entityID] = false
            stored[entityID] = []
        }
        try record(
            names: resolution.names, facts: facts, of: entityID, evidence: evidence, articleID: articleID,
            date: candidate.date)
        return Link(entityID: entityID, reason: reason)
    }

    /// The entities with an alias of this key, as `findByKey` gives them (ascending ids, at most 64).
    func entities(byKey key: String) throws -> [Int64] {
        if let hit = byKey[key] { return hit }
        let ids = try column(findByKey, key)
        byKey[key] = ids
        return ids
    }

    /// The entities with an alias of this surname, as `findBySurname` gives them.
    func entities(bySurname surname: String) throws -> [Int64] {
        if let hit = bySurname[surname] { return hit }
        let ids = try column(findBySurname, surname)
        bySurname[surname] = ids
        return ids
    }

    private func column(_ statement: Statement, _ value: String) throws -> [Int64] {
        try statement.bind(value, at: 1)
        defer { statement.reset() }
        var ids: [Int64] = []
        while try statement.step() { ids.append(statement.int64(at: 0)) }
        return ids
    }

    /// Keeps a cached lookup as the query would now return it, after an alias of `id` was stored
    /// under `value`: the distinct ids in ascending order, the first ``candidateLimit``.
    private static func insert(_ id: Int64, into ids: inout [Int64]) {
        guard !ids.contains(id) else { return }
        let at = ids.firstIndex { $0 > id } ?? ids.count
        guard at < candidateLimit else { return }
        ids.insert(id, at: at)
        if ids.count > candidateLimit { ids.removeLast(ids.count - candidateLimit) }
    }

    /// The linker's profile of cached `entity`, worked out again only after it changed.
    func profile(of entity: KnownEntity) -> EntityProfile {
        if let hit = profiles[entity.id] { return hit }
        let profile = EntityProfile(entity)
        profiles[entity.id] = profile
        return profile
    }

    /// Loads an entity as the linker sees it (cached across transactions, see ``forget()``).
    func entity(_ id: Int64) throws -> KnownEntity? {
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
        profiles[id] = nil
        return entity
    }

    /// True when a curator has fixed the entity (loaded entities only).
    func isCurated(_ id: Int64) -> Bool {
        curated[id] == true
    }

    /// Gives cached `entity` the name `name` the resolver chose; its old name stays an alias.
    private func rename(_ entity: KnownEntity, to name: String) throws {
        try renameEntity.rebind([name, entity.id])
        try renameEntity.run()
        countOwnEdit()
        touched.insert(entity.id)
        var renamed = entity
        renamed.aliases.append(entity.name)
        renamed.name = name
        cache[entity.id] = renamed
        profiles[entity.id] = nil
    }

    private func record(
        names: [String], facts: SpeakerFacts, of id: Int64, evidence: String, articleID: Int64, date: String?
    ) throws {
        let roles = facts.speaker.roles
        let organisations = facts.speaker.organisations
        var entity = cache[id]
        var storedNames = stored[id] ?? []
        // Names a curator took away from the entity are not given back by an import.
        let refused = Set((entity?.rejected ?? []).map(EntityLinker.exactForm))
        for name in names {
            if storedNames.contains(name) { continue }
            if !refused.isEmpty, refused.contains(EntityLinker.exactForm(name)) { continue }
            let keys = facts.keys(of: name, kind: entity?.kind ?? .unknown)
            // A name without a key gets no row, so it is not a stored name (as a fresh load sees it).
            if !keys.isEmpty { storedNames.insert(name) }
            for key in keys {
                let surname = EntityResolver.surname(ofKey: key)
                try insertAlias.bind(id, at: 1)
                try insertAlias.bind(name, at: 2)
                try insertAlias.bind(key, at: 3)
                try insertAlias.bind(surname, at: 4)
                try insertAlias.bind(articleID, at: 5)
                try insertAlias.bind(evidence, at: 6)
                try insertAlias.run()
                guard db.changes > 0 else { continue }
                countOwnEdit()
                if byKey[key] != nil { Self.insert(id, into: &byKey[key, default: []]) }
                if bySurname[surname] != nil { Self.insert(id, into: &bySurname[surname, default: []]) }
                if entity?.kind == .organisation, let known = organisationByKey[key], known.map({ id < $0 }) ?? true {
                    organisationByKey[key] = id
                }
            }
            touched.insert(id)
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
            countOwnEdit()
            entity?.roles.append(role)
            entity?.held.append(HeldRole(role: role, organisation: nil, date: date))
        }
        for (index, organisation) in organisations.enumerated()
        where !organisation.isEmpty && !(entity?.organisations.contains(organisation) ?? false) {
            let key = facts.organisationKeys[index]
            var organisationID: Int64?
            if let key {
                if let known = organisationByKey[key] {
                    organisationID = known
                } else {
                    try findOrganisation.bind(key, at: 1)
                    if try findOrganisation.step() { organisationID = findOrganisation.int64(at: 0) }
                    findOrganisation.reset()
                    organisationByKey[key] = organisationID
                }
            }
            try insertRole.bind(id, at: 1)
            try insertRole.bindNull(at: 2)
            try insertRole.bind(organisation, at: 3)
            try insertRole.bind(key, at: 4)
            try insertRole.bind(organisationID, at: 5)
            try insertRole.bind(articleID, at: 6)
            try insertRole.bind(date, at: 7)
            try insertRole.run()
            countOwnEdit()
            entity?.organisations.append(organisation)
            entity?.held.append(HeldRole(role: nil, organisation: organisation, date: date))
        }
        if let entity {
            let before = cache[id]
            if before?.aliases.count != entity.aliases.count || before?.roles.count != entity.roles.count
                || before?.organisations.count != entity.organisations.count || before?.held.count != entity.held.count
            {
                profiles[id] = nil
            }
            cache[id] = entity
        }
    }
}
