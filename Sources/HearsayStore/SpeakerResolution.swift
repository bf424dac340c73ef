import HearsayModel
import HearsayText
import Linking
import SQLiteLayer

extension Store {
    /// The entities a `--person` value names: every entity with that name or alias (any case),
    /// else the single person whose surname it is.
    ///
    /// Throws ``StoreError/Code/ambiguousName`` when a bare surname fits several people.
    public func entities(named name: String) throws -> [Int64] {
        try run {
            let keys = EntityLinker.lookupKeys(for: [name])
            guard !keys.isEmpty else { return [] }
            // Keys sound names out; the linker's rules then say which of those entities the name designates
            // ("Salih" shares a key with "Seely" but names only Barham Salih).
            var ids = try distinctIDs(
                sql: "SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ?", keys.map(DatabaseValue.text)
            )
            .filter { EntityLinker.nameDesignates(name, names: try namesOf($0)) }
            // A given name alone ("Hillary"): the well-attested person of that given name, unless the
            // word names others about as often ("Paul" of "Rand Paul" beside "Paul Ryan").
            if let given = try byGivenName(name, besides: ids) { return ids + [given] }
            if !ids.isEmpty { return ids }
            let surnames = keys.filter { !$0.contains(" ") }
            ids = try distinctIDs(
                sql: "SELECT DISTINCT entity_id FROM entity_aliases WHERE surname = ?", surnames.map(DatabaseValue.text)
            )
            .filter { EntityLinker.nameDesignates(name, names: try namesOf($0)) }
            if ids.count > 1 {
                let names = try ids.prefix(6).map { try entityName($0) ?? "#\($0)" }
                throw StoreError(
                    .ambiguousName,
                    "\(name.debugDescription) could be \(names.joined(separator: ", "))\(ids.count > 6 ? ", …" : ""); give more of the name"
                )
            }
            return ids
        }
    }

    /// The person a given name alone designates ("Hillary"): the one person entity of that given
    /// name that is well attested, with at least five quotes and three times as many as any other
    /// person of that given name and the entities `found` under the word itself together;
    /// nil when `name` is not one word or no entity of that given name is known. Throws
    /// ``StoreError/Code/ambiguousName`` when several people of that given name are attested alike
    /// and `found` (the entities named so exactly) is empty.
    private func byGivenName(_ name: String, besides found: [Int64]) throws -> Int64? {
        let words = NameKey.words(name)
        guard words.count == 1, let word = words.first, word.unicodeScalars.count >= 2 else { return nil }
        let prefix = NameKey.givenKey(word) + " "
        let statement = try db.prepare(
            sql: """
                SELECT a.entity_id, (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.entity_id) AS n
                  FROM (SELECT DISTINCT entity_id FROM entity_aliases WHERE key >= ?1 AND key < ?2) a
                  JOIN entities e ON e.id = a.entity_id
                 WHERE e.kind = 'person'
                 ORDER BY n DESC, a.entity_id LIMIT 7
                """)
        try statement.bind(prefix, at: 1)
        try statement.bind(NameKey.givenKey(word) + "!", at: 2)
        var ranked: [(id: Int64, quotes: Int64)] = []
        while try statement.step() { ranked.append((statement.int64(at: 0), statement.int64(at: 1))) }
        ranked.removeAll { found.contains($0.id) }
        guard let top = ranked.first else { return nil }
        var second = ranked.count > 1 ? ranked[1].quotes : 0
        let count = try db.prepare(sql: "SELECT count(*) FROM quotes WHERE speaker_id = ?")
        for id in found {
            try count.bind(id, at: 1)
            if try count.step() { second += count.int64(at: 0) }
            count.reset()
        }
        if top.quotes >= 5, top.quotes >= 3 * second { return top.id }
        guard found.isEmpty, ranked.count > 1 else { return found.isEmpty && top.quotes > 0 ? top.id : nil }
        let names = try ranked.prefix(6).map { try entityName($0.id) ?? "#\($0.id)" }
        throw StoreError(
            .ambiguousName,
            "\(name.debugDescription) could be \(names.joined(separator: ", "))\(ranked.count > 6 ? ", …" : ""); give more of the name"
        )
    }

    /// The speakers an `--org` value covers: the organisation (or group) itself and the people
    /// whose recorded affiliations name it.
    public func entities(affiliatedWith organisation: String) throws -> [Int64] {
        try run {
            let keys = EntityLinker.lookupKeys(for: [organisation])
            guard !keys.isEmpty else { return [] }
            let organisations = try distinctIDs(
                sql: """
                    SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
                    WHERE a.key = ? AND e.kind IN ('organisation', 'group', 'place')
                    """, keys.map(DatabaseValue.text))
            var ids = organisations
            for id in try distinctIDs(
                sql: "SELECT DISTINCT entity_id FROM entity_roles WHERE organisation_key = ?",
                keys.map(DatabaseValue.text))
            where !ids.contains(id) {
                ids.append(id)
            }
            let byID = try distinctIDs(
                sql: "SELECT DISTINCT entity_id FROM entity_roles WHERE organisation_id = ?",
                organisations.map(DatabaseValue.integer))
            for id in byID where !ids.contains(id) { ids.append(id) }
            return ids
        }
    }

    /// The canonical name and every alias of an entity.
    func namesOf(_ id: Int64) throws -> [String] {
        let statement = try db.prepare(
            sql:
                "SELECT name FROM entities WHERE id = ?1 UNION ALL SELECT DISTINCT alias FROM entity_aliases WHERE entity_id = ?1"
        )
        try statement.bind(id, at: 1)
        var names: [String] = []
        while try statement.step() {
            if let name = statement.string(at: 0) { names.append(name) }
        }
        return names
    }

    /// The canonical name of an entity.
    func entityName(_ id: Int64) throws -> String? {
        let statement = try db.prepare(sql: "SELECT name FROM entities WHERE id = ?")
        try statement.bind(id, at: 1)
        return try statement.step() ? statement.string(at: 0) : nil
    }

    /// Runs a one-parameter query for each value and collects the distinct integers of column 0.
    private func distinctIDs(sql: String, _ values: [DatabaseValue]) throws -> [Int64] {
        let statement = try db.prepare(sql: sql)
        var ids: [Int64] = []
        for value in values {
            try statement.bind(value, at: 1)
            while try statement.step() {
                let id = statement.int64(at: 0)
                if !ids.contains(id) { ids.append(id) }
            }
            statement.reset()
        }
        return ids
    }
}
